// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::start(const QStringList &arguments)
{
    QStringList all = arguments;
    all << u"--listen"_s << u"127.0.0.1:0"_s << u"--data-dir"_s << m_dataDir.path();
    m_process.start(QStringLiteral(VD_SERVER_EXE), all);
    if (!m_process.waitForStarted(10000))
        return u"cannot start the server: "_s + m_process.errorString();
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    static const QRegularExpression listening(u"listening on (https?)://127\\.0\\.0\\.1:(\\d+)"_s);
    while (clock.elapsed() < 30000) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_port = static_cast<quint16>(match.captured(2).toUInt());
            m_stdout = out;
            return {};
        }
    }
    m_stderr += m_process.readAllStandardError();
    return u"the server did not print its address; stdout: %1 stderr: %2"_s.arg(
        QString::fromUtf8(out), QString::fromUtf8(m_stderr));
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray ServerProcess::serverLog() const
{
    m_stderr += const_cast<QProcess &>(m_process).readAllStandardError();
    return m_stderr;
}

QUrl ServerProcess::url(const QString &path, const QString &query) const
{
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode); // keeps %FF as sent: no re-encoding
    return url;
}

ServerProcess::Answer ServerProcess::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.networkError = u"no answer within 60 s"_s;
    }
    answer.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.raw).object();
    if (answer.http == 0 && answer.networkError.isEmpty())
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

ServerProcess::Answer ServerProcess::post(const QList<Part> &parts, const QString &query)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const Part &part : parts) {
        QHttpPart http;
        QByteArray disposition = "form-data; name=\"" + part.name + '"';
        if (part.file)
            disposition += "; filename=\"" + part.name + ".bin\"";
        http.setRawHeader("Content-Disposition", disposition);
        if (part.file)
            http.setRawHeader("Content-Type", "application/octet-stream");
        http.setBody(part.data);
        multipart->append(http);
    }
    QNetworkRequest request(url(u"/identity/liveness_selfie_verification"_s, query));
    QNetworkReply *reply = m_network.post(request, multipart);
    multipart->setParent(reply);
    return wait(reply);
}

ServerProcess::Answer ServerProcess::get(const QString &path)
{
    return wait(m_network.get(QNetworkRequest(url(path))));
}
