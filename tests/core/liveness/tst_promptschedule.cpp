// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/promptschedule.h"

#include <QTest>

using verifydesk::liveness::Difficulty;
using verifydesk::liveness::Motion;

// The prompts follow the motion sequence, each with its countdown, driven by a chosen time.
class TestPromptSchedule : public QObject
{
    Q_OBJECT

private slots:
    void stepLengthFollowsDifficulty_data();
    void stepLengthFollowsDifficulty();
    void promptsFollowTheSequence_data();
    void promptsFollowTheSequence();
    void emptySequenceIsFinishedAtOnce();
};

void TestPromptSchedule::stepLengthFollowsDifficulty_data()
{
    QTest::addColumn<int>("difficulty");
    QTest::addColumn<qint64>("stepMs");
    QTest::newRow("easy") << int(verifydesk::liveness::EASY) << qint64(5000);
    QTest::newRow("normal") << int(verifydesk::liveness::NORMAL) << qint64(4000);
    QTest::newRow("hard") << int(verifydesk::liveness::HARD) << qint64(3000);
    QTest::newRow("hell") << int(verifydesk::liveness::HELL) << qint64(2000);
    QTest::newRow("unspecified is normal")
        << int(verifydesk::liveness::DIFFICULTY_UNSPECIFIED) << qint64(4000);
}

void TestPromptSchedule::stepLengthFollowsDifficulty()
{
    QFETCH(int, difficulty);
    QFETCH(qint64, stepMs);
    const PromptSchedule schedule({verifydesk::liveness::BLINK, verifydesk::liveness::YAW},
                                  static_cast<Difficulty>(difficulty));
    QCOMPARE(schedule.stepMs(), stepMs);
    QCOMPARE(schedule.totalMs(), 2 * stepMs);
}

void TestPromptSchedule::promptsFollowTheSequence_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("motion");
    QTest::addColumn<int>("countdown");
    QTest::addColumn<bool>("finished");
    // BLINK, NOD, MOUTH at hard difficulty: 3 s a step, 9 s in all.
    QTest::newRow("before start") << qint64(-50) << 0 << int(verifydesk::liveness::BLINK) << 3
                                  << false;
    QTest::newRow("start") << qint64(0) << 0 << int(verifydesk::liveness::BLINK) << 3 << false;
    QTest::newRow("1 ms in") << qint64(1) << 0 << int(verifydesk::liveness::BLINK) << 3 << false;
    QTest::newRow("1 s in") << qint64(1000) << 0 << int(verifydesk::liveness::BLINK) << 2 << false;
    QTest::newRow("last ms of blink")
        << qint64(2999) << 0 << int(verifydesk::liveness::BLINK) << 1 << false;
    QTest::newRow("nod starts") << qint64(3000) << 1 << int(verifydesk::liveness::NOD) << 3
                                << false;
    QTest::newRow("nod 2.5 s") << qint64(5500) << 1 << int(verifydesk::liveness::NOD) << 1 << false;
    QTest::newRow("mouth") << qint64(6000) << 2 << int(verifydesk::liveness::MOUTH) << 3 << false;
    QTest::newRow("last ms") << qint64(8999) << 2 << int(verifydesk::liveness::MOUTH) << 1 << false;
    QTest::newRow("end") << qint64(9000) << -1 << int(verifydesk::liveness::MOTION_UNSPECIFIED) << 0
                         << true;
    QTest::newRow("long after") << qint64(60000) << -1
                                << int(verifydesk::liveness::MOTION_UNSPECIFIED) << 0 << true;
}

void TestPromptSchedule::promptsFollowTheSequence()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(int, step);
    QFETCH(int, motion);
    QFETCH(int, countdown);
    QFETCH(bool, finished);
    const PromptSchedule schedule(
        {verifydesk::liveness::BLINK, verifydesk::liveness::NOD, verifydesk::liveness::MOUTH},
        verifydesk::liveness::HARD);
    const PromptSchedule::Prompt prompt = schedule.at(elapsedMs);
    QCOMPARE(prompt.step, step);
    QCOMPARE(int(prompt.motion), motion);
    QCOMPARE(prompt.countdownSeconds, countdown);
    QCOMPARE(prompt.finished, finished);
}

void TestPromptSchedule::emptySequenceIsFinishedAtOnce()
{
    const PromptSchedule schedule({}, verifydesk::liveness::EASY);
    QCOMPARE(schedule.totalMs(), qint64(0));
    QVERIFY(schedule.at(0).finished);
}

QTEST_GUILESS_MAIN(TestPromptSchedule)
#include "tst_promptschedule.moc"
