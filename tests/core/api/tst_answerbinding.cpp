// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/answerbinding.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(InputSource)
Q_DECLARE_METATYPE(AnswerBinding::Change)

// An answer belongs to the inputs it was decided with: every kind of change is told apart.
class TestAnswerBinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_selfie = write(u"selfie.jpg"_s, "jpeg bytes");
        m_other = write(u"other.jpg"_s, "other jpeg bytes");
        m_liveness = write(u"capture.protobuf"_s, "\x08\x01");
    }

    void changes_data()
    {
        QTest::addColumn<InputSource>("selfie");
        QTest::addColumn<InputSource>("liveness");
        QTest::addColumn<bool>("autoRotate");
        QTest::addColumn<AnswerBinding::Change>("change");

        using C = AnswerBinding::Change;
        const InputSource selfie = InputSource::file(m_selfie);
        const InputSource liveness = InputSource::file(m_liveness);
        QTest::newRow("same inputs") << selfie << liveness << false << C::None;
        QTest::newRow("another selfie file")
            << InputSource::file(m_other) << liveness << false << C::Selfie;
        QTest::newRow("selfie removed") << InputSource() << liveness << false << C::Selfie;
        QTest::newRow("selfie as a URL")
            << InputSource::url(u"https://e.com/a.jpg"_s) << liveness << false << C::SelfieMode;
        QTest::newRow("another liveness file")
            << selfie << InputSource::file(m_other) << false << C::Liveness;
        QTest::newRow("liveness as an id")
            << selfie << InputSource::id(u"live-7"_s) << false << C::LivenessMode;
        QTest::newRow("auto-rotate") << selfie << liveness << true << C::AutoRotate;
        QTest::newRow("selfie first when both changed")
            << InputSource::file(m_other) << InputSource::file(m_other) << true << C::Selfie;
    }

    void changes()
    {
        QFETCH(InputSource, selfie);
        QFETCH(InputSource, liveness);
        QFETCH(bool, autoRotate);
        QFETCH(AnswerBinding::Change, change);
        const AnswerBinding answered =
            AnswerBinding::of(InputSource::file(m_selfie), InputSource::file(m_liveness), false);
        QCOMPARE(answered.changeTo(AnswerBinding::of(selfie, liveness, autoRotate)), change);
    }

    void aFileRewrittenUnderTheSameNameIsAnotherInput()
    {
        const QString path = write(u"rewritten.jpg"_s, "first customer");
        const AnswerBinding answered =
            AnswerBinding::of(InputSource::file(path), InputSource::file(m_liveness), false);
        write(u"rewritten.jpg"_s, "the next customer, longer");
        QCOMPARE(answered.changeTo(AnswerBinding::of(InputSource::file(path),
                                                     InputSource::file(m_liveness), false)),
                 AnswerBinding::Change::Selfie);
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_selfie;
    QString m_other;
    QString m_liveness;
};

QTEST_GUILESS_MAIN(TestAnswerBinding)
#include "tst_answerbinding.moc"
