// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/connectiontest.h"

#include "api/errorcatalog.h"
#include "api/verificationclient.h"
#include "contract/apistatus.h"

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;
using vd::contract::Status;

namespace {

bool isStatus(const ApiError &error, Status status)
{
    return error.code == QLatin1StringView(ApiStatus::of(status).code);
}

} // namespace

ConnectionTest::ConnectionTest(VerificationClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ConnectionTest::~ConnectionTest()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
}

void ConnectionTest::start(const QUrl &baseUrl, const QString &apiId, const QString &apiSecret)
{
    cancel();
    m_outcome = Outcome::Running;
    m_error = {};
    m_host = baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    VerificationRequest request;
    request.baseUrl = baseUrl;
    request.apiId = apiId;
    request.apiSecret = apiSecret;
    m_job = m_client->verifyCredentialsOnly(request);
    connect(m_job, &VerificationJob::finished, this, &ConnectionTest::onJobFinished);
}

void ConnectionTest::cancel()
{
    if (!m_job)
        return;
    VerificationJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
}

void ConnectionTest::onJobFinished()
{
    VerificationJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    if (job->succeeded()) {
        // A verdict without inputs: whatever answers there is not the verification API.
        m_error = ApiError();
        m_outcome = Outcome::UnexpectedAnswer;
        emit finished();
        return;
    }
    m_error = job->error();
    switch (m_error.kind) {
    case ApiError::Kind::Api:
        if (isStatus(m_error, Status::InvalidArgument))
            m_outcome = Outcome::CredentialsAccepted;
        else if (isStatus(m_error, Status::Unauthorized) || isStatus(m_error, Status::KeyExpired) ||
                 isStatus(m_error, Status::NoPermission) || isStatus(m_error, Status::OutOfQuota))
            m_outcome = Outcome::CredentialsRefused;
        else
            m_outcome = Outcome::UnexpectedAnswer;
        break;
    case ApiError::Kind::Local:
        m_outcome = Outcome::NotSent;
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::BadResponse:
        m_outcome = Outcome::ConnectionFailed;
        break;
    }
    emit finished();
}

QString ConnectionTest::message() const
{
    const ErrorExplanation text = ErrorCatalog::explain(m_error);
    switch (m_outcome) {
    case Outcome::Running:
        return tr("Testing the connection to %1…").arg(m_host);
    case Outcome::CredentialsAccepted:
        return tr("Connection and credentials OK: %1 answered and accepted the api_id and "
                  "api_secret.")
            .arg(m_host);
    case Outcome::CredentialsRefused:
        return tr("The server is reachable, but it refused the credentials: %1 (%2). %3")
            .arg(text.title, m_error.code, text.action);
    case Outcome::ConnectionFailed:
        return tr("No connection to the verification API: %1. %2 %3")
            .arg(text.title, text.explanation, text.action);
    case Outcome::NotSent:
        return tr("Not tested: %1. %2").arg(text.title, text.action);
    case Outcome::UnexpectedAnswer:
        if (m_error.code.isEmpty())
            return tr("The server gave a verdict for a request without inputs: it does not "
                      "behave like the verification API. Check the endpoint URL.");
        return tr("The server answered %1 (%2) to a request without inputs; the verification API "
                  "answers %3. %4")
            .arg(m_error.code, text.title,
                 QLatin1StringView(ApiStatus::of(Status::InvalidArgument).code), text.action);
    }
    return {};
}

QString ConnectionTest::technicalLine() const
{
    return ErrorCatalog::technicalLine(m_error);
}
