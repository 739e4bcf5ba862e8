// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationjob.h"

#include "api/clientsettings.h"
#include "api/responseparser.h"
#include "api/untrustedtext.h"
#include "contract/apicontract.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace form = vd::contract::form;

namespace {

QByteArray quotedFileName(const QString &path)
{
    // A quote or backslash would end the header parameter early; percent-encode them, as
    // browsers do for form uploads.
    QByteArray name = QFileInfo(path).fileName().toUtf8();
    name.replace('\\', "%5C");
    name.replace('"', "%22");
    return '"' + name + '"';
}

void addTextPart(QHttpMultiPart *multiPart, const QString &name, const QString &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"" + name.toLatin1() + '"'));
    part.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("text/plain; charset=utf-8"));
    part.setBody(value.toUtf8());
    multiPart->append(part);
}

// Streams the file: QHttpMultiPart reads the device while sending, never the whole file at once.
bool addFilePart(QHttpMultiPart *multiPart, const QString &name, const QString &path,
                 bool detectImageType, ApiError *error)
{
    auto *file = new QFile(path, multiPart);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = ApiError::fileNotReadable(name, path + u": "_s + file->errorString());
        return false;
    }
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
    if (detectImageType) {
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
        if (mime.name().startsWith("image/"_L1))
            contentType = mime.name().toLatin1();
    }
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"" + name.toLatin1() +
                              "\"; filename=" + quotedFileName(path)));
    part.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    part.setBodyDevice(file);
    multiPart->append(part);
    return true;
}

// The socket-level failures; every other QNetworkReply error came with an HTTP answer.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

VerificationJob::VerificationJob(QNetworkAccessManager *manager, const VerificationRequest &request,
                                 const ClientSettings &settings, bool credentialsOnly,
                                 QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(request)
    , m_transferTimeoutMs(settings.transferTimeoutMs > 0 ? settings.transferTimeoutMs
                                                         : ClientSettings().transferTimeoutMs)
    , m_overallTimeoutMs(settings.overallTimeoutMs > 0 ? settings.overallTimeoutMs
                                                       : ClientSettings().overallTimeoutMs)
    , m_maxRetries(qMax(0, settings.maxRetries))
    , m_retryBaseDelayMs(qMax(0, settings.retryBaseDelayMs))
    , m_caBundlePath(settings.caBundlePath)
    , m_credentialsOnly(credentialsOnly)
    , m_clientRequestId(request.clientRequestId.isEmpty()
                            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                            : request.clientRequestId)
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the backoff promised is a minimum wait.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &VerificationJob::sendAttempt);
    m_deadlineTimer.setSingleShot(true);
    // The message names the deadline in seconds; a coarse timer could end the attempt early.
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &VerificationJob::onDeadline);
}

VerificationJob::~VerificationJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void VerificationJob::start()
{
    // Everything, errors included, is reported from the event loop, so that a caller can connect
    // to the job's signals after verify() returned.
    if (const std::optional<ApiError> invalid =
            m_credentialsOnly ? m_request.validateConnection() : m_request.validate()) {
        const ApiError error = *invalid;
        QMetaObject::invokeMethod(
            this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_caBundlePath.isEmpty()) {
        m_extraCaCertificates = QSslCertificate::fromPath(m_caBundlePath, QSsl::Pem);
        if (m_extraCaCertificates.isEmpty()) {
            const ApiError error = ApiError::caBundleUnreadable(m_caBundlePath);
            QMetaObject::invokeMethod(
                this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
            return;
        }
    }
    QMetaObject::invokeMethod(this, &VerificationJob::sendAttempt, Qt::QueuedConnection);
}

QHttpMultiPart *VerificationJob::buildMultiPart(ApiError *error)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    addTextPart(multiPart, QString::fromLatin1(form::ApiId), m_request.apiId);
    addTextPart(multiPart, QString::fromLatin1(form::ApiSecret), m_request.apiSecret);

    const struct
    {
        const InputSource &source;
        QString field;
        bool isImage;
    } inputs[] = {
        {m_request.selfie, VerificationRequest::selfieField(m_request.selfie.kind), true},
        {m_request.liveness, VerificationRequest::livenessField(m_request.liveness.kind), false},
    };
    for (const auto &input : inputs) {
        if (input.source.kind == InputSource::Kind::None)
            continue;
        if (input.source.kind == InputSource::Kind::File) {
            if (!addFilePart(multiPart, input.field, input.source.value, input.isImage, error)) {
                delete multiPart;
                return nullptr;
            }
        } else {
            addTextPart(multiPart, input.field, input.source.value.trimmed());
        }
    }
    addTextPart(multiPart, QString::fromLatin1(form::SelfieAutoRotate),
                m_request.autoRotate ? u"true"_s : u"false"_s);
    return multiPart;
}

void VerificationJob::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    m_waiting = false;
    m_sslErrors.clear();
    m_sslErrorCodes.clear();

    // Rebuilt for every attempt: the files are reopened and read from the start again.
    ApiError buildError;
    QHttpMultiPart *multiPart = buildMultiPart(&buildError);
    if (!multiPart) {
        finishWithError(buildError);
        return;
    }

    const QUrl url = m_request.endpoint();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, ClientSettings::userAgent());
    // The same id on every attempt, including the one resend Qt's HTTP layer makes on its own
    // when a connection closes before any answer: a server can recognise a repeat by it.
    request.setRawHeader(vd::contract::RequestIdHeader, m_clientRequestId.toLatin1());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // Restarted by Qt whenever bytes move, so a large but steady upload never times out.
    request.setTransferTimeout(m_transferTimeoutMs);
    // A redirect would carry the form, secret included, to another place: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == "https"_L1) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_extraCaCertificates.isEmpty())
            ssl.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(ssl);
    }

    qCInfo(lcApi).noquote() << "POST" << url.toDisplayString() << "X-Request-ID"
                            << m_clientRequestId << "attempt" << m_attempt << "api_id"
                            << m_request.apiId << "api_secret <hidden>"
                            << VerificationRequest::selfieField(m_request.selfie.kind)
                            << VerificationRequest::livenessField(m_request.liveness.kind)
                            << "selfie_auto_rotate" << m_request.autoRotate;

    QNetworkReply *reply = m_manager->post(request, multiPart);
    multiPart->setParent(reply);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt reports (0, 0) once the reply is done; that is no progress to show.
        if (total <= 0)
            return;
        emit uploadProgress(sent, total);
        if (sent == total && !m_waiting) {
            m_waiting = true;
            emit waitingForAnswer();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the error details only; certificate errors are never ignored.
        QStringList texts;
        for (const QSslError &e : errors) {
            texts << e.errorString();
            m_sslErrorCodes << e.error();
        }
        m_sslErrors = texts.join(u"; "_s);
    });
    connect(reply, &QNetworkReply::finished, this, &VerificationJob::onReplyFinished);
    guardReply(reply);
}

void VerificationJob::guardReply(QNetworkReply *reply)
{
    m_answerTooLarge = false;
    m_deadlineHit = false;
    m_answerStarted = false;
    m_uploadSent = 0;
    m_uploadTotal = 0;
    // Qt stops reading the socket once this much waits unread, so an endless answer never holds
    // more than the cap in memory; readyRead below then ends it.
    reply->setReadBufferSize(vd::contract::MaxAnswerBytes + 1);
    const auto checkSize = [this, reply] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (reply->bytesAvailable() > vd::contract::MaxAnswerBytes ||
            declared > vd::contract::MaxAnswerBytes) {
            m_answerTooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, checkSize] {
        m_answerStarted = true;
        checkSize();
    });
    connect(reply, &QNetworkReply::readyRead, this, checkSize);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_uploadSent = qMax(m_uploadSent, sent);
        m_uploadTotal = qMax(m_uploadTotal, total);
    });
    m_deadlineTimer.start(m_overallTimeoutMs);
}

void VerificationJob::onDeadline()
{
    if (!m_reply)
        return;
    m_deadlineHit = true;
    m_reply->abort();
}

// The error of an attempt that one of guardReply()'s guards ended, if one did.
std::optional<ApiError> VerificationJob::guardError(int httpStatus) const
{
    if (m_answerTooLarge)
        return ApiError::answerTooLarge(httpStatus);
    if (!m_deadlineHit)
        return std::nullopt;
    const QString seconds = QString::number(m_overallTimeoutMs / 1000.0, 'g', 4);
    QString detail;
    if (m_answerStarted)
        detail = tr("The answer started but did not finish within %1 s.").arg(seconds);
    else if (m_uploadTotal > 0 && m_uploadSent >= m_uploadTotal)
        detail = tr("The request was sent, but no answer started within %1 s.").arg(seconds);
    else
        detail = tr("The upload did not finish within %1 s (%2 of %3 bytes sent).")
                     .arg(seconds)
                     .arg(m_uploadSent)
                     .arg(m_uploadTotal);
    return ApiError::deadlineExceeded(httpStatus, detail);
}

// Qt reports a reset that hits a write (EPIPE, ECONNRESET while uploading) as an unknown error;
// an upload cut short with no answer is the server closing the connection.
QNetworkReply::NetworkError VerificationJob::transportError(QNetworkReply *reply) const
{
    const bool uploadCut = m_uploadTotal > 0 && m_uploadSent < m_uploadTotal;
    if (reply->error() == QNetworkReply::UnknownNetworkError && uploadCut &&
        !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return QNetworkReply::RemoteHostClosedError;
    return reply->error();
}

// QNetworkReply's own text, made specific where Qt's is not: for a reset it reads "Connection
// closed" or "Unknown error", which does not say when it happened.
QString VerificationJob::transportDetail(QNetworkReply *reply) const
{
    QString detail = reply->errorString();
    if (transportError(reply) == QNetworkReply::RemoteHostClosedError) {
        detail = m_uploadTotal > 0 && m_uploadSent < m_uploadTotal
                     ? tr("The server closed the connection during the upload, after %1 of %2 "
                          "bytes, without answering.")
                           .arg(m_uploadSent)
                           .arg(m_uploadTotal)
                     : tr("The server closed the connection without sending any answer.");
    }
    return UntrustedText::sanitized(detail);
}

void VerificationJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_deadlineTimer.stop();

    if (m_cancelled) {
        finishWithError(ApiError::cancelled());
        return;
    }

    const QNetworkReply::NetworkError networkError = transportError(reply);
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiError error;
    if (const std::optional<ApiError> guarded = guardError(statusAttribute.toInt())) {
        error = *guarded;
    } else if (isTransportError(networkError) || !statusAttribute.isValid()) {
        QString detail = transportDetail(reply);
        if (!m_sslErrors.isEmpty())
            detail += u" ("_s + m_sslErrors + u')';
        error = m_sslErrorCodes.isEmpty() ? ApiError::fromNetworkError(networkError, detail)
                                          : ApiError::tlsFailure(m_sslErrorCodes, detail);
        if (networkError == QNetworkReply::OperationCanceledError ||
            networkError == QNetworkReply::TimeoutError) {
            error.detail = tr("No data moved for %1 seconds.").arg(m_transferTimeoutMs / 1000.0);
        }
    } else {
        const int status = statusAttribute.toInt();
        const QByteArray body = reply->readAll();
        if (status >= 300 && status < 400) {
            error = ApiError::unexpectedRedirect(
                status,
                UntrustedText::sanitized(reply->rawHeader(QByteArrayLiteral("Location")), 300));
        } else {
            const ResponseParser::Outcome outcome = ResponseParser::parse(
                status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
            if (const auto *result = std::get_if<VerificationResult>(&outcome)) {
                finishWithResult(*result);
                return;
            }
            error = std::get<ApiError>(outcome);
        }
    }

    if (error.isRetryable() && m_attempt <= m_maxRetries) {
        const int delay = backoffDelay(m_attempt);
        qCInfo(lcApi).noquote() << "X-Request-ID" << m_clientRequestId << error.code << "HTTP"
                                << error.httpStatus << "retry" << m_attempt << "of" << m_maxRetries
                                << "in" << delay << "ms";
        emit retrying(m_attempt + 1, delay, error);
        m_retryTimer.start(delay);
        return;
    }
    finishWithError(error);
}

int VerificationJob::backoffDelay(int retryNumber) const
{
    // Exponential with "equal jitter": half the step fixed, half random, so that clients that
    // failed together do not come back together.
    const qint64 step = qint64(m_retryBaseDelayMs) << qMin(retryNumber - 1, 16);
    const qint64 half = step / 2;
    const qint64 jitter = half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0;
    return int(qMin<qint64>(step - half + jitter, std::numeric_limits<int>::max()));
}

void VerificationJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    qCInfo(lcApi).noquote() << "X-Request-ID" << m_clientRequestId << "cancelled";
    if (m_reply) {
        m_reply->abort(); // finished() of the reply ends the job
        return;
    }
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    finishWithError(ApiError::cancelled());
}

void VerificationJob::finishWithResult(const VerificationResult &result)
{
    if (m_finished)
        return;
    m_result = result;
    m_finished = true;
    qCInfo(lcApi).noquote() << "X-Request-ID" << m_clientRequestId << "OK request_id"
                            << result.requestId << "verify_score" << result.verifyScore
                            << "hack_score" << result.hackScore;
    emit finished();
}

void VerificationJob::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_failed = true;
    m_finished = true;
    qCInfo(lcApi).noquote() << "X-Request-ID" << m_clientRequestId << "failed"
                            << ApiError::kindName(error.kind) << error.code << "HTTP"
                            << error.httpStatus << "request_id" << error.requestId << error.detail;
    emit finished();
}
