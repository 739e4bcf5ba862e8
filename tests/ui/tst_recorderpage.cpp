// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameraframes.h"
#include "format/capturereader.h"
#include "liveness/capturefile.h"
#include "liveness/enginecheck.h"
#include "livenesspanel.h"
#include "mainwindow.h"
#include "services/languageloader.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "workbench/buildcapturedialog.h"
#include "workbench/captureoptionsform.h"
#include "workbench/filmstrip.h"
#include "workbench/frameplayer.h"
#include "workbench/inspectorpage.h"
#include "workbench/modelinks.h"
#include "workbench/modeswitch.h"
#include "workbench/recorderpage.h"
#include "workbench/workbenchwindow.h"

#include <QApplication>
#include <QCameraDevice>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

QString screenshotLanguage()
{
    const QString language = qEnvironmentVariable("VD_SCREENSHOT_LANG");
    return language.isEmpty() ? u"en"_s : language;
}

QImage plainImage(int shade)
{
    QImage image(320, 240, QImage::Format_RGBX8888);
    image.fill(QColor(shade, 140, 220 - shade));
    return image;
}

// The frames images are one of; a shaded plain picture without the demo photos.
QImage frameImage(const QList<QImage> &faces, int i)
{
    return faces.isEmpty() ? plainImage(40 + i % 120) : faces.at(i % faces.size());
}

void setUp(RecorderPage *page, const QString &motions, lv::OutputType type, double fps)
{
    CaptureOptionsForm *form = page->optionsForm();
    form->motionsEdit()->setText(motions);
    form->setOutputType(type);
    form->difficultyBox()->setCurrentIndex(form->difficultyBox()->findData(int(lv::HELL)));
    form->fpsBox()->setValue(fps);
}

} // namespace

// The Record tab driven by frames pushed into its video sink, as a camera would push them.
class TestRecorderPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void promptsFollowTheMotionsAndTheFileReadsBack();
    void cancelKeepsNothing();
    void videoTypeIsEncodedByTheEngine();
    void noCameraSaysWhyAndBuildsFromFrames();
    void sendToVerificationReachesTheLivenessPanel();

private:
    // Records "motions" at hell (2 s a motion) from 30 frames a second until the schedule ends.
    void record(RecorderPage *page, int seconds, QStringList *prompts = nullptr);

    QTemporaryDir m_dir;
    WorkbenchWindow *m_workbench = nullptr;
    QList<QImage> m_faces;
};

void TestRecorderPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_faces = CameraFrames::demoFaces(Qt::IgnoreAspectRatio);
    // The screenshots of the README in another language (VD_SCREENSHOT_LANG=zh_CN): a run for
    // the pictures only, as the checks read the English texts.
    if (screenshotLanguage() != u"en"_s)
        QVERIFY(LanguageLoader::install(qApp, screenshotLanguage(),
                                        QStringLiteral(VD_BINARY_DIR) + u"/translations"_s));
    m_workbench = new WorkbenchWindow;
    m_workbench->resize(1024, 768);
    m_workbench->show();
    m_workbench->tabs()->setCurrentWidget(m_workbench->recorder());
    QVERIFY(QTest::qWaitForWindowExposed(m_workbench));
}

void TestRecorderPage::cleanupTestCase()
{
    delete m_workbench;
}

void TestRecorderPage::record(RecorderPage *page, int seconds, QStringList *prompts)
{
    page->startRecording();
    QVERIFY2(page->isRecording(), qPrintable(page->statusLabel()->text()));
    for (int i = 0; i <= seconds * 30; ++i) {
        page->videoSink()->setVideoFrame(
            CameraFrames::fromImage(frameImage(m_faces, i), qRound64(i * 1000000.0 / 30.0)));
        const QString shown =
            page->promptLabel()->text() + u" | "_s + page->countdownLabel()->text();
        // The prompt screen mid-recording, at the two sizes of the README.
        if (prompts && (i == 45 || i == 75) && qEnvironmentVariableIsSet("VD_SCREENSHOT_DIR")) {
            const QSize size = i == 45 ? QSize(1024, 768) : QSize(1920, 1080);
            m_workbench->resize(size);
            QCoreApplication::processEvents();
            page->videoSink()->setVideoFrame(
                CameraFrames::fromImage(frameImage(m_faces, i), qRound64(i * 1000000.0 / 30.0)));
            m_workbench->grab().save(qEnvironmentVariable("VD_SCREENSHOT_DIR") +
                                     u"/qa-record-prompt-%1-%2x%3.png"_s.arg(screenshotLanguage())
                                         .arg(size.width())
                                         .arg(size.height()));
            m_workbench->resize(1024, 768);
            QCoreApplication::processEvents();
        }
        if (prompts && page->isRecording() && (prompts->isEmpty() || prompts->last() != shown))
            prompts->append(shown);
    }
}

void TestRecorderPage::promptsFollowTheMotionsAndTheFileReadsBack()
{
    RecorderPage *page = m_workbench->recorder();
    m_workbench->tabs()->setCurrentWidget(page);
    setUp(page, u"BLINK,YAW"_s, lv::MULTI_IMG, 10);
    QStringList prompts;
    record(page, 4, &prompts);
    // Hell gives each motion 2 s: Blink 2, 1, then Turn your head 2, 1; then the recording ends.
    QCOMPARE(prompts, QStringList({u"Blink | 2 s"_s, u"Blink | 1 s"_s, u"Turn your head | 2 s"_s,
                                   u"Turn your head | 1 s"_s}));
    QVERIFY(!page->isRecording());
    QVERIFY(page->recorded().has_value());
    QVERIFY(page->saveButton()->isEnabled());
    QVERIFY2(page->statusLabel()->text().contains(u"40 frames"_s),
             qPrintable(page->statusLabel()->text()));

    const QString path = m_dir.filePath(u"recorded.protobuf"_s);
    QSignalSpy saved(page, &RecorderPage::captureSaved);
    page->saveTo(path);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
    // Saved, then shown in the Inspect tab with its 40 frames.
    QCOMPARE(m_workbench->tabs()->currentWidget(), m_workbench->inspector());
    QCOMPARE(m_workbench->inspector()->path(), path);
    QCOMPARE(m_workbench->inspector()->filmStrip()->model()->rowCount(), 40);

    const CaptureFile read = CaptureFile::read(path);
    QVERIFY2(read.capture, qPrintable(read.error));
    const lv::LivenessCapture &capture = *read.capture;
    QCOMPARE(capture.output_type(), lv::MULTI_IMG);
    QCOMPARE(capture.difficulty(), lv::HELL);
    QCOMPARE(capture.motions_size(), 2);
    QCOMPARE(capture.frames_size(), 40);
    for (int i = 0; i < capture.frames_size(); ++i) {
        const qint64 ts = capture.frames(i).timestamp_ms();
        QVERIFY2(qAbs(ts - i * 100) <= 34, qPrintable(u"frame %1 at %2 ms"_s.arg(i).arg(ts)));
        QCOMPARE(capture.frames(i).motion(), ts < 2000 ? lv::BLINK : lv::YAW);
    }

    // The reference engine's liveness check reads the same 40 frames.
    EngineCheck check;
    QSignalSpy done(&check, &EngineCheck::finished);
    check.start(path);
    QVERIFY(done.wait(EngineCheck::TimeoutMs + 5000));
    const auto result = done.at(0).at(0).value<EngineCheckResult>();
    QVERIFY2(result.status == EngineCheckResult::Status::Ok, qPrintable(result.message));
    QCOMPARE(result.frames, 40);
    QCOMPARE(result.frameDetails.size(), 40);
    QCOMPARE(result.frameDetails.at(39).timeMs, capture.frames(39).timestamp_ms());
}

void TestRecorderPage::cancelKeepsNothing()
{
    RecorderPage *page = m_workbench->recorder();
    m_workbench->tabs()->setCurrentWidget(page);
    setUp(page, u"NOD"_s, lv::MULTI_IMG, 10);
    page->startRecording();
    for (int i = 0; i < 10; ++i)
        page->videoSink()->setVideoFrame(CameraFrames::fromImage(plainImage(i * 10), i * 33333));
    QCOMPARE(page->promptLabel()->text(), u"Nod"_s);
    // Esc, the keyboard's Cancel: shortcuts reach only the active window.
    m_workbench->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workbench));
    QVERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!page->isRecording());
    QVERIFY(!page->recorded().has_value());
    QVERIFY(!page->saveButton()->isEnabled());
    QVERIFY(page->promptLabel()->text().isEmpty());
    QCOMPARE(page->statusLabel()->text(), u"Recording cancelled; nothing was kept."_s);
    // A motion list that does not read says which name is wrong and records nothing.
    page->optionsForm()->motionsEdit()->setText(u"BLINK,WINK"_s);
    page->startRecording();
    QVERIFY(!page->isRecording());
    QVERIFY2(page->statusLabel()->text().contains(u"“WINK” is not a motion"_s),
             qPrintable(page->statusLabel()->text()));
}

void TestRecorderPage::videoTypeIsEncodedByTheEngine()
{
    RecorderPage *page = m_workbench->recorder();
    m_workbench->tabs()->setCurrentWidget(page);
    setUp(page, u"MOUTH"_s, lv::VIDEO, 10);
    record(page, 2);
    QVERIFY(page->recorded().has_value());
    const QString path = m_dir.filePath(u"recorded-video.protobuf"_s);
    QSignalSpy saved(page, &RecorderPage::captureSaved);
    page->saveTo(path);
    QVERIFY2(page->statusLabel()->text().contains(u"encodes the frames as a video"_s),
             qPrintable(page->statusLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 60000);
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
    const CaptureFile read = CaptureFile::read(path);
    QVERIFY2(read.capture, qPrintable(read.error));
    QCOMPARE(read.capture->output_type(), lv::VIDEO);
    QCOMPARE(read.capture->video().codec(), std::string("h264"));
    QCOMPARE(read.capture->video().fps(), 10.0);
    QCOMPARE(read.capture->motions_size(), 1);
    QCOMPARE(read.capture->motions(0), int(lv::MOUTH));
    QVERIFY(read.capture->video().data().size() > 1000);

    // Shown in the Inspect tab, where the player plays the clip: by Qt Multimedia, or, where Qt
    // has no decoder for it, as the frames the engine decodes.
    QCOMPARE(m_workbench->inspector()->path(), path);
    FramePlayer *player = m_workbench->inspector()->player();
    QTRY_VERIFY_WITH_TIMEOUT((player->videoMode() == FramePlayer::VideoMode::Multimedia &&
                              !player->videoImage().isNull()) ||
                                 player->videoMode() == FramePlayer::VideoMode::EngineFrames ||
                                 player->videoMode() == FramePlayer::VideoMode::Failed,
                             60000);
    QVERIFY2(player->videoMode() != FramePlayer::VideoMode::Failed,
             qPrintable(player->findChild<QLabel *>(u"framePlayerView"_s)->text()));
    if (player->videoMode() == FramePlayer::VideoMode::Multimedia) {
        qInfo("the clip is played by Qt Multimedia");
        player->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(player->positionLabel()->text().startsWith(u"Video · "_s) &&
                                     !player->positionLabel()->text().startsWith(u"Video · 0 "_s),
                                 10000);
    } else {
        qInfo("Qt Multimedia cannot play the clip here; the engine's frames are played");
        // 2 s at 10 frames a second, timed by the clip's frame rate.
        QCOMPARE(player->frameCount(), 20);
        QCOMPARE(player->currentTimeMs(), qint64(0));
        player->step(1);
        QCOMPARE(player->currentTimeMs(), qint64(100));
        QVERIFY(player->positionLabel()->text().contains(u"as the engine decodes them"_s));
        QVERIFY(!player->findChild<QLabel *>(u"framePlayerView"_s)->pixmap().isNull());
    }
}

void TestRecorderPage::noCameraSaysWhyAndBuildsFromFrames()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("this machine has a camera; the no-camera state cannot be shown");
    RecorderPage *page = m_workbench->recorder();
    m_workbench->tabs()->setCurrentWidget(page);
    QVERIFY(!page->hasCamera());
    QVERIFY(page->cameraMessage()->isVisible());
    QVERIFY2(page->cameraMessage()->text().contains(u"no camera was found"_s),
             qPrintable(page->cameraMessage()->text()));
    QVERIFY(!page->startButton()->isEnabled());

    auto *build = page->findChildren<QPushButton *>().at(0);
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text().startsWith(u"B&uild"_s))
            build = button;
    }
    QVERIFY(build->isEnabled());
    QTest::mouseClick(build, Qt::LeftButton);
    BuildCaptureDialog *dialog = page->buildDialog();
    QVERIFY(dialog->isVisible());
    if (qEnvironmentVariableIsSet("VD_SCREENSHOT_DIR"))
        m_workbench->grab().save(qEnvironmentVariable("VD_SCREENSHOT_DIR") +
                                 u"/qa-record-nocamera-%1.png"_s.arg(screenshotLanguage()));

    // Nothing chosen: the dialog says what is missing and runs nothing.
    dialog->build();
    QVERIFY(!dialog->isBuilding());
    QVERIFY(dialog->messageLabel()->text().contains(u"Add the frames"_s));

    // Three committed face crops, PNG: the engine re-encodes them as JPEG frames.
    QStringList images;
    for (int i = 1; i <= 3; ++i)
        images << QStringLiteral(VD_SOURCE_DIR) +
                      u"/tests/data/engine/crops/sample%1-face1.png"_s.arg(i);
    dialog->setImages(images);
    dialog->optionsForm()->motionsEdit()->setText(u"BLINK"_s);
    dialog->optionsForm()->fpsBox()->setValue(5);
    const QString out = m_dir.filePath(u"built.protobuf"_s);
    dialog->setDestination(out);
    if (qEnvironmentVariableIsSet("VD_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("VD_SCREENSHOT_DIR") +
                            u"/qa-record-build-%1.png"_s.arg(screenshotLanguage()));
    QSignalSpy saved(page, &RecorderPage::captureSaved);
    dialog->build();
    QVERIFY(dialog->isBuilding());
    QVERIFY(dialog->progressBar()->isVisible());
    QVERIFY2(saved.wait(60000), qPrintable(dialog->messageLabel()->text()));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(saved.at(0).at(0).toString(), out);
    QCOMPARE(QFileInfo(out).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(m_workbench->tabs()->currentWidget(), m_workbench->inspector());
    QCOMPARE(m_workbench->inspector()->path(), out);
    QCOMPARE(m_workbench->inspector()->filmStrip()->model()->rowCount(), 3);
    const CaptureFile read = CaptureFile::read(out);
    QVERIFY2(read.capture, qPrintable(read.error));
    QCOMPARE(read.capture->frames_size(), 3);
    QCOMPARE(read.capture->frames(2).timestamp_ms(), 400);
    QCOMPARE(read.capture->motions(0), int(lv::BLINK));
    QCOMPARE(page->savedPath(), out);
    QVERIFY(page->sendButton()->isEnabled());

    // A file that is not an image: the engine's reason, and the dialog stays open.
    page->openBuildDialog();
    const QString text = m_dir.filePath(u"notes.png"_s);
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a picture");
    notes.close();
    dialog->setImages({text});
    dialog->setDestination(m_dir.filePath(u"never.protobuf"_s));
    dialog->build();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBuilding(), 60000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->messageLabel()->text().contains(u"is not a JPEG or PNG image"_s),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(!QFile::exists(m_dir.filePath(u"never.protobuf"_s)));
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestRecorderPage::sendToVerificationReachesTheLivenessPanel()
{
    AppSettings settings(m_dir.filePath(u"settings.ini"_s));
    CredentialStore credentials;
    MainWindow window(&settings, &credentials, nullptr);
    WorkbenchWindow workbench;
    ModeSwitch modes(&window, &workbench);
    linkModes(&window, &workbench, &modes);
    modes.showWorkbench();
    QVERIFY(QTest::qWaitForWindowExposed(&workbench));
    RecorderPage *page = workbench.recorder();
    workbench.tabs()->setCurrentWidget(page);
    QVERIFY(!page->sendButton()->isEnabled());
    setUp(page, u"BLINK"_s, lv::MULTI_IMG, 5);
    record(page, 2);
    const QString path = m_dir.filePath(u"to-verify.protobuf"_s);
    page->saveTo(path);
    workbench.tabs()->setCurrentWidget(page);
    QVERIFY(page->sendButton()->isEnabled());
    QTest::mouseClick(page->sendButton(), Qt::LeftButton);
    QVERIFY(window.isVisible());
    QVERIFY(!workbench.isVisible());
    QCOMPARE(window.livenessPanel()->report().path, path);
    QVERIFY(window.livenessPanel()->report().openFormat);
    QCOMPARE(window.livenessPanel()->report().frameCount, 10);
}

QTEST_MAIN(TestRecorderPage)
#include "tst_recorderpage.moc"
