// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verdict.h"
#include "api/verificationrequest.h"

#include <QObject>
#include <QTextStream>

class QCommandLineParser;
class VerificationClient;
class VerificationJob;

// `verifydesk verify ...`: builds the request from the options, takes the secret from the
// environment (vd::contract::SecretVariable) or the keyring, sends it and prints a summary or the
// JSON answer.
class VerifyCommand : public QObject
{
    Q_OBJECT

public:
    explicit VerifyCommand(QObject *parent = nullptr);
    ~VerifyCommand() override;

    static void addOptions(QCommandLineParser &parser);
    // Starts the command; done() follows, possibly on the next event-loop turn.
    void start(const QCommandLineParser &parser);

signals:
    void done(int exitCode);

private:
    bool readOptions(const QCommandLineParser &parser);
    void send();
    // The rules of the API the file inputs break, one translated line each.
    QStringList inputProblems() const;
    // Records the verification, with copies of its inputs encrypted when the operator keeps
    // them; then report().
    void recordWithKeptCopies();
    void record(const QByteArray &copyKey);
    void onFinished();
    void report();
    void printResult(const VerificationResult &result);
    void printWarnings(const VerificationResult &result);
    void printError(const ApiError &error);
    void fail(int exitCode, const QString &message);

    VerificationRequest m_request;
    Thresholds m_thresholds;
    QString m_operatorName; // empty: HistoryStore::currentOperator()
    QString m_caseRef;
    bool m_json = false;
    bool m_force = false;
    int m_timeoutSeconds = 0; // --timeout; 0: the app's setting
    VerificationClient *m_client = nullptr;
    VerificationJob *m_job = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};
