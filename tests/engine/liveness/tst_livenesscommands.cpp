// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginerun.h"
#include "footage.h"
#include "format/capturereader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgproc.hpp>

namespace lv = verifydesk::liveness;

namespace {

bool writeFile(const QString &path, const std::string &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(data.data(), static_cast<qint64>(data.size())) ==
               static_cast<qint64>(data.size());
}

} // namespace

// Tests `verifydesk-engine make-liveness`, `liveness`, `frames` and `poster` end to end: frames
// on disk to a capture file to a score, and a clear message and exit code for each bad input.
class TestLivenessCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(footage::available(&missing), qPrintable(missing));
        QVERIFY(m_dir.isValid());
        // 30 frames of franck.mp4 around a blink; the first one as PNG.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("genuine")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("still")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("broken")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("noface")));
        const auto frames = footage::clip("franck.mp4", 5.0, 30, 2);
        QCOMPARE(frames.size(), std::size_t(30));
        for (std::size_t i = 0; i < frames.size(); ++i) {
            const QString name = QStringLiteral("frame_%1").arg(i, 3, 10, QLatin1Char('0'));
            if (i == 0) {
                std::vector<uchar> png;
                cv::imencode(".png", footage::decode(frames[0]), png);
                QVERIFY(writeFile(path(QStringLiteral("genuine/") + name + QStringLiteral(".png")),
                                  std::string(png.begin(), png.end())));
            } else {
                QVERIFY(writeFile(path(QStringLiteral("genuine/") + name + QStringLiteral(".jpg")),
                                  frames[i]));
            }
            if (i < 12) {
                QVERIFY(writeFile(path(QStringLiteral("still/") + name + QStringLiteral(".jpg")),
                                  frames[10]));
            }
        }
        QVERIFY(writeFile(path(QStringLiteral("broken/a.jpg")), frames[0]));
        QVERIFY(writeFile(path(QStringLiteral("broken/b.jpg")), "\xff\xd8\xff this is not a JPEG"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(writeFile(path(QStringLiteral("noface/%1.jpg").arg(i)),
                              vd::engine::CaptureEncoder::encodeJpeg(
                                  cv::Mat(120, 160, CV_8UC3, cv::Scalar(200, 40 * i, 90)))));
        }
        QVERIFY(writeFile(path(QStringLiteral("vendor.protobuf")),
                          std::string("\x0a\x10\x8a\x17\x00\xc3\x99\x01 encrypted\x10\x03", 20)));
    }

    void genuineFramesToScore()
    {
        const EngineRun made =
            engine({QStringLiteral("make-liveness"), QStringLiteral("--frames"),
                    path(QStringLiteral("genuine")), QStringLiteral("--motions"),
                    QStringLiteral("BLINK"), QStringLiteral("--fps"), QStringLiteral("12"),
                    QStringLiteral("-o"), path(QStringLiteral("genuine.protobuf"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral("multiImg, 30 frames, motions BLINK")),
                 qPrintable(made.out));

        const EngineRun scored =
            engine({QStringLiteral("liveness"), path(QStringLiteral("genuine.protobuf")),
                    QStringLiteral("--json")});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        const QJsonObject json = QJsonDocument::fromJson(scored.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("output_type")).toString(), QStringLiteral("multiImg"));
        QCOMPARE(json.value(QStringLiteral("frames")).toInt(), 30);
        QCOMPARE(json.value(QStringLiteral("frames_with_face")).toInt(), 30);
        QCOMPARE(json.value(QStringLiteral("motions")).toArray(),
                 QJsonArray{QStringLiteral("BLINK")});
        const double hack = json.value(QStringLiteral("hack_score")).toDouble(-1);
        QVERIFY2(hack >= 0 && hack < 0.2, qPrintable(scored.out));
        bool blinkSeen = false;
        QJsonArray blinkFrames;
        for (const QJsonValue &cue : json.value(QStringLiteral("cues")).toArray()) {
            QVERIFY2(cue[QStringLiteral("frames")].isArray(), qPrintable(scored.out));
            if (cue[QStringLiteral("name")].toString() == QStringLiteral("blink")) {
                blinkSeen = cue[QStringLiteral("attack_evidence")].toDouble() < 0.05;
                blinkFrames = cue[QStringLiteral("frames")].toArray();
            }
        }
        QVERIFY2(blinkSeen, qPrintable(scored.out));
        QVERIFY(
            json.value(QStringLiteral("best_frontal")).toObject().contains(QStringLiteral("box")));

        // Per analysed frame: index, time, face count, box and 68 landmarks inside the frame.
        const QJsonArray detail = json.value(QStringLiteral("frames_detail")).toArray();
        QCOMPARE(detail.size(), 30);
        for (qsizetype i = 0; i < detail.size(); ++i) {
            const QJsonObject frame = detail[i].toObject();
            QCOMPARE(frame.value(QStringLiteral("index")).toInt(), int(i));
            // --fps 12: a frame every 83 or 84 ms.
            QVERIFY(qAbs(frame.value(QStringLiteral("time_ms")).toDouble() -
                         double(i) * 1000 / 12) <= 1);
            QCOMPARE(frame.value(QStringLiteral("face_count")).toInt(), 1);
            const QJsonArray box = frame.value(QStringLiteral("box")).toArray();
            QCOMPARE(box.size(), 4);
            const double width = frame.value(QStringLiteral("width")).toDouble();
            QVERIFY(box[0].toDouble() >= 0 && box[0].toDouble() + box[2].toDouble() <= width + 1);
            const QJsonArray landmarks = frame.value(QStringLiteral("landmarks")).toArray();
            QCOMPARE(landmarks.size(), 68);
            const double x = landmarks[30].toArray()[0].toDouble(); // the nose tip
            QVERIFY(x > box[0].toDouble() && x < box[0].toDouble() + box[2].toDouble());
        }
        // The blink refers to its closed-eye frames: a few, not all, each a valid index.
        QVERIFY2(!blinkFrames.isEmpty() && blinkFrames.size() < 10, qPrintable(scored.out));
        for (const QJsonValue &frame : blinkFrames) {
            QVERIFY(frame.toInt() >= 0 && frame.toInt() < 30);
        }
    }

    void videoFileToScore()
    {
        // A clip file embedded as it is (--video): 30 frames of franck.mp4 around the blink,
        // written as an MP4 here so that the test stays short.
        const QString clipPath = path(QStringLiteral("clip.mp4"));
        {
            const auto frames = footage::clip("franck.mp4", 5.0, 30, 2);
            const cv::Mat first = footage::decode(frames.front());
            cv::VideoWriter writer(clipPath.toStdString(), cv::CAP_FFMPEG,
                                   cv::VideoWriter::fourcc('a', 'v', 'c', '1'), 12, first.size());
            QVERIFY(writer.isOpened());
            for (const std::string &jpeg : frames) {
                writer.write(footage::decode(jpeg));
            }
        }
        const EngineRun made = engine(
            {QStringLiteral("make-liveness"), QStringLiteral("--video"), clipPath,
             QStringLiteral("--motions"), QStringLiteral("BLINK"), QStringLiteral("--fps"),
             QStringLiteral("12"), QStringLiteral("-o"), path(QStringLiteral("video.protobuf"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral("video, video, motions BLINK")),
                 qPrintable(made.out));
        const EngineRun scored =
            engine({QStringLiteral("liveness"), path(QStringLiteral("video.protobuf")),
                    QStringLiteral("--json")});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        const QJsonObject json = QJsonDocument::fromJson(scored.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("output_type")).toString(), QStringLiteral("video"));
        QCOMPARE(json.value(QStringLiteral("frames")).toInt(), 30);
        QCOMPARE(json.value(QStringLiteral("frames_with_face")).toInt(), 30);
        QVERIFY2(json.value(QStringLiteral("hack_score")).toDouble(1) < 0.2,
                 qPrintable(scored.out));
    }

    void framesOfAVideoCapture()
    {
        // The clip's frames as the engine decodes them, for a player without an H.264 decoder:
        // a multiImg capture of JPEG frames, timed by the clip's rate, motions kept.
        QVERIFY(QFile::exists(path(QStringLiteral("video.protobuf"))));
        const QString out = path(QStringLiteral("video-frames.protobuf"));
        const EngineRun run =
            engine({QStringLiteral("frames"), path(QStringLiteral("video.protobuf")),
                    QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("30 frames")), qPrintable(run.out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const vd::format::CaptureReadResult read =
            vd::format::readCapture(file.readAll().toStdString());
        QVERIFY2(read.capture, read.error.c_str());
        QCOMPARE(read.capture->output_type(), lv::MULTI_IMG);
        QCOMPARE(read.capture->frames_size(), 30);
        QCOMPARE(read.capture->motions_size(), 1);
        QCOMPARE(read.capture->motions(0), int(lv::BLINK));
        QCOMPARE(read.capture->frames(0).timestamp_ms(), 0);
        QCOMPARE(read.capture->frames(12).timestamp_ms(), 1000);
        // Not a capture: the reader's reason, exit 2.
        const EngineRun refused =
            engine({QStringLiteral("frames"), path(QStringLiteral("clip.mp4")),
                    QStringLiteral("-o"), path(QStringLiteral("x.protobuf"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.protobuf"))));
    }

    void progressOnStderrJsonUnchanged()
    {
        // The video capture of videoFileToScore: its container says 30 frames, all analysed.
        QVERIFY(QFile::exists(path(QStringLiteral("video.protobuf"))));
        const EngineRun plain =
            engine({QStringLiteral("liveness"), path(QStringLiteral("video.protobuf")),
                    QStringLiteral("--json")});
        const EngineRun told =
            engine({QStringLiteral("liveness"), path(QStringLiteral("video.protobuf")),
                    QStringLiteral("--json"), QStringLiteral("--progress")});
        QVERIFY2(told.exitCode == 0, qPrintable(told.err));
        QCOMPARE(told.out, plain.out);
        QVERIFY(plain.err.isEmpty());
        const QStringList lines = told.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 30);
        QCOMPARE(lines.first(), QStringLiteral("frame 1 of 30"));
        QCOMPARE(lines.at(14), QStringLiteral("frame 15 of 30"));
        QCOMPARE(lines.last(), QStringLiteral("frame 30 of 30"));
    }

    void posterOfAClip()
    {
        // The first frame of clip.mp4 (videoFileToScore), scaled to the longer side asked for.
        const QString clip = path(QStringLiteral("clip.mp4"));
        QVERIFY(QFile::exists(clip));
        cv::VideoCapture reader(clip.toStdString(), cv::CAP_FFMPEG);
        cv::Mat first;
        QVERIFY(reader.read(first));
        const QString out = path(QStringLiteral("poster.jpg"));
        const EngineRun run = engine({QStringLiteral("poster"), clip, QStringLiteral("-o"), out,
                                      QStringLiteral("--max-side"), QStringLiteral("320")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const cv::Mat poster = cv::imread(out.toStdString());
        QVERIFY(!poster.empty());
        QCOMPARE(std::max(poster.cols, poster.rows), 320);
        QVERIFY(std::abs(double(poster.cols) / poster.rows - double(first.cols) / first.rows) <
                0.01);
        QVERIFY2(run.out.contains(QStringLiteral("%1x%2").arg(poster.cols).arg(poster.rows)),
                 qPrintable(run.out));
        // The frame itself, not any picture: close to the clip's own first frame.
        cv::Mat expected;
        cv::resize(first, expected, poster.size(), 0, 0, cv::INTER_AREA);
        QVERIFY(cv::norm(expected, poster, cv::NORM_L1) / double(poster.total() * 3) < 8);

        // Not a clip, and no output asked for: the reason and the exit code, no file.
        const QString refusedOut = path(QStringLiteral("refused.jpg"));
        const EngineRun refused =
            engine({QStringLiteral("poster"), path(QStringLiteral("vendor.protobuf")),
                    QStringLiteral("-o"), refusedOut});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot be opened")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(refusedOut));
        QCOMPARE(engine({QStringLiteral("poster"), clip}).exitCode, 1);
    }

    void stillFramesAreAnAttack()
    {
        const EngineRun made = engine({QStringLiteral("make-liveness"), QStringLiteral("--frames"),
                                       path(QStringLiteral("still")), QStringLiteral("--motions"),
                                       QStringLiteral("BLINK,YAW"), QStringLiteral("-o"),
                                       path(QStringLiteral("still.protobuf"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const EngineRun scored =
            engine({QStringLiteral("liveness"), path(QStringLiteral("still.protobuf"))});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        const QRegularExpressionMatch verdict =
            QRegularExpression(QStringLiteral("hack_score ([0-9.]+): attack ")).match(scored.out);
        QVERIFY2(verdict.hasMatch(), qPrintable(scored.out));
        QVERIFY2(verdict.captured(1).toDouble() > 0.98, qPrintable(scored.out));
        QVERIFY(scored.out.contains(QStringLiteral("frame_change")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString genuine = path(QStringLiteral("genuine"));
        const QString out = path(QStringLiteral("out.protobuf"));
        const QString mk = QStringLiteral("make-liveness");
        const QString frames = QStringLiteral("--frames");
        const QString o = QStringLiteral("-o");
        QTest::newRow("no output") << QStringList{mk, frames, genuine} << 1
                                   << QStringLiteral("no output file; give -o OUT.protobuf");
        QTest::newRow("no source")
            << QStringList{mk, o, out} << 1
            << QStringLiteral("exactly one of --frames DIR and --video FILE");
        QTest::newRow("missing folder")
            << QStringList{mk, frames, path(QStringLiteral("nowhere")), o, out} << 2
            << QStringLiteral("nowhere: no such folder");
        QTest::newRow("empty folder")
            << QStringList{mk, frames, path(QStringLiteral("empty")), o, out} << 2
            << QStringLiteral("no .jpg, .jpeg or .png frames");
        QTest::newRow("damaged frame")
            << QStringList{mk, frames, path(QStringLiteral("broken")), o, out} << 2
            << QStringLiteral("b.jpg cannot be decoded");
        QTest::newRow("unknown motion") << QStringList{mk,
                                                       frames,
                                                       genuine,
                                                       QStringLiteral("--motions"),
                                                       QStringLiteral("BLINK,WINK"),
                                                       o,
                                                       out}
                                        << 1 << QStringLiteral("unknown motion \"WINK\"");
        QTest::newRow("unknown output type")
            << QStringList{mk,
                           frames,
                           genuine,
                           QStringLiteral("--output-type"),
                           QStringLiteral("movie"),
                           o,
                           out}
            << 1 << QStringLiteral("unknown output type \"movie\"");
        QTest::newRow("bad fps")
            << QStringList{mk, frames, genuine, QStringLiteral("--fps"), QStringLiteral("fast"),
                           o,  out}
            << 1 << QStringLiteral("--fps needs a number");
        QTest::newRow("singleImg from many frames")
            << QStringList{mk,
                           frames,
                           genuine,
                           QStringLiteral("--output-type"),
                           QStringLiteral("singleImg"),
                           o,
                           out}
            << 2 << QStringLiteral("exactly one frame, got 30");
        QTest::newRow("vendor file")
            << QStringList{QStringLiteral("liveness"), path(QStringLiteral("vendor.protobuf"))} << 2
            << QStringLiteral("not a VerifyDesk open liveness capture");
        QTest::newRow("missing capture")
            << QStringList{QStringLiteral("liveness"), path(QStringLiteral("none.protobuf"))} << 2
            << QStringLiteral("none.protobuf");
        QTest::newRow("liveness without file") << QStringList{QStringLiteral("liveness")} << 1
                                               << QStringLiteral("wrong number of arguments");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const EngineRun run = engine(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.protobuf"))));
    }

    void captureWithoutFaces()
    {
        const EngineRun made = engine({QStringLiteral("make-liveness"), QStringLiteral("--frames"),
                                       path(QStringLiteral("noface")), QStringLiteral("-o"),
                                       path(QStringLiteral("noface.protobuf"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const EngineRun scored =
            engine({QStringLiteral("liveness"), path(QStringLiteral("noface.protobuf"))});
        QCOMPARE(scored.exitCode, 3);
        QVERIFY2(scored.err.contains(QStringLiteral("no face found in any of the 3 frames")),
                 qPrintable(scored.err));
    }
};

QTEST_GUILESS_MAIN(TestLivenessCommands)
#include "tst_livenesscommands.moc"
