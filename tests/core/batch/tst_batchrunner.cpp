// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationclient.h"
#include "batch/batchrunner.h"
#include "batch/batchstore.h"
#include "scriptedhttpserver.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray OkBody = "{\"request_id\":\"TIDok\",\"status\":\"OK\",\"hack_score\":0.03,"
                          "\"verify_score\":0.87}";
const QByteArray RateLimitBody = "{\"request_id\":\"TIDrate\",\"status\":\"RATE_LIMIT_EXCEEDED\"}";
constexpr int Pairs = 10;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

// BatchRunner against a scripted loopback server: what pause, cancel and a later resume send,
// and how it meets RATE_LIMIT_EXCEEDED, 503 and a reset.
class TestBatchRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pauseSendsNothingNewAndRecordsTheRequestsInFlight();
    void cancelKeepsPairsPendingAndResumeSendsEachOnce();
    void overloadLowersConcurrencyWithoutFailedPairs_data();
    void overloadLowersConcurrencyWithoutFailedPairs();
    void badGatewayIsRetried();

private:
    // A runner over m_store sending to m_server, with a short backoff.
    std::unique_ptr<BatchRunner> makeRunner(int concurrency = 4);
    // Each pair's attempts that gave its answer.
    int answeredAttempts(qint64 pairIndex) const;
    // The X-Request-IDs the server got, and how many attempts each came with.
    QHash<QByteArray, int> requestIdsSent() const;
    // Every attempt at every pair sent its pair's one X-Request-ID, and no other pair's.
    void verifyOneRequestIdPerPair() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<VerificationClient> m_client;
    std::unique_ptr<BatchStore> m_store;
    QUrl m_base;
    int m_storeNumber = 0;
};

void TestBatchRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QVERIFY(image.save(m_dir.filePath(u"selfie.jpg"_s), "JPEG"));
    QFile capture(m_dir.filePath(u"capture.protobuf"_s));
    QVERIFY(capture.open(QIODevice::WriteOnly));
    capture.write(QByteArray("\x0a\x03"
                             "abc",
                             5));
}

void TestBatchRunner::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_base = m_server->start();
    QVERIFY(m_base.isValid());
    m_server->setDefaultReply(ScriptedHttpServer::Reply::json(200, OkBody));
    m_client = std::make_unique<VerificationClient>();
    ClientSettings settings;
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    settings.transferTimeoutMs = 10000;
    m_client->setSettings(settings);
    m_store = std::make_unique<BatchStore>();
    QVERIFY(!m_store->open(m_dir.filePath(u"run%1.batch.sqlite"_s.arg(++m_storeNumber))));
    QVERIFY(!m_store->beginImport());
    for (qint64 i = 1; i <= Pairs; ++i) {
        BatchResult pair;
        pair.pairIndex = i;
        pair.selfie = u"selfie.jpg"_s;
        pair.liveness = u"capture.protobuf"_s;
        pair.expected = BatchExpectation::Same;
        QVERIFY(!m_store->addPair(pair));
    }
    QVERIFY(!m_store->commitImport());
}

void TestBatchRunner::cleanup()
{
    m_store.reset();
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<BatchRunner> TestBatchRunner::makeRunner(int concurrency)
{
    auto runner = std::make_unique<BatchRunner>(m_store.get(), m_client.get());
    VerificationRequest request;
    request.baseUrl = m_base;
    request.apiId = u"acct"_s;
    request.apiSecret = u"runner-secret"_s;
    runner->setRequestTemplate(request);
    runner->setBaseDir(m_dir.path());
    runner->setConcurrency(concurrency);
    runner->setRetryBaseDelayMs(20);
    return runner;
}

int TestBatchRunner::answeredAttempts(qint64 pairIndex) const
{
    int answered = 0;
    const QList<BatchAttempt> attempts = m_store->attempts(pairIndex);
    for (const BatchAttempt &attempt : attempts)
        if (attempt.state == BatchAttempt::State::Answered)
            ++answered;
    return answered;
}

QHash<QByteArray, int> TestBatchRunner::requestIdsSent() const
{
    QHash<QByteArray, int> sent;
    const auto requests = m_server->requests();
    for (const ScriptedHttpServer::Request &request : requests)
        ++sent[request.header("X-Request-ID")];
    return sent;
}

void TestBatchRunner::verifyOneRequestIdPerPair() const
{
    QSet<QString> ids;
    for (qint64 i = 1; i <= Pairs; ++i) {
        const QList<BatchAttempt> attempts = m_store->attempts(i);
        QVERIFY(!attempts.isEmpty());
        const QString id = attempts.first().requestId;
        QVERIFY(!id.isEmpty());
        for (const BatchAttempt &attempt : attempts)
            QCOMPARE(attempt.requestId, id);
        QVERIFY2(!ids.contains(id), qPrintable(u"pair %1 reuses %2"_s.arg(i).arg(id)));
        ids.insert(id);
    }
    const QHash<QByteArray, int> sent = requestIdsSent();
    QCOMPARE(sent.size(), Pairs);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        QVERIFY2(ids.contains(QString::fromLatin1(it.key())), it.key().constData());
}

// Paused at once: the requests already started are answered and recorded, and no other leaves
// until Resume.
void TestBatchRunner::pauseSendsNothingNewAndRecordsTheRequestsInFlight()
{
    auto runner = makeRunner(4);
    QSignalSpy answers(runner.get(), &BatchRunner::pairFinished);
    QSignalSpy finished(runner.get(), &BatchRunner::finished);
    runner->start();
    const int started = int(runner->progress().inFlight);
    QCOMPARE(started, 4);
    runner->pause();
    QCOMPARE(runner->state(), BatchRunner::State::Paused);
    QVERIFY(waitFor([&] { return answers.size() == started; }));
    // Long enough for a request that should not have left to reach the server.
    QTest::qWait(500);
    QCOMPARE(m_server->requests().size(), started);
    QCOMPARE(m_store->answeredCount(), started);
    QCOMPARE(runner->progress().inFlight, 0);
    QCOMPARE(finished.size(), 0);

    runner->resume();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server->requests().size(), Pairs);
    QCOMPARE(m_store->answeredCount(), Pairs);
    for (qint64 i = 1; i <= Pairs; ++i)
        QCOMPARE(answeredAttempts(i), 1);
}

// Cancel with every request unanswered: they are cancelled, their pairs stay pending, and the
// next run sends each pair once.
void TestBatchRunner::cancelKeepsPairsPendingAndResumeSendsEachOnce()
{
    m_server->setDefaultReply(ScriptedHttpServer::Reply::stall());
    {
        auto runner = makeRunner(4);
        QSignalSpy finished(runner.get(), &BatchRunner::finished);
        runner->start();
        QVERIFY(waitFor([&] { return m_server->requests().size() == 4; }));
        runner->cancel();
        QVERIFY(finished.size() == 1 || finished.wait(20000));
        QCOMPARE(runner->state(), BatchRunner::State::Finished);
    }
    QCOMPARE(m_store->answeredCount(), 0);
    QCOMPARE(m_store->pendingCount(), Pairs);
    for (qint64 i = 1; i <= 4; ++i) {
        const QList<BatchAttempt> attempts = m_store->attempts(i);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().state, BatchAttempt::State::Cancelled);
    }
    QCOMPARE(m_store->attempts(5).size(), 0);

    m_server->setDefaultReply(ScriptedHttpServer::Reply::json(200, OkBody));
    auto runner = makeRunner(4);
    QSignalSpy finished(runner.get(), &BatchRunner::finished);
    runner->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server->requests().size(), 4 + Pairs);
    QCOMPARE(m_store->answeredCount(), Pairs);
    for (qint64 i = 1; i <= Pairs; ++i)
        QCOMPARE(answeredAttempts(i), 1);
    // The cancelled pairs went again under their first X-Request-ID: a server that scored the
    // cancelled attempt charges the pair once.
    verifyOneRequestIdPerPair();
    for (qint64 i = 1; i <= 4; ++i)
        QCOMPARE(m_store->attempts(i).size(), 2);
}

void TestBatchRunner::overloadLowersConcurrencyWithoutFailedPairs_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("RATE_LIMIT_EXCEEDED") << 403 << RateLimitBody;
    QTest::newRow("503") << 503
                         << QByteArray(
                                "{\"request_id\":\"TID503\",\"status\":\"SERVICE_UNAVAILABLE\"}");
}

// The first answers refuse for overload: the window shrinks (AIMD), the refused pairs are sent
// again, and every pair ends with its scores.
void TestBatchRunner::overloadLowersConcurrencyWithoutFailedPairs()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    constexpr int Refusals = 4;
    for (int i = 0; i < Refusals; ++i)
        m_server->enqueue(ScriptedHttpServer::Reply::json(status, body));
    auto runner = makeRunner(4);
    int lowest = runner->rateController().window();
    connect(
        runner.get(), &BatchRunner::progressChanged, this,
        [&lowest](const BatchProgress &progress) { lowest = qMin(lowest, progress.concurrency); });
    QSignalSpy finished(runner.get(), &BatchRunner::finished);
    runner->start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(lowest < 4, qPrintable(u"the window stayed at %1"_s.arg(lowest)));
    QCOMPARE(runner->progress().retries, Refusals);
    QCOMPARE(m_server->requests().size(), Pairs + Refusals);
    QCOMPARE(m_store->answeredCount(), Pairs);
    for (qint64 i = 1; i <= Pairs; ++i) {
        const std::optional<BatchResult> pair = m_store->pair(i);
        QVERIFY(pair);
        QCOMPARE(pair->status, u"OK"_s);
        QCOMPARE(answeredAttempts(i), 1);
    }
    verifyOneRequestIdPerPair();
}

// A 502 from a gateway is a transient failure: sent again, answered once, without slowing down
// (it says nothing about the server's limit).
void TestBatchRunner::badGatewayIsRetried()
{
    m_server->enqueue(ScriptedHttpServer::Reply::raw(502, "<html>Bad Gateway</html>", "text/html"));
    auto runner = makeRunner(4);
    QSignalSpy finished(runner.get(), &BatchRunner::finished);
    runner->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_server->requests().size(), Pairs + 1);
    QCOMPARE(m_store->answeredCount(), Pairs);
    int retried = 0;
    for (qint64 i = 1; i <= Pairs; ++i) {
        const std::optional<BatchResult> pair = m_store->pair(i);
        QVERIFY(pair);
        QCOMPARE(pair->status, u"OK"_s);
        QCOMPARE(answeredAttempts(i), 1);
        if (pair->attempts == 2) {
            ++retried;
            QCOMPARE(m_store->attempts(i).first().state, BatchAttempt::State::Retried);
        }
    }
    QCOMPARE(retried, 1);
    verifyOneRequestIdPerPair();
    QCOMPARE(runner->progress().retries, 1);
    QCOMPARE(runner->rateController().window(), 4);
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
