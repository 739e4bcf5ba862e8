// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpMultiPart>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

// A verifydesk-server executable started for a test on a port the OS picks, with its own data
// folder, plus a small multipart client for it. The server prints its address on stdout.
class ServerProcess
{
public:
    struct Part
    {
        QByteArray name;
        QByteArray data;
        bool file = false;
    };

    struct Answer
    {
        int http = 0;
        QJsonObject json;
        QByteArray raw;
        QString networkError; // empty when an HTTP answer arrived
    };

    ServerProcess();
    ~ServerProcess();

    // Starts VD_SERVER_EXE with these arguments (plus --listen and --data-dir); an error
    // message (with the server's stderr) when it does not come up.
    QString start(const QStringList &arguments);
    void stop();

    quint16 port() const { return m_port; }
    // What the server printed up to and including its address line.
    QByteArray startOutput() const { return m_stdout; }
    QString dataDir() const { return m_dataDir.path(); }
    QUrl url(const QString &path = QStringLiteral("/identity/liveness_selfie_verification"),
             const QString &query = {}) const;
    QByteArray serverLog() const;
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    Answer post(const QList<Part> &parts, const QString &query = {});
    Answer get(const QString &path);

    // Runs the request's event loop until it finishes (or 60 s pass).
    static Answer wait(QNetworkReply *reply);

private:
    QProcess m_process;
    QTemporaryDir m_dataDir;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QByteArray m_stdout;
    QNetworkAccessManager m_network;
    mutable QByteArray m_stderr;
};
