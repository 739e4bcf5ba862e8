// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationjob.h"

#include "api/clientsettings.h"
#include "api/responseparser.h"
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
                                 const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(request)
    , m_transferTimeoutMs(settings.transferTimeoutMs > 0 ? settings.transferTimeoutMs
                                                         : ClientSettings().transferTimeoutMs)
    , m_maxRetries(qMax(0, settings.maxRetries))
    , m_retryBaseDelayMs(qMax(0, settings.retryBaseDelayMs))
    , m_caBundlePath(settings.caBundlePath)
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the backoff promised is a minimum wait.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &VerificationJob::sendAttempt);
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
    if (const std::optional<ApiError> invalid = m_request.validate()) {
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
    m_sslErrors.clear();

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
    request.setRawHeader(QByteArrayLiteral("X-Request-ID"), m_clientRequestId.toLatin1());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // Restarted by Qt whenever bytes move, so a large but steady upload never times out.
    request.setTransferTimeout(m_transferTimeoutMs);
    // A redirect would carry the form, secret included, to another place: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == "https"_L1) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
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
        if (total > 0)
            emit uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the error details only; certificate errors are never ignored.
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_sslErrors = texts.join(u"; "_s);
    });
    connect(reply, &QNetworkReply::finished, this, &VerificationJob::onReplyFinished);
}

void VerificationJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    if (m_cancelled) {
        finishWithError(ApiError::cancelled());
        return;
    }

    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiError error;
    if (isTransportError(networkError) || !statusAttribute.isValid()) {
        QString detail = reply->errorString();
        if (!m_sslErrors.isEmpty())
            detail += u" ("_s + m_sslErrors + u')';
        error = ApiError::fromNetworkError(networkError, detail);
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
                QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Location")).left(300)));
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
