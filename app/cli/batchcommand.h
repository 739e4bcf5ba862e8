// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verificationrequest.h"
#include "batch/batchprogress.h"
#include "batch/batchstore.h"

#include <QDateTime>
#include <QObject>
#include <QTextStream>
#include <memory>

class BatchRunner;
class QCommandLineParser;
class VerificationClient;

// `verifydesk batch DIR|MANIFEST`: validates the pairs into the batch database, sends them with
// BatchRunner (resuming a batch with --resume), shows progress and prints a summary.
class BatchCommand : public QObject
{
    Q_OBJECT

public:
    explicit BatchCommand(QObject *parent = nullptr);
    ~BatchCommand() override;

    static void addOptions(QCommandLineParser &parser);
    // Starts the command; done() follows, possibly on the next event-loop turn.
    void start(const QCommandLineParser &parser, const QStringList &arguments);

signals:
    void done(int exitCode);

private:
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments);
    bool openStore();
    bool importPairs();
    void readSecret();
    void run();
    void onProgress(const BatchProgress &progress);
    void onFinished();
    bool writeCsv(QString *error) const;
    // The report of what the batch database holds: JSON, or a PDF when the name ends in .pdf.
    bool writeReport(QString *error) const;
    void printSummary();
    void fail(int exitCode, const QString &message);

    QString m_source;
    QString m_outPath;
    QString m_reportPath;
    bool m_resume = false;
    int m_concurrency = 4;
    bool m_tty = false;
    int m_lastPercentPrinted = -1;
    qint64 m_rejected = 0;
    QString m_baseDir;
    QString m_storeFailure;
    QDateTime m_startedUtc; // of this run (a resumed batch reports the resumed run's time)
    VerificationRequest m_request;
    BatchStore m_store;
    VerificationClient *m_client = nullptr;
    BatchRunner *m_runner = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};
