// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class VerificationClient;
class VerificationJob;

// Checks an endpoint and its credentials without verifying anyone: sends api_id and api_secret
// with no inputs, which a reachable server that accepts the credentials answers
// INVALID_ARGUMENT, and one that refuses them UNAUTHORIZED, KEY_EXPIRED or NO_PERMISSION.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Running,
        CredentialsAccepted, // reachable, and the credentials are good
        CredentialsRefused,  // reachable, but the account is refused
        ConnectionFailed,    // no answer of the API: network, TLS, timeout, a web page, ...
        NotSent,             // the endpoint or a credential is missing or unusable
        UnexpectedAnswer     // an answer of the API other than the ones above
    };

    // The client sends the request, with its network settings (proxy, CA bundle, timeout).
    explicit ConnectionTest(VerificationClient *client, QObject *parent = nullptr);
    ~ConnectionTest() override;

    // finished() follows, on a later event-loop turn. Starting again cancels the test before.
    void start(const QUrl &baseUrl, const QString &apiId, const QString &apiSecret);
    void cancel();

    Outcome outcome() const { return m_outcome; }
    // The answer or failure the outcome was read from.
    const ApiError &error() const { return m_error; }
    // What the operator reads: the outcome, and for a failure what failed and what to do.
    QString message() const;
    // The code, HTTP status and request_id of the answer, for the details.
    QString technicalLine() const;

signals:
    void finished();

private:
    void onJobFinished();

    VerificationClient *m_client;
    QPointer<VerificationJob> m_job;
    Outcome m_outcome = Outcome::Running;
    ApiError m_error;
    QString m_host;
};
