// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how much the peak resident memory of a process grows while VerificationClient uploads
// a selfie and a liveness file: the files must be streamed, not buffered.
//   vd_upload_bench --selfie FILE --liveness FILE   (starts its own sink server as a child)
//   vd_upload_bench --sink                          (the sink: reads and discards, answers OK)
#include "api/verificationclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A kB figure from /proc/self/status, e.g. "VmRSS" or "VmHWM".
qint64 statusKb(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the peak measured is the upload's own.
bool resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

int runSink()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::printf("%u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto *header = new QByteArray;
            auto *remaining = new qint64(-1);
            QObject::connect(socket, &QObject::destroyed, socket, [header, remaining] {
                delete header;
                delete remaining;
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, header, remaining] {
                while (socket->bytesAvailable() > 0) {
                    if (*remaining < 0) {
                        header->append(socket->read(4096));
                        const qsizetype end = header->indexOf("\r\n\r\n");
                        if (end < 0)
                            continue;
                        const QByteArray lower = header->left(end).toLower();
                        const qsizetype at = lower.indexOf("content-length:");
                        const qsizetype eol = lower.indexOf("\r\n", at);
                        *remaining = lower.mid(at + 15, eol - at - 15).trimmed().toLongLong() -
                                     (header->size() - end - 4);
                    } else {
                        *remaining -= socket->read(1 << 16).size();
                    }
                }
                if (*remaining == 0) {
                    const QByteArray body = QByteArrayLiteral(
                        "{\"request_id\":\"TID0123456789abcdef0123456789abcdef\",\"status\":"
                        "\"OK\",\"hack_score\":0.01,\"verify_score\":0.9,\"liveness_data_id\":"
                        "\"l\",\"image_id\":\"i\"}");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                    *remaining = -2;
                }
            });
        }
    });
    return QCoreApplication::exec();
}

bool upload(VerificationClient &client, const QUrl &base, const QString &selfie,
            const QString &liveness, QString *message)
{
    VerificationRequest request;
    request.baseUrl = base;
    request.apiId = u"bench"_s;
    request.apiSecret = u"bench-secret"_s;
    request.selfie = InputSource::file(selfie);
    request.liveness = InputSource::file(liveness);
    VerificationJob *job = client.verify(request);
    bool done = false;
    QObject::connect(job, &VerificationJob::finished, job, [&done] { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const bool ok = job->succeeded();
    *message = ok ? QString() : job->error().code + u' ' + job->error().detail;
    delete job;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"sink"_s, u"Run the discarding sink server."_s});
    parser.addOption({u"selfie"_s, u"Selfie file to upload."_s, u"file"_s});
    parser.addOption({u"liveness"_s, u"Liveness file to upload."_s, u"file"_s});
    parser.addOption({u"warmup"_s, u"Small file for a warm-up upload."_s, u"file"_s});
    parser.addOption({u"buffered-control"_s,
                      u"Also read both files into memory inside the measured window, as a "
                      "buffering client would, to show that the meter sees it."_s});
    parser.process(app);
    if (parser.isSet(u"sink"_s))
        return runSink();

    QTextStream out(stdout);
    QProcess sink;
    sink.start(QCoreApplication::applicationFilePath(), {u"--sink"_s});
    if (!sink.waitForStarted() || !sink.waitForReadyRead(10000)) {
        out << "cannot start the sink server\n";
        return 1;
    }
    const int port = sink.readLine().trimmed().toInt();
    QUrl base;
    base.setScheme(u"http"_s);
    base.setHost(u"127.0.0.1"_s);
    base.setPort(port);

    ClientSettings settings;
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    VerificationClient client(settings);
    QString message;
    // The first request loads what every later one shares (MIME database, HTTP thread); it is
    // not part of what one upload costs.
    const QString warmup = parser.value(u"warmup"_s);
    if (!warmup.isEmpty() && !upload(client, base, warmup, warmup, &message)) {
        out << "warm-up upload failed: " << message << '\n';
        return 1;
    }

    const qint64 uploadBytes =
        QFile(parser.value(u"selfie"_s)).size() + QFile(parser.value(u"liveness"_s)).size();
    if (!resetPeak()) {
        out << "cannot reset the peak RSS (/proc/self/clear_refs)\n";
        return 1;
    }
    const qint64 before = statusKb("VmRSS");
    QByteArray buffered;
    if (parser.isSet(u"buffered-control"_s)) {
        for (const QString &path : {parser.value(u"selfie"_s), parser.value(u"liveness"_s)}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                buffered += file.readAll();
        }
    }
    const bool ok =
        upload(client, base, parser.value(u"selfie"_s), parser.value(u"liveness"_s), &message);
    const qint64 peak = statusKb("VmHWM");
    buffered.clear();
    sink.kill();
    sink.waitForFinished();
    if (!ok) {
        out << "upload failed: " << message << '\n';
        return 1;
    }
    out << "uploaded_bytes " << uploadBytes << '\n'
        << "rss_before_kb " << before << '\n'
        << "peak_rss_kb " << peak << '\n'
        << "peak_rss_increase_kb " << (peak - before) << '\n';
    return 0;
}
