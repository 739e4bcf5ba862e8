// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/verificationrequest.h"
#include "api/verificationresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <optional>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkReply;
struct ClientSettings;

// One verification request in flight: upload progress, bounded retries, cancel, and the result
// or the error once finished() is emitted (exactly once).
class VerificationJob : public QObject
{
    Q_OBJECT

public:
    ~VerificationJob() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_failed; }
    const VerificationResult &result() const { return m_result; }
    const ApiError &error() const { return m_error; }
    const VerificationRequest &request() const { return m_request; }
    // The X-Request-ID header value, sent with every attempt of this job.
    const QString &clientRequestId() const { return m_clientRequestId; }
    // How long the answer may take once the upload is sent (no byte moving), in milliseconds.
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    // 1 for the first attempt; grows with each retry.
    int attempts() const { return m_attempt; }

public slots:
    // Aborts the upload or the wait before a retry; finishes with a Cancelled error. finished()
    // may be emitted before cancel() returns. Does nothing once finished.
    void cancel();

signals:
    // Bytes of the multipart body sent in the current attempt; starts again at 0 on a retry.
    void uploadProgress(qint64 sent, qint64 total);
    // The whole body of the current attempt is sent: from now on the server is deciding, and
    // the request times out after transferTimeoutMs() without an answer.
    void waitingForAnswer();
    // attempt: the number of the attempt that starts after delayMs (2 for the first retry);
    // cause: the retryable error (RATE_LIMIT_EXCEEDED or HTTP 502/503/504) just received.
    void retrying(int attempt, int delayMs, const ApiError &cause);
    // Exactly once; then succeeded() tells whether result() or error() holds the outcome.
    void finished();

private:
    friend class VerificationClient;
    // credentialsOnly: the request's inputs are not required, and absent ones are not sent.
    VerificationJob(QNetworkAccessManager *manager, const VerificationRequest &request,
                    const ClientSettings &settings, bool credentialsOnly, QObject *parent);

    void start();
    void sendAttempt();
    QHttpMultiPart *buildMultiPart(ApiError *error);
    void onReplyFinished();
    void finishWithResult(const VerificationResult &result);
    void finishWithError(const ApiError &error);
    int backoffDelay(int retryNumber) const;
    // The guards of one attempt against a hostile or broken server: the answer's size cap, the
    // overall deadline, and what the attempt got to for a truthful message.
    void guardReply(QNetworkReply *reply);
    void onDeadline();
    std::optional<ApiError> guardError(int httpStatus) const;
    QNetworkReply::NetworkError transportError(QNetworkReply *reply) const;
    QString transportDetail(QNetworkReply *reply) const;

    QNetworkAccessManager *m_manager;
    VerificationRequest m_request;
    int m_transferTimeoutMs;
    int m_overallTimeoutMs;
    int m_maxRetries;
    int m_retryBaseDelayMs;
    QString m_caBundlePath;
    bool m_credentialsOnly;
    QList<QSslCertificate> m_extraCaCertificates;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QString m_sslErrors;
    QList<QSslError::SslError> m_sslErrorCodes;
    bool m_answerTooLarge = false;
    bool m_deadlineHit = false;
    bool m_answerStarted = false;
    qint64 m_uploadSent = 0;
    qint64 m_uploadTotal = 0;
    int m_attempt = 0;
    bool m_waiting = false; // waitingForAnswer() emitted for this attempt
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_failed = false;
    VerificationResult m_result;
    ApiError m_error;
};
