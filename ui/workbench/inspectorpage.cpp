// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorpage.h"

#include "dropzone.h"
#include "filmstrip.h"
#include "format/capturevocabulary.h"
#include "frameplayer.h"
#include "liveness/capturefile.h"
#include "liveness/videoposter.h"
#include "liveness/wiretree.h"
#include "messagebox.h"
#include "precheckpanel.h"
#include "statepalette.h"
#include "wiretreemodel.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

constexpr qint64 HexPreviewBytes = 4096;
constexpr qint64 MaxThumbnailSource = 32 * 1024 * 1024;
constexpr int ThumbnailSide = 240;

// Offset (decimal, as everywhere on the page), 16 bytes in hex, the same as ASCII with dots for
// the rest: the classic dump layout.
QString hexDump(const QByteArray &bytes, qint64 firstOffset)
{
    QString dump;
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        const QByteArray chunk = bytes.mid(line, 16);
        QString hex = QString::fromLatin1(chunk.toHex(' '));
        hex = hex.leftJustified(16 * 3 - 1, u' ');
        QString ascii;
        for (const char c : chunk)
            ascii.append(c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : u'.');
        dump += u"%1  %2  %3\n"_s.arg(firstOffset + line, 10).arg(hex, ascii);
    }
    return dump;
}

QString joinPath(const QList<int> &path)
{
    QStringList parts;
    for (int field : path)
        parts.append(QString::number(field));
    return parts.join(u" › "_s);
}

} // namespace

InspectorPage::InspectorPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new WireTreeModel(this))
    , m_dropZone(new DropZone(this))
    , m_openButton(new QPushButton(QIcon(u":/icons/open.svg"_s), QString(), this))
    , m_fileLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_treeView(new QTreeView(this))
    , m_detailLabel(new QLabel(this))
    , m_thumbnail(new QLabel(this))
    , m_hexView(new QPlainTextEdit(this))
    , m_exportButton(new QPushButton(this))
    , m_captureBox(new QGroupBox(this))
    , m_captureLabel(new QLabel(m_captureBox))
    , m_filmStrip(new FilmStrip(m_captureBox))
    , m_preCheck(new PreCheckPanel(m_captureBox))
    , m_player(new FramePlayer(m_captureBox))
    , m_poster(new VideoPoster(this))
{
    setObjectName(u"inspectorPage"_s);
    m_dropZone->setObjectName(u"inspectorDropZone"_s);
    m_dropZone->setMinimumSize(200, 44);
    m_dropZone->setMaximumHeight(60);
    m_openButton->setObjectName(u"inspectorOpenButton"_s);
    m_fileLabel->setObjectName(u"inspectorFileLabel"_s);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    // A SHA-256 is one long word: it may be cut at the window's edge, never widen the window.
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_errorLabel->setObjectName(u"inspectorErrorLabel"_s);
    m_errorLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Error));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    m_treeView->setObjectName(u"wireTreeView"_s);
    m_treeView->setModel(m_model);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->header()->setStretchLastSection(true);
    for (int column : {WireTreeModel::FieldColumn, WireTreeModel::WireTypeColumn,
                       WireTreeModel::OffsetColumn, WireTreeModel::LengthColumn})
        m_treeView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_detailLabel->setObjectName(u"inspectorDetail"_s);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_thumbnail->setObjectName(u"inspectorThumbnail"_s);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->hide();
    m_hexView->setObjectName(u"inspectorHexView"_s);
    m_hexView->setReadOnly(true);
    m_hexView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hexView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_exportButton->setObjectName(u"inspectorExportButton"_s);
    m_exportButton->setEnabled(false);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(m_thumbnail);
    detailLayout->addWidget(m_hexView, 1);
    detailLayout->addWidget(m_exportButton, 0, Qt::AlignLeft);

    auto *treeAndDetail = new QSplitter(Qt::Horizontal, this);
    treeAndDetail->addWidget(m_treeView);
    treeAndDetail->addWidget(detail);
    treeAndDetail->setStretchFactor(0, 3);
    treeAndDetail->setStretchFactor(1, 2);

    m_captureBox->setObjectName(u"captureBox"_s);
    m_captureLabel->setWordWrap(true);
    m_captureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *captureLayout = new QVBoxLayout(m_captureBox);
    captureLayout->addWidget(m_captureLabel);
    captureLayout->addWidget(m_filmStrip);
    auto *below = new QHBoxLayout;
    below->addWidget(m_player, 2);
    below->addWidget(m_preCheck, 3);
    captureLayout->addLayout(below, 1);
    connect(m_filmStrip, &QAbstractItemView::clicked, m_player,
            [this](const QModelIndex &index) { m_player->showFrame(index.row()); });
    connect(m_player, &FramePlayer::frameShown, m_filmStrip, [this](int row) {
        const QModelIndex index = m_filmStrip->model()->index(row, 0);
        m_filmStrip->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_filmStrip->scrollTo(index);
    });
    connect(m_preCheck, &PreCheckPanel::done, this, [this] {
        m_filmStrip->setFindings(m_preCheck->result());
        m_player->setFindings(m_preCheck->result());
    });
    connect(m_preCheck, &PreCheckPanel::cueFramesSelected, m_filmStrip,
            &FilmStrip::highlightFrames);
    m_captureBox->hide();

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(treeAndDetail);
    vertical->addWidget(m_captureBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_dropZone, 1);
    top->addWidget(m_openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(vertical, 1);

    connect(m_openButton, &QPushButton::clicked, this, &InspectorPage::chooseFile);
    connect(m_dropZone, &DropZone::fileDropped, this, &InspectorPage::openFile);
    connect(m_exportButton, &QPushButton::clicked, this, &InspectorPage::chooseExport);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InspectorPage::showSelected);
    connect(m_poster, &VideoPoster::finished, this,
            [this](const QImage &poster, const QString &problem) {
                m_posterPending = false;
                m_posterImage = poster;
                m_posterProblem = problem;
                showSelected();
            });
    retranslate();
}

InspectorPage::~InspectorPage()
{
    // The model points into the tree: it lets go first.
    m_model->setTree(nullptr);
}

QString InspectorPage::path() const
{
    return m_tree ? m_tree->path() : QString();
}

void InspectorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InspectorPage::retranslate()
{
    m_dropZone->setText(tr("Drop any liveness or protobuf file here (vendor files included)"));
    m_openButton->setText(tr("&Open…"));
    m_exportButton->setText(tr("&Export bytes…"));
    m_captureBox->setTitle(tr("Decoded capture (open format)"));
    if (m_tree) {
        showFileInfo();
        showCapture();
        showSelected();
    } else {
        m_fileLabel->setText(tr("No file open."));
    }
}

bool InspectorPage::openFile(const QString &path)
{
    auto tree = std::make_unique<WireTree>();
    const WireError error = tree->openFile(path);
    if (error.code == WireError::Code::CannotOpen || error.code == WireError::Code::TooLarge) {
        MessageBox::warning(this, tr("Inspect"), error.message);
        return false;
    }
    // Node ids start again in the new tree: the clip's frame asked for belongs to the old one.
    m_poster->cancel();
    m_posterNode = -1;
    m_posterPending = false;
    m_model->setTree(tree.get());
    m_tree = std::move(tree);
    showFileInfo();
    showCapture();
    // Keyboard users start in the tree, on the first field or on the one the error cuts.
    if (m_tree->error().isError())
        selectError();
    else if (m_model->rowCount() > 0)
        m_treeView->setCurrentIndex(m_model->index(0, 0));
    showSelected();
    m_treeView->setFocus();
    return true;
}

void InspectorPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Inspect a file"), QString(),
                                                      tr("Liveness data (*.protobuf *.bin);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void InspectorPage::showFileInfo()
{
    m_fileLabel->setText(tr("%1 — %2 (%3 bytes), SHA-256 %4")
                             .arg(QFileInfo(m_tree->path()).fileName(),
                                  QLocale().formattedDataSize(m_tree->size()),
                                  QLocale().toString(m_tree->size()),
                                  QString::fromLatin1(m_tree->fileSha256().toHex())));
    m_fileLabel->setToolTip(m_tree->path());
    const WireError &error = m_tree->error();
    m_errorLabel->setVisible(error.isError());
    if (!error.isError())
        return;
    const QString where = error.path.isEmpty()
                              ? tr("Wire-format error at byte %1:").arg(error.offset)
                              : tr("Wire-format error at byte %1, inside field %2:")
                                    .arg(error.offset)
                                    .arg(joinPath(error.path));
    m_errorLabel->setText(where + u' ' + error.message + u' ' +
                          tr("Everything before it is shown."));
}

void InspectorPage::showCapture()
{
    m_filmStrip->clear();
    m_player->clear();
    if (!m_tree || !CaptureFile::claimsOpenFormat(*m_tree)) {
        m_captureBox->hide();
        return;
    }
    m_captureBox->show();
    // The engine says for itself what it thinks of a capture the reader refuses.
    m_preCheck->setCapture(m_tree->path());
    const CaptureFile file = CaptureFile::read(m_tree->path());
    if (!file.capture) {
        m_captureLabel->setText(
            tr("The file claims the open format but is not a valid capture: %1").arg(file.error));
        return;
    }
    const lv::LivenessCapture &capture = *file.capture;
    namespace vocabulary = vd::format::vocabulary;
    QStringList motions;
    for (int motion : capture.motions())
        motions.append(
            QString::fromStdString(vocabulary::motionName(static_cast<lv::Motion>(motion))));
    const lv::DeviceInfo &device = capture.device();
    const QString deviceText =
        QStringList{QString::fromStdString(device.manufacturer()),
                    QString::fromStdString(device.model()), QString::fromStdString(device.os()),
                    QString::fromStdString(device.os_version())}
            .join(u' ')
            .simplified();
    const QJsonObject json = CaptureFile::toJson(capture);
    m_captureLabel->setText(
        tr("Output type %1 · motions %2 · difficulty %3 · device %4 · captured %5 · %6 frames "
           "over %7 ms · capture id %8")
            .arg(QString::fromStdString(vocabulary::outputTypeName(capture.output_type())),
                 motions.isEmpty() ? tr("none") : motions.join(u", "_s),
                 json.value(u"difficulty"_s).toString(),
                 deviceText.isEmpty() ? tr("unknown") : deviceText,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(capture.captured_at_ms()),
                                    QLocale::ShortFormat))
            .arg(capture.frames_size())
            .arg(json.value(u"duration_ms"_s).toInteger())
            .arg(QString::fromStdString(capture.capture_id())));
    m_filmStrip->setCapture(capture);
    m_player->setCapture(capture);
}

void InspectorPage::showSelected()
{
    const int id = WireTreeModel::nodeId(m_treeView->currentIndex());
    m_thumbnail->hide();
    if (id != m_posterNode) {
        m_poster->cancel();
        m_posterNode = -1;
        m_posterPending = false;
    }
    if (!m_tree || id < 0) {
        m_detailLabel->setText(tr("Select a field to see its bytes."));
        m_hexView->clear();
        m_exportButton->setEnabled(false);
        return;
    }
    const WireNode &node = m_tree->node(id);
    QString text = tr("Field %1 (path %2), %3, tag at byte %4, value at byte %5, %6 bytes")
                       .arg(node.field)
                       .arg(m_tree->pathOf(id), WireTree::wireTypeName(node.wireType))
                       .arg(node.offset)
                       .arg(node.valueOffset)
                       .arg(node.length);
    text += u"\n"_s + m_tree->describe(id);
    const bool hasBytes = node.wireType == 2 || node.wireType == 3;
    if (hasBytes)
        text +=
            u"\n"_s + tr("SHA-256 %1").arg(QString::fromLatin1(m_tree->valueSha256(id).toHex()));
    m_detailLabel->setText(text);
    const QByteArray preview = m_tree->value(id, HexPreviewBytes);
    m_hexView->setPlainText(
        hexDump(preview, node.valueOffset) +
        (node.length > HexPreviewBytes
             ? tr("… the first %1 of %2 bytes").arg(HexPreviewBytes).arg(node.length)
             : QString()));
    m_exportButton->setEnabled(hasBytes && node.length > 0);
    if (VideoPoster::isVideo(node.media)) {
        showPoster(id);
    } else if (!node.media.isEmpty() && node.length <= MaxThumbnailSource) {
        const QImage image = QImage::fromData(m_tree->value(id, node.length));
        if (!image.isNull()) {
            m_thumbnail->setWordWrap(false);
            m_thumbnail->setPixmap(QPixmap::fromImage(image.scaled(
                ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            m_thumbnail->setToolTip(
                tr("%1, %2 × %3 pixels").arg(node.media).arg(image.width()).arg(image.height()));
            m_thumbnail->show();
        }
    }
}

void InspectorPage::showPoster(int id)
{
    if (id != m_posterNode) {
        m_posterNode = id;
        m_posterPending = true;
        m_posterImage = QImage();
        m_posterProblem.clear();
        m_poster->start(*m_tree, id);
    }
    const QString media = m_tree->node(id).media;
    // A wrapping label has no height for a picture in the layout; a reason needs the wrap.
    m_thumbnail->setWordWrap(m_posterImage.isNull());
    if (!m_posterImage.isNull()) {
        m_thumbnail->setPixmap(QPixmap::fromImage(m_posterImage.scaled(
            ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_thumbnail->setToolTip(
            tr("%1 clip: its first frame, decoded by verifydesk-engine").arg(media));
    } else {
        m_thumbnail->setText(m_posterPending ? tr("Decoding the clip's first frame…")
                                             : tr("No preview: %1").arg(m_posterProblem));
        m_thumbnail->setToolTip(QString());
    }
    m_thumbnail->show();
}

void InspectorPage::selectError()
{
    // The innermost field that the error cut is the last of the chain; open the way to it.
    const WireError &error = m_tree->error();
    if (!error.isError())
        return;
    QModelIndex parent;
    while (true) {
        const int rows = m_model->rowCount(parent);
        if (rows == 0)
            break;
        const QModelIndex last = m_model->index(rows - 1, 0, parent);
        if (!m_model->canFetchMore(last) ||
            m_tree->node(WireTreeModel::nodeId(last)).kind != WireNode::Kind::Truncated) {
            m_treeView->setCurrentIndex(last);
            return;
        }
        m_model->fetchMore(last);
        m_treeView->expand(last);
        parent = last;
    }
    if (parent.isValid())
        m_treeView->setCurrentIndex(parent);
}

QString InspectorPage::exportSelected(const QString &path)
{
    const int id = WireTreeModel::nodeId(m_treeView->currentIndex());
    if (!m_tree || id < 0)
        return tr("Select a field first.");
    return m_tree->exportValue(id, path);
}

void InspectorPage::chooseExport()
{
    const int id = WireTreeModel::nodeId(m_treeView->currentIndex());
    if (!m_tree || id < 0)
        return;
    const WireNode &node = m_tree->node(id);
    const QString suggested = QFileInfo(m_tree->path()).completeBaseName() + u"-field-"_s +
                              m_tree->pathOf(id) +
                              (node.media == u"JPEG"_s  ? u".jpg"_s
                               : node.media == u"PNG"_s ? u".png"_s
                                                        : u".bin"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export bytes"), suggested);
    if (path.isEmpty())
        return;
    const QString problem = exportSelected(path);
    if (!problem.isEmpty())
        MessageBox::warning(this, tr("Export bytes"), problem);
}
