// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchattempt.h"
#include "batch/batchstore.h"
#include "serverprocess.h"
#include "testinputs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString FastId = u"fast"_s;
const QString LimitedId = u"limited"_s;
const QString Secret = u"batch-test-secret"_s;
// Requests per second of the limited account: well below what the server scores on a loaded CI
// machine, so that the limit, not the scoring, sets the pace.
constexpr int Limit = 5;

// Waits with the event loop running, so that the server's log keeps being read from its pipe (a
// blocking wait would let the pipe fill and the server stall on its next log line).
bool waitForFinished(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return process.state() == QProcess::NotRunning;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

// `verifydesk batch` as a QA engineer runs it, against the real verifydesk-server on loopback:
// a manifest with broken lines, kills in the middle of a batch, and a rate-limited account.
class TestBatchCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEachLinesProblemAndRunsTheRest();
    void survivesKillsSendingEachPairOnce();
    void keepsToTheRateLimitWithoutFailures();
    void writesTheReport();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    QProcessEnvironment environment(const QString &secret) const;
    Run run(const QStringList &arguments, const QString &secret = Secret);
    // A folder of `count` small pairs (a 64 px grey selfie, a one-frame capture): answered fast.
    QString makeFolder(const QString &name, int count);

    QTemporaryDir m_home;
    QTemporaryDir m_work;
    ServerProcess m_server;
    QByteArray m_selfie;
    QByteArray m_capture;
};

QProcessEnvironment TestBatchCommand::environment(const QString &secret) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"VERIFYDESK_API_SECRET"_s, secret);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    return env;
}

TestBatchCommand::Run TestBatchCommand::run(const QStringList &arguments, const QString &secret)
{
    QProcess process;
    process.setProcessEnvironment(environment(secret));
    process.start(QStringLiteral(VD_VERIFYDESK_EXE), QStringList{u"--lang"_s, u"en"_s} + arguments);
    if (!waitForFinished(process, 180000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestBatchCommand::makeFolder(const QString &name, int count)
{
    const QString dir = m_work.filePath(name);
    QDir().mkpath(dir);
    for (int i = 1; i <= count; ++i) {
        const QString stem = u"%1"_s.arg(i, 4, 10, QChar(u'0'));
        writeFile(dir + u'/' + stem + u".jpg"_s, m_selfie);
        writeFile(dir + u'/' + stem + u".protobuf"_s, m_capture);
    }
    return dir;
}

void TestBatchCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
    m_selfie = TestInputs::plainImage(QSize(64, 64), "jpg");
    m_capture = TestInputs::capture({m_selfie});
    const QString accounts = m_work.filePath(u"accounts.json"_s);
    QVERIFY(writeFile(accounts,
                      u"{\"accounts\": [{\"id\": \"%1\", \"secret\": \"%2\", "
                      "\"rate_limit_per_second\": 0}, {\"id\": \"%3\", \"secret\": "
                      "\"%2\", \"rate_limit_per_second\": %4}]}"_s.arg(FastId, Secret, LimitedId)
                          .arg(Limit)
                          .toUtf8()));
    QFile::setPermissions(accounts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString error = m_server.start({u"--accounts"_s, accounts});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// --report writes BatchReport's numbers of what the batch database holds: JSON, or a PDF (laid
// out with fonts on no display).
void TestBatchCommand::writesTheReport()
{
    const QString dir = makeFolder(u"report"_s, 3);
    const QString json = m_work.filePath(u"report.json"_s);
    const Run first = run({u"batch"_s, dir, u"--endpoint"_s, m_server.url(u"/"_s).toString(),
                           u"--api-id"_s, FastId, u"--report"_s, json});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.err.contains(u"Report written to "_s + json), qPrintable(first.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(report.value(u"total_pairs"_s).toInteger(), 3);
    QCOMPARE(report.value(u"answered"_s).toInteger(), 3);
    QCOMPARE(report.value(u"missing"_s).toInteger(), 0);
    // The grey test selfie has no face: what counts is that every answer is counted once.
    qint64 counted = 0;
    for (const QJsonValue &count : report.value(u"status_counts"_s).toObject())
        counted += count.toInteger();
    QCOMPARE(counted, 3);

    const QString pdf = m_work.filePath(u"report.pdf"_s);
    const Run again = run({u"batch"_s, dir, u"--endpoint"_s, m_server.url(u"/"_s).toString(),
                           u"--api-id"_s, FastId, u"--resume"_s, u"--report"_s, pdf});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(m_server.url(u"/"_s).toString().chopped(1)), qPrintable(words));
}

void TestBatchCommand::reportsEachLinesProblemAndRunsTheRest()
{
    const QString dir = m_work.filePath(u"manifest"_s);
    QDir().mkpath(dir + u"/in"_s);
    QVERIFY(writeFile(dir + u"/in/a.jpg"_s, m_selfie));
    QVERIFY(writeFile(dir + u"/in/b.jpg"_s, m_selfie));
    QVERIFY(writeFile(dir + u"/in/a.protobuf"_s, m_capture));
    QVERIFY(writeFile(dir + u"/in/b.protobuf"_s, m_capture));
    QVERIFY(writeFile(dir + u"/in/broken.jpg"_s, QByteArray("not an image at all")));
    QVERIFY(writeFile(dir + u"/in/truncated.protobuf"_s, QByteArray("\x0a\x7f\x01", 3)));
    const QString manifest = dir + u"/pairs.csv"_s;
    QVERIFY(writeFile(manifest, "selfie,liveness,expected,device,note\n"
                                "in/a.jpg,in/a.protobuf,same,\"Pixel 8, Android 15\",-1+1 first\n"
                                "in/missing.jpg,in/a.protobuf,same,,missing selfie\n"
                                "in/a.jpg,in/a.protobuf,same,,a duplicate of line 2\n"
                                "in/b.jpg,in/nowhere/b.protobuf,different,,bad path\n"
                                "in/broken.jpg,in/b.protobuf,same,,broken selfie\n"
                                "in/b.jpg,in/truncated.protobuf,attack,,not protobuf\n"
                                "in/b.jpg,in/b.protobuf,maybe,,bad expected\n"
                                "url:ftp://example.com/x.jpg,in/b.protobuf,,,bad url\n"
                                "in/b.jpg,in/b.protobuf,\"diff\"\"erent\",,quoted\n"
                                "in/b.jpg,in/b.protobuf,attack,,\"a note\nover two lines\"\n"));
    const QString out = dir + u"/results.csv"_s;
    const Run result = run({u"batch"_s, manifest, u"--endpoint"_s, m_server.url(u"/"_s).toString(),
                            u"--api-id"_s, FastId, u"--out"_s, out});
    QCOMPARE(result.exitCode, 2); // some pairs could not be answered
    const QStringList expected = {
        u"line 3: the selfie: the file in/missing.jpg does not exist."_s,
        u"line 4: a duplicate of an earlier pair"_s,
        u"line 5: the liveness data: the file in/nowhere/b.protobuf does not exist."_s,
        u"line 6: the selfie in/broken.jpg breaks a rule of the API"_s,
        u"line 7: the liveness data in/truncated.protobuf is not well-formed protobuf"_s,
        u"line 8: the expected value \"maybe\" is not same, different, attack or empty."_s,
        u"line 9: the selfie: \"ftp://example.com/x.jpg\" is not an http:// or https:// URL."_s,
        u"line 10: the expected value \"diff\"erent\""_s,
    };
    for (const QString &line : expected)
        QVERIFY2(result.err.contains(line), qPrintable(line + u"\n---\n"_s + result.err));
    QVERIFY2(!result.err.contains(u"line 2:"_s), qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"line 11:"_s), qPrintable(result.err));
    QVERIFY2(result.out.contains(u"10 pairs, 2 answered, 8 not answered (8 with a problem)"_s),
             qPrintable(result.out));

    BatchStore store;
    QVERIFY(!store.open(BatchStore::pathFor(manifest)));
    QCOMPARE(store.pairCount(), 10);
    const auto first = store.pair(2);
    QVERIFY(first && first->answered());
    QCOMPARE(first->device, u"Pixel 8, Android 15"_s);
    QCOMPARE(first->attempts, 1);
    const auto multiline = store.pair(11);
    QVERIFY(multiline && multiline->answered());
    QCOMPARE(multiline->note, u"a note\nover two lines"_s);
    QVERIFY(store.rejection(3).contains(u"does not exist"_s));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(store.path()).permissions() & others, QFileDevice::Permissions());

    QFile csv(out);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.startsWith(u"pair,selfie,liveness,expected,"_s));
    QVERIFY(text.contains(u"\"Pixel 8, Android 15\""_s));
    // A note a spreadsheet would run as a formula stays text.
    QVERIFY2(text.contains(u",'-1+1 first,"_s), qPrintable(text));
    QVERIFY(text.contains(u"does not exist"_s));

    // A second run without --resume refuses to start over the first one's answers.
    const Run again = run({u"batch"_s, manifest, u"--endpoint"_s, m_server.url(u"/"_s).toString(),
                           u"--api-id"_s, FastId});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(u"--resume"_s), qPrintable(again.err));
}

void TestBatchCommand::survivesKillsSendingEachPairOnce()
{
    constexpr int Pairs = 200;
    constexpr int Kills = 5;
    const QString dir = makeFolder(u"killed"_s, Pairs);
    const QStringList arguments = {
        u"batch"_s,    dir,    u"--endpoint"_s, m_server.url(u"/"_s).toString(),
        u"--api-id"_s, FastId, u"--resume"_s};
    const qsizetype logStart = m_server.serverLog().size();
    auto *random = QRandomGenerator::global();
    int kills = 0;
    for (int round = 0; round <= Kills; ++round) {
        QProcess process;
        process.setProcessEnvironment(environment(Secret));
        process.start(QStringLiteral(VD_VERIFYDESK_EXE), arguments);
        QVERIFY(process.waitForStarted());
        if (round < Kills) {
            // Somewhere in the batch: a few pairs to a second and a half of sending.
            const int afterMs = 300 + int(random->bounded(1500));
            if (!waitForFinished(process, afterMs)) {
                ::kill(pid_t(process.processId()), SIGKILL);
                process.waitForFinished();
                ++kills;
                continue;
            }
        }
        QVERIFY(waitForFinished(process, 180000));
        QCOMPARE(process.exitCode(), 0);
        break;
    }
    QVERIFY2(kills >= 3, "the batch ended before most kills: make the pairs slower");

    BatchStore store;
    QVERIFY(!store.open(BatchStore::pathFor(dir)));
    QCOMPARE(store.pairCount(), Pairs);
    QCOMPARE(store.answeredCount(), Pairs);

    // Which pair each X-Request-ID was sent for, and how many attempts were cut by a kill. A
    // pair keeps one X-Request-ID through kills, so that the server charges a re-sent pair once.
    QHash<QString, qint64> pairOf;
    qint64 interrupted = 0;
    for (qint64 index = 1; index <= Pairs; ++index) {
        int answered = 0;
        const QList<BatchAttempt> attempts = store.attempts(index);
        for (const BatchAttempt &attempt : attempts) {
            QCOMPARE(attempt.requestId, attempts.first().requestId);
            QVERIFY2(pairOf.value(attempt.requestId, index) == index,
                     qPrintable(u"pair %1 sent another pair's X-Request-ID"_s.arg(index)));
            pairOf.insert(attempt.requestId, index);
            if (attempt.state == BatchAttempt::State::Answered)
                ++answered;
            else if (attempt.state == BatchAttempt::State::Interrupted)
                ++interrupted;
            else
                QFAIL(qPrintable(
                    u"pair %1 has an attempt in state %2"_s.arg(index).arg(int(attempt.state))));
        }
        QCOMPARE(answered, 1);
    }
    // At most a window's worth in flight at each kill.
    QVERIFY2(interrupted <= qint64(kills) * 4, qPrintable(QString::number(interrupted)));

    // The server saw each pair once, plus at most once more for each attempt cut by a kill.
    const QByteArray log = m_server.serverLog().mid(logStart);
    static const QRegularExpression xrid(u"xrid=([0-9a-f-]{36})"_s);
    QHash<qint64, int> sent;
    for (auto it = xrid.globalMatch(QString::fromUtf8(log)); it.hasNext();) {
        const QString id = it.next().captured(1);
        QVERIFY2(pairOf.contains(id), qPrintable(u"an unknown X-Request-ID %1"_s.arg(id)));
        ++sent[pairOf.value(id)];
    }
    qint64 resent = 0;
    for (qint64 index = 1; index <= Pairs; ++index) {
        const int times = sent.value(index);
        QVERIFY2(times >= 1, qPrintable(u"pair %1 never reached the server"_s.arg(index)));
        int cut = 0;
        for (const BatchAttempt &attempt : store.attempts(index))
            cut += attempt.state == BatchAttempt::State::Interrupted ? 1 : 0;
        QVERIFY2(
            times <= 1 + cut,
            qPrintable(
                u"pair %1 sent %2 times with %3 cut attempts"_s.arg(index).arg(times).arg(cut)));
        resent += times - 1;
    }
    qInfo("%d kills: %lld attempts cut, %lld pairs sent a second time, %d pairs once each", kills,
          interrupted, resent, Pairs);
}

void TestBatchCommand::keepsToTheRateLimitWithoutFailures()
{
    constexpr int Pairs = 200;
    const QString dir = makeFolder(u"limited"_s, Pairs);
    const QString out = m_work.filePath(u"limited.csv"_s);
    QElapsedTimer clock;
    clock.start();
    const Run result = run({u"batch"_s, dir, u"--endpoint"_s, m_server.url(u"/"_s).toString(),
                            u"--api-id"_s, LimitedId, u"--concurrency"_s, u"4"_s, u"--out"_s, out});
    const double seconds = double(clock.elapsed()) / 1000.0;
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"200 pairs, 200 answered, 0 not answered"_s),
             qPrintable(result.out));
    QVERIFY2(!result.out.contains(u"RATE_LIMIT_EXCEEDED"_s), qPrintable(result.out));
    // The bucket starts full (one second's worth); the rest comes at the limit.
    const double rate = double(Pairs - Limit) / seconds;
    qInfo("%d pairs at a limit of %d/s: %.2f pairs/s after the first second's burst (%.0f %%)",
          Pairs, Limit, rate, 100.0 * rate / Limit);
    QVERIFY2(rate >= 0.9 * Limit, qPrintable(QString::number(rate)));
}

void TestBatchCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no source") << QStringList{u"batch"_s, u"--endpoint"_s, u"http://127.0.0.1:1"_s}
                               << u"batch needs a folder or a CSV manifest."_s;
    QTest::newRow("missing source") << QStringList{u"batch"_s,      u"/nonexistent/pairs.csv"_s,
                                                   u"--endpoint"_s, u"http://127.0.0.1:1"_s,
                                                   u"--api-id"_s,   u"x"_s}
                                    << u"is neither a folder nor a manifest file"_s;
    QTest::newRow("bad concurrency")
        << QStringList{u"batch"_s, u"/tmp"_s,       u"--concurrency"_s,
                       u"0"_s,     u"--endpoint"_s, u"http://127.0.0.1:1"_s}
        << u"--concurrency \"0\" is not a number from 1 to 64."_s;
}

void TestBatchCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestBatchCommand)
#include "tst_batchcommand.moc"
