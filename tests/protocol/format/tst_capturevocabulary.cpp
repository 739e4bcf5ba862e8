// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturevocabulary.h"

#include <QTest>

namespace lv = verifydesk::liveness;
namespace vocabulary = vd::format::vocabulary;

// Tests the SDK's names of output types, motions and difficulties, both ways.
class TestCaptureVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void parsesNames()
    {
        QCOMPARE(vocabulary::parseOutputType("multiImg"), std::optional(lv::MULTI_IMG));
        QCOMPARE(vocabulary::parseOutputType("FULLVIDEO"), std::optional(lv::FULL_VIDEO));
        QCOMPARE(vocabulary::parseOutputType("SINGLE_IMG"), std::optional(lv::SINGLE_IMG));
        QVERIFY(!vocabulary::parseOutputType("movie"));
        QCOMPARE(vocabulary::parseDifficulty("hell"), std::optional(lv::HELL));
        QCOMPARE(vocabulary::parseDifficulty("Normal"), std::optional(lv::NORMAL));
        QVERIFY(!vocabulary::parseDifficulty("DIFFICULTY_UNSPECIFIED"));
        QCOMPARE(vocabulary::parseMotion("yaw"), std::optional(lv::YAW));
        QVERIFY(!vocabulary::parseMotion("MOTION_UNSPECIFIED"));
        QVERIFY(!vocabulary::parseMotion(""));
    }

    void parsesMotionLists()
    {
        std::string bad;
        const auto motions = vocabulary::parseMotionList("BLINK, yaw,NOD", &bad);
        QVERIFY(motions);
        QCOMPARE(motions->size(), std::size_t(3));
        QCOMPARE(motions->at(1), lv::YAW);
        QVERIFY(!vocabulary::parseMotionList("BLINK,WINK", &bad));
        QCOMPARE(bad, std::string("WINK"));
        QVERIFY(vocabulary::parseMotionList("", &bad)->empty());
    }

    void namesValues()
    {
        QCOMPARE(vocabulary::outputTypeName(lv::SINGLE_IMG), std::string("singleImg"));
        QCOMPARE(vocabulary::outputTypeName(lv::FULL_VIDEO), std::string("fullvideo"));
        QCOMPARE(vocabulary::motionName(lv::MOUTH), std::string("MOUTH"));
        QCOMPARE(vocabulary::difficultyName(lv::EASY), std::string("easy"));
        QCOMPARE(vocabulary::difficultyName(lv::DIFFICULTY_UNSPECIFIED),
                 std::string("unspecified(0)"));
        QCOMPARE(vocabulary::motionName(static_cast<lv::Motion>(9)), std::string("unspecified(9)"));
        QCOMPARE(vocabulary::outputTypeNames(),
                 std::string("singleImg, multiImg, video, fullvideo"));
        QCOMPARE(vocabulary::motionNames(), std::string("BLINK, MOUTH, NOD, YAW"));
        QCOMPARE(vocabulary::difficultyNames(), std::string("easy, normal, hard, hell"));
    }

    void everyNameParsesBack()
    {
        for (int v = lv::OutputType_MIN + 1; v <= lv::OutputType_MAX; ++v) {
            const auto type = static_cast<lv::OutputType>(v);
            QCOMPARE(vocabulary::parseOutputType(vocabulary::outputTypeName(type)),
                     std::optional(type));
        }
        for (int v = lv::Motion_MIN + 1; v <= lv::Motion_MAX; ++v) {
            const auto motion = static_cast<lv::Motion>(v);
            QCOMPARE(vocabulary::parseMotion(vocabulary::motionName(motion)),
                     std::optional(motion));
        }
        for (int v = lv::Difficulty_MIN + 1; v <= lv::Difficulty_MAX; ++v) {
            const auto level = static_cast<lv::Difficulty>(v);
            QCOMPARE(vocabulary::parseDifficulty(vocabulary::difficultyName(level)),
                     std::optional(level));
        }
    }
};

QTEST_GUILESS_MAIN(TestCaptureVocabulary)
#include "tst_capturevocabulary.moc"
