// SPDX-License-Identifier: GPL-3.0-or-later
#include "contract/apistatus.h"
#include "credentialoutcome.h"
#include "multipartform.h"
#include "scriptedhttpserver.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historystore.h"
#include "verifydeskconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;

namespace {

const QString Secret = u"s3cr3t-Never-Print-Me"_s;
const QByteArray RequestId = "TID0123456789abcdef0123456789abcdef";

QByteArray answer(const QByteArray &verify, const QByteArray &hack)
{
    return "{\"request_id\":\"" + RequestId + "\",\"status\":\"OK\",\"verify_score\":" + verify +
           ",\"hack_score\":" + hack + ",\"image_id\":\"img-42\",\"liveness_data_id\":\"live-7\"}";
}

} // namespace

// Runs the verifydesk binary in command-line mode against a scripted loopback server.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void jsonOutput();
    void apiErrors_data();
    void apiErrors();
    void sendsCredentialsInTheBody();
    void usageErrors_data();
    void usageErrors();
    void missingSecret();
    void secretFromKeyring();
    void recordsTheHistoryWithoutTheSecret();
    void refusesBrokenInputsUnlessForced();
    void usesTheAppsTimeoutSetting();
    void timeoutOption();
    void endpointFromTheSettings();
    void historyStoresAbsolutePaths();
    void language_data();
    void language();
    void cliWording_data();
    void cliWording();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void startRemovesStaleTempFolders();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // The child's locale is en_US unless `locale` says otherwise; `folder` is its working folder.
    Run run(const QStringList &arguments, bool withSecret = true,
            const QString &locale = QStringLiteral("en_US.UTF-8"), const QString &folder = {});
    // The settings file the desktop app writes, under the XDG_CONFIG_HOME that run() gives.
    QString settingsFile() const;
    QStringList baseArguments() const;

    QTemporaryDir m_dir;
    QString m_selfie;
    QString m_liveness;
    ScriptedHttpServer m_server;
    QUrl m_base;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_selfie = m_dir.filePath(u"selfie.jpg"_s);
    QImage image(64, 80, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(m_selfie, "JPEG"));
    m_liveness = m_dir.filePath(u"capture.protobuf"_s);
    QFile liveness(m_liveness);
    QVERIFY(liveness.open(QIODevice::WriteOnly));
    // Field 1 (varint 1) and field 2 (a 4-byte string): well-formed wire format.
    liveness.write(QByteArray::fromHex("0801120461626364"));
    liveness.close();
    m_base = m_server.start();
    QVERIFY(m_base.isValid());
}

QStringList TestCommandLine::baseArguments() const
{
    return {u"verify"_s,   u"--endpoint"_s, m_base.toString(), u"--api-id"_s, u"acct-1"_s,
            u"--selfie"_s, m_selfie,        u"--liveness"_s,   m_liveness};
}

QString TestCommandLine::settingsFile() const
{
    return m_dir.filePath(u"config/VerifyDesk/verifydesk.conf"_s);
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, bool withSecret,
                                          const QString &locale, const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display: the command-line mode must never need one.
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    env.remove(u"VERIFYDESK_API_SECRET"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANG"_s, locale);
    if (withSecret)
        env.insert(u"VERIFYDESK_API_SECRET"_s, Secret);

    QProcess process;
    process.setProcessEnvironment(env);
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(VD_VERIFYDESK_EXE), arguments);
    // The spy's event loop also lets the in-process server answer.
    if (!finished.wait(45000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::verdicts_data()
{
    QTest::addColumn<QByteArray>("verify");
    QTest::addColumn<QByteArray>("hack");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("same person") << QByteArray("0.8712") << QByteArray("0.031") << 0;
    QTest::newRow("same person, scores as strings")
        << QByteArray("\"0.8712\"") << QByteArray("\"0.031\"") << 0;
    // hack_score 0.4: exactly 0.5 is a server's "cannot tell" (Verdict), never live.
    QTest::newRow("exactly the threshold") << QByteArray("0.7") << QByteArray("0.4") << 0;
    QTest::newRow("cannot tell") << QByteArray("0.93") << QByteArray("0.5") << 1;
    QTest::newRow("not the same person") << QByteArray("0.41") << QByteArray("0.02") << 1;
    QTest::newRow("attack") << QByteArray("0.93") << QByteArray("0.995") << 1;
}

void TestCommandLine::verdicts()
{
    QFETCH(QByteArray, verify);
    QFETCH(QByteArray, hack);
    QFETCH(int, exitCode);

    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer(verify, hack)));
    const Run result = run(baseArguments());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains(QString::fromLatin1(RequestId)), qPrintable(result.out));
    QVERIFY(result.out.contains(u"img-42"_s));
    QVERIFY(result.out.contains(u"live-7"_s));
    QVERIFY(result.out.contains(QString::fromLatin1(verify).remove(u'"')));
    QVERIFY(result.out.contains(u"1e-4"_s));                // the decision row's false-accept rate
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // no request log without --verbose
    QVERIFY(!result.out.contains(Secret));
    QVERIFY(!result.err.contains(Secret));
}

void TestCommandLine::jsonOutput()
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.8712", "0.031")));
    const Run result = run(baseArguments() << u"--json"_s);
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"request_id"_s).toString(), QString::fromLatin1(RequestId));
    QCOMPARE(doc.object().value(u"verify_score"_s).toDouble(), 0.8712);
    QVERIFY(!result.out.contains(Secret));
}

void TestCommandLine::apiErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unauthorized") << 401
                                  << QByteArray("{\"request_id\":\"" + RequestId +
                                                "\",\"status\":\"UNAUTHORIZED\"}")
                                  << u"UNAUTHORIZED"_s;
    QTest::newRow("no face in the selfie")
        << 400
        << QByteArray("{\"request_id\":\"" + RequestId +
                      "\",\"status\":\"NO_FACE_DETECTED\",\"image\":\"selfie_file\"}")
        << u"selfie_file"_s;
    QTest::newRow("invalid argument with reason")
        << 400
        << QByteArray("{\"request_id\":\"" + RequestId +
                      "\",\"status\":\"INVALID_ARGUMENT\",\"reason\":\"two selfies given\"}")
        << u"two selfies given"_s;
    QTest::newRow("wrong liveness data")
        << 400
        << QByteArray("{\"request_id\":\"" + RequestId + "\",\"status\":\"WRONG_LIVENESS_DATA\"}")
        << u"WRONG_LIVENESS_DATA"_s;
}

void TestCommandLine::apiErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    m_server.enqueue(ScriptedHttpServer::Reply::json(status, body));
    const Run result = run(baseArguments());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY(result.err.contains(QString::number(status)));
    QVERIFY(result.err.contains(QString::fromLatin1(RequestId)));
    QVERIFY(!result.out.contains(Secret));
    QVERIFY(!result.err.contains(Secret));

    // --json prints the error as JSON on stdout as well.
    m_server.enqueue(ScriptedHttpServer::Reply::json(status, body));
    const Run json = run(baseArguments() << u"--json"_s);
    QCOMPARE(json.exitCode, 2);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(u"http_status"_s).toInt(), status);
    QCOMPARE(object.value(u"request_id"_s).toString(), QString::fromLatin1(RequestId));
}

void TestCommandLine::sendsCredentialsInTheBody()
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    const qsizetype before = m_server.requests().size();
    const Run result = run({u"verify"_s, u"--endpoint"_s, m_base.toString(), u"--api-id"_s,
                            u"acct-1"_s, u"--selfie-id"_s, u"img-42"_s, u"--liveness-url"_s,
                            u"https://example.invalid/capture.protobuf"_s, u"--auto-rotate"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server.requests().size(), before + 1);
    const ScriptedHttpServer::Request &request = m_server.requests().last();
    QCOMPARE(request.url.path(), u"/identity/liveness_selfie_verification"_s);
    QVERIFY(!request.url.toString().contains(Secret));
    const MultipartForm form = MultipartForm::parse(request.header("Content-Type"), request.body);
    QVERIFY(form.isValid());
    QCOMPARE(form.value(u"api_id"_s), QByteArray("acct-1"));
    QCOMPARE(form.value(u"api_secret"_s), Secret.toUtf8());
    QCOMPARE(form.value(u"selfie_image_id"_s), QByteArray("img-42"));
    QCOMPARE(form.value(u"liveness_data_url"_s),
             QByteArray("https://example.invalid/capture.protobuf"));
    QCOMPARE(form.value(u"selfie_auto_rotate"_s), QByteArray("true"));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    const QString base = u"http://127.0.0.1:9"_s;
    QTest::newRow("no selfie") << QStringList{u"verify"_s, u"--endpoint"_s,    base,  u"--api-id"_s,
                                              u"a"_s,      u"--liveness-id"_s, u"x"_s};
    QTest::newRow("two selfies") << QStringList{
        u"verify"_s,      u"--endpoint"_s,    base,   u"--api-id"_s,
        u"a"_s,           u"--selfie-id"_s,   u"x"_s, u"--selfie-url"_s,
        u"https://e/x"_s, u"--liveness-id"_s, u"y"_s};
    QTest::newRow("no liveness") << QStringList{u"verify"_s, u"--endpoint"_s,  base,  u"--api-id"_s,
                                                u"a"_s,      u"--selfie-id"_s, u"x"_s};
    QTest::newRow("no endpoint") << QStringList{
        u"verify"_s, u"--api-id"_s, u"a"_s, u"--selfie-id"_s, u"x"_s, u"--liveness-id"_s, u"y"_s};
    QTest::newRow("endpoint not http")
        << QStringList{u"verify"_s,      u"--endpoint"_s, u"ftp://host"_s,    u"--api-id"_s, u"a"_s,
                       u"--selfie-id"_s, u"x"_s,          u"--liveness-id"_s, u"y"_s};
    QTest::newRow("unknown option") << QStringList{u"verify"_s, u"--no-such-option"_s};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    // No display (run() removes it) and no command: usage, not a crash of the window.
    QTest::newRow("nothing at all") << QStringList{};
    QTest::newRow("missing selfie file") << QStringList{u"verify"_s,
                                                        u"--endpoint"_s,
                                                        base,
                                                        u"--api-id"_s,
                                                        u"a"_s,
                                                        u"--selfie"_s,
                                                        u"/nonexistent/selfie.jpg"_s,
                                                        u"--liveness-id"_s,
                                                        u"y"_s};
    QTest::newRow("timeout not a number") << QStringList{
        u"verify"_s, u"--endpoint"_s,  base,   u"--api-id"_s,      u"a"_s, u"--timeout"_s,
        u"soon"_s,   u"--selfie-id"_s, u"x"_s, u"--liveness-id"_s, u"y"_s};
    QTest::newRow("timeout zero") << QStringList{
        u"verify"_s, u"--endpoint"_s,  base,   u"--api-id"_s,      u"a"_s, u"--timeout"_s,
        u"0"_s,      u"--selfie-id"_s, u"x"_s, u"--liveness-id"_s, u"y"_s};
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"fr"_s, u"verify"_s};
    QTest::newRow("secret as an argument is refused")
        << QStringList{u"verify"_s, u"--api-secret"_s, Secret};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const qsizetype before = m_server.requests().size();
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(m_server.requests().size(), before);
}

void TestCommandLine::missingSecret()
{
    const qsizetype before = m_server.requests().size();
    // Neither the environment nor the (empty, private) keyring holds a secret for this account.
    const Run result = run(baseArguments() << u"--api-id"_s << u"nobody-here"_s, false);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(u"VERIFYDESK_API_SECRET"_s));
    QCOMPARE(m_server.requests().size(), before);
}

void TestCommandLine::secretFromKeyring()
{
    CredentialStore store;
    const QString apiId = u"acct-keyring"_s;
    QVERIFY(CredentialOutcome::of(store.write(m_base, apiId, Secret)).finished);
    if (store.isSessionOnly())
        QSKIP("No Secret Service on this D-Bus session: the harness (packaging/test.sh) "
              "provides one.");

    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    const qsizetype before = m_server.requests().size();
    const Run result = run(baseArguments() << u"--api-id"_s << apiId, false);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server.requests().size(), before + 1);
    const ScriptedHttpServer::Request &request = m_server.requests().last();
    const MultipartForm form = MultipartForm::parse(request.header("Content-Type"), request.body);
    QCOMPARE(form.value(u"api_secret"_s), Secret.toUtf8());
    QVERIFY(!result.out.contains(Secret));
    QVERIFY(!result.err.contains(Secret));

    QVERIFY(CredentialOutcome::of(store.remove(m_base, apiId)).error.ok());
}

void TestCommandLine::recordsTheHistoryWithoutTheSecret()
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.41", "0.02")));
    QCOMPARE(run(baseArguments()).exitCode, 1);
    // The child's AppDataLocation under the XDG_DATA_HOME that run() gives it.
    const QString path = m_dir.filePath(u"data/VerifyDesk/verifydesk/history.sqlite"_s);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    {
        HistoryStore history(path);
        const QList<HistoryEntry> entries = history.entries(1).value;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().requestId, QString::fromLatin1(RequestId));
        QCOMPARE(entries.first().verdict, u"not_same_person"_s);
        QCOMPARE(entries.first().apiId, u"acct-1"_s);
    }
    QDir folder(QFileInfo(path).absolutePath());
    for (const QString &name : folder.entryList(QDir::Files)) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(name));
    }
}

void TestCommandLine::refusesBrokenInputsUnlessForced()
{
    const QString tiny = m_dir.filePath(u"tiny.png"_s);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QVERIFY(image.save(tiny, "PNG"));
    const QString truncated = m_dir.filePath(u"truncated.bin"_s);
    QFile file(truncated);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromHex("0a640102")); // declares 100 bytes, holds 2
    file.close();
    const QStringList arguments{u"verify"_s,   u"--endpoint"_s, m_base.toString(),
                                u"--api-id"_s, u"acct-1"_s,     u"--selfie"_s,
                                tiny,          u"--liveness"_s, truncated};

    // Refused: nothing is sent, and each broken rule is named.
    qsizetype before = m_server.requests().size();
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(m_server.requests().size(), before);
    const QStringList lines = refused.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(refused.err));
    QVERIFY2(lines.at(0).startsWith(u"Not sent: the selfie"_s), qPrintable(refused.err));
    QVERIFY(lines.at(0).contains(u"8"_s));
    QVERIFY2(lines.at(1).startsWith(u"Not sent: the liveness data"_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"--force"_s));

    // --force sends them anyway, after the same lines as warnings.
    m_server.enqueue(ScriptedHttpServer::Reply::json(
        400, "{\"request_id\":\"" + RequestId + "\",\"status\":\"WRONG_LIVENESS_DATA\"}"));
    before = m_server.requests().size();
    const Run forced = run(QStringList(arguments) << u"--force"_s);
    QCOMPARE(forced.exitCode, 2);
    QCOMPARE(m_server.requests().size(), before + 1);
    QVERIFY2(forced.err.startsWith(u"Warning (sent because of --force): the selfie"_s),
             qPrintable(forced.err));
    QVERIFY(forced.err.contains(u"WRONG_LIVENESS_DATA"_s));
}

void TestCommandLine::usesTheAppsTimeoutSetting()
{
    const QString conf = settingsFile();
    {
        AppSettings settings(conf);
        QVERIFY(settings.setTransferTimeoutSeconds(1));
        settings.sync();
    }
    ScriptedHttpServer staller;
    staller.setDefaultReply(ScriptedHttpServer::Reply::stall());
    const QUrl stallerUrl = staller.start();
    QVERIFY(stallerUrl.isValid());

    QStringList arguments = baseArguments();
    arguments[arguments.indexOf(u"--endpoint"_s) + 1] = stallerUrl.toString();
    const Run result = run(arguments << u"--json"_s);
    QVERIFY(QFile::remove(conf));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"status"_s).toString(),
             u"TIMEOUT"_s);
    QCOMPARE(staller.requests().size(), 1); // a timeout is not retried
}

void TestCommandLine::timeoutOption()
{
    ScriptedHttpServer staller;
    staller.setDefaultReply(ScriptedHttpServer::Reply::stall());
    const QUrl stallerUrl = staller.start();
    QVERIFY(stallerUrl.isValid());

    QStringList arguments = baseArguments();
    arguments[arguments.indexOf(u"--endpoint"_s) + 1] = stallerUrl.toString();
    QElapsedTimer clock;
    clock.start();
    const Run result = run(arguments << u"--timeout"_s << u"1"_s);
    QCOMPARE(result.exitCode, 2);
    // The app's own default is 60 s: the option, not the setting, stopped the request.
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    // The stall and the attempt's deadline end together: either code is the truth.
    QVERIFY2(result.err.contains(u"TIMEOUT"_s) || result.err.contains(u"DEADLINE_EXCEEDED"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"--timeout"_s), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"in the settings"_s));
}

void TestCommandLine::endpointFromTheSettings()
{
    {
        AppSettings settings(settingsFile());
        settings.setEndpoint(m_base);
        settings.setApiId(u"acct-saved"_s);
        settings.sync();
    }
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    const qsizetype before = m_server.requests().size();
    const Run result =
        run({u"verify"_s, u"--selfie-id"_s, u"img-42"_s, u"--liveness-id"_s, u"live-7"_s});
    QVERIFY(QFile::remove(settingsFile()));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server.requests().size(), before + 1);
    const ScriptedHttpServer::Request &request = m_server.requests().last();
    const MultipartForm form = MultipartForm::parse(request.header("Content-Type"), request.body);
    QCOMPARE(form.value(u"api_id"_s), QByteArray("acct-saved"));

    // Without a saved endpoint nothing is sent, and the message says how to give one.
    const Run none = run(
        {u"verify"_s, u"--api-id"_s, u"a"_s, u"--selfie-id"_s, u"x"_s, u"--liveness-id"_s, u"y"_s});
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains(u"--endpoint"_s), qPrintable(none.err));
    QCOMPARE(m_server.requests().size(), before + 1);
}

void TestCommandLine::historyStoresAbsolutePaths()
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.41", "0.02")));
    const Run result =
        run({u"verify"_s, u"--endpoint"_s, m_base.toString(), u"--api-id"_s, u"acct-relative"_s,
             u"--selfie"_s, u"selfie.jpg"_s, u"--liveness"_s, u"capture.protobuf"_s},
            true, u"en_US.UTF-8"_s, m_dir.path());
    QCOMPARE(result.exitCode, 1);
    HistoryStore history(m_dir.filePath(u"data/VerifyDesk/verifydesk/history.sqlite"_s));
    const QList<HistoryEntry> entries = history.entries(1).value;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().apiId, u"acct-relative"_s);
    QCOMPARE(entries.first().selfie.value, QFileInfo(m_selfie).absoluteFilePath());
    QCOMPARE(entries.first().liveness.value, QFileInfo(m_liveness).absoluteFilePath());
}

void TestCommandLine::language_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("lang");
    QTest::addColumn<QString>("expected");
    const QString english = u"Run verifydesk --help for the usage."_s;
    const QString chinese = u"运行 verifydesk --help 查看用法。"_s;
    QTest::newRow("Chinese locale") << u"zh_CN.UTF-8"_s << QStringList() << chinese;
    QTest::newRow("Taiwanese locale") << u"zh_TW.UTF-8"_s << QStringList() << chinese;
    QTest::newRow("German locale") << u"de_DE.UTF-8"_s << QStringList() << english;
    QTest::newRow("--lang en on a Chinese locale")
        << u"zh_CN.UTF-8"_s << QStringList{u"--lang"_s, u"en"_s} << english;
    QTest::newRow("--lang=zh_CN on an English locale")
        << u"en_US.UTF-8"_s << QStringList{u"--lang=zh_CN"_s} << chinese;
}

void TestCommandLine::language()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, lang);
    QFETCH(QString, expected);
    // No endpoint: a usage error, whose last line is in the language.
    const Run result = run(QStringList(lang) << u"verify"_s, true, locale);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.trimmed().endsWith(expected), qPrintable(result.err));
}

void TestCommandLine::cliWording_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("windowWords");
    QTest::newRow("unauthorized") << QByteArray("UNAUTHORIZED") << u"--api-id"_s
                                  << u"in the settings"_s;
    QTest::newRow("no face") << QByteArray("NO_FACE_DETECTED") << u"--auto-rotate"_s
                             << u"try \"Auto-rotate\""_s;
    QTest::newRow("too big") << QByteArray("IMAGE_FILE_SIZE_TOO_BIG") << u"smaller file"_s
                             << u"Use \"Fit to limits\""_s;
    QTest::newRow("wrong path") << QByteArray("NOT_FOUND") << u"--endpoint"_s
                                << u"in the settings"_s;
}

void TestCommandLine::cliWording()
{
    QFETCH(QByteArray, status);
    QFETCH(QString, option);
    QFETCH(QString, windowWords);
    const int http = ApiStatus::find(QString::fromLatin1(status))->httpCode;
    m_server.enqueue(ScriptedHttpServer::Reply::json(http, "{\"request_id\":\"" + RequestId +
                                                               "\",\"status\":\"" + status +
                                                               "\",\"image\":\"selfie_file\"}"));
    const Run result = run(baseArguments());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"What to do: "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(option), qPrintable(result.err));
    QVERIFY2(!result.err.contains(windowWords), qPrintable(result.err));
}

void TestCommandLine::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << u"--help"_s << u"--liveness-id"_s;
    QTest::newRow("version") << u"--version"_s << QStringLiteral(VD_VERSION);
}

void TestCommandLine::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const Run result = run({option}, false);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestCommandLine::startRemovesStaleTempFolders()
{
    // The child's private temporary folders live where this process's would (the runtime
    // folder it inherits), one per pid.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty())
        QSKIP("No XDG_RUNTIME_DIR: the folders would be under the child's cache folder.");
    const QString stale = runtime + u"/verifydesk-temp/999997"_s; // above any pid in use
    const QString alive = runtime + u"/verifydesk-temp/1"_s;      // init always runs
    QVERIFY(QDir().mkpath(stale));
    QVERIFY(QDir().mkpath(alive));
    QFile face(stale + u"/fitted-face.jpg"_s);
    QVERIFY(face.open(QIODevice::WriteOnly));
    face.close();

    // Any command, even one that touches no selfie.
    const Run result = run({u"--version"_s}, false);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(alive));
    QDir(alive).removeRecursively();
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
