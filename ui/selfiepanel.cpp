// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfiepanel.h"

#include "cameradialog.h"
#include "dropzone.h"
#include "media/imagepaste.h"
#include "media/privatetempfolder.h"
#include "messagebox.h"
#include "sourcemodes.h"
#include "statepalette.h"
#include "store/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SelfiePanel::SelfiePanel(QWidget *parent)
    : QGroupBox(parent)
    , m_modes(new SourceModes(this, u"selfie"_s, u"reuseImageIdButton"_s))
    , m_dropZone(new DropZone(this))
    , m_openButton(new QPushButton(QIcon(u":/icons/open.svg"_s), QString(), this))
    , m_pasteButton(new QPushButton(QIcon(u":/icons/paste.svg"_s), QString(), this))
    , m_cameraButton(new QPushButton(QIcon(u":/icons/camera.svg"_s), QString(), this))
    , m_infoLabel(new QLabel(this))
    , m_issuesLabel(new QLabel(this))
    , m_fitButton(new QPushButton(this))
    , m_autoRotate(new QCheckBox(this))
{
    setObjectName(u"selfiePanel"_s);
    m_dropZone->setObjectName(u"selfieDropZone"_s);
    m_dropZone->setAcceptsImageData(true);
    m_infoLabel->setObjectName(u"selfieInfo"_s);
    m_infoLabel->setWordWrap(true);
    m_issuesLabel->setObjectName(u"selfieIssues"_s);
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Error));
    m_issuesLabel->hide();
    m_fitButton->setObjectName(u"fitButton"_s);
    m_fitButton->hide();
    m_autoRotate->setObjectName(u"autoRotateBox"_s);
    retranslate();

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_openButton);
    fileButtons->addWidget(m_pasteButton);
    fileButtons->addWidget(m_cameraButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modes->fileMode());
    layout->addWidget(m_dropZone, 1);
    layout->addLayout(fileButtons);
    layout->addWidget(m_infoLabel);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_fitButton);
    layout->addWidget(m_modes->urlMode());
    layout->addWidget(m_modes->urlEdit());
    layout->addWidget(m_modes->idMode());
    layout->addLayout(m_modes->createIdRow());
    layout->addWidget(m_autoRotate);

    // Tab follows the layout from top to bottom, not the order the widgets were created in.
    const QList<QWidget *> order = {m_modes->fileMode(),    m_openButton,      m_pasteButton,
                                    m_cameraButton,         m_fitButton,       m_modes->urlMode(),
                                    m_modes->urlEdit(),     m_modes->idMode(), m_modes->idEdit(),
                                    m_modes->reuseButton(), m_autoRotate};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_openButton->setObjectName(u"selfieOpenButton"_s);
    m_pasteButton->setObjectName(u"selfiePasteButton"_s);
    m_cameraButton->setObjectName(u"selfieCameraButton"_s);

    connect(m_openButton, &QPushButton::clicked, this, &SelfiePanel::openFile);
    connect(m_pasteButton, &QPushButton::clicked, this, &SelfiePanel::paste);
    connect(m_cameraButton, &QPushButton::clicked, this, &SelfiePanel::takePhoto);
    connect(m_fitButton, &QPushButton::clicked, this, &SelfiePanel::fitToLimits);
    connect(m_dropZone, &DropZone::fileDropped, this, &SelfiePanel::setFile);
    connect(m_dropZone, &DropZone::imageDropped, this,
            [this](const QImage &image) { setImage(image, "png"); });
    connect(m_modes, &SourceModes::changed, this, [this] {
        showModeState();
        emit changed();
    });
    connect(m_autoRotate, &QCheckBox::toggled, this, &SelfiePanel::changed);
}

void SelfiePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void SelfiePanel::retranslate()
{
    setTitle(tr("Selfie"));
    m_modes->fileMode()->setText(tr("&Selfie file (drop, open, paste or camera)"));
    m_modes->urlMode()->setText(tr("selfie_&url"));
    m_modes->idMode()->setText(tr("selfie_image_&id"));
    m_openButton->setText(tr("&Open…"));
    m_pasteButton->setText(tr("&Paste"));
    m_cameraButton->setText(tr("&Camera…"));
    m_fitButton->setText(tr("Fit to li&mits"));
    m_fitButton->setToolTip(tr("Writes a downscaled JPEG copy that meets the API's limits; the "
                               "original file is not changed."));
    m_modes->idEdit()->setPlaceholderText(tr("image_id of an earlier answer"));
    m_modes->reuseButton()->setText(tr("Reuse last image_id"));
    m_autoRotate->setText(tr("selfie_&auto_rotate: let the server turn a sideways face upright"));
    if (m_report.path.isEmpty()) {
        m_dropZone->setText(tr("Drop a selfie image here"));
    } else {
        // The rule messages were translated when the file was checked: check it again.
        const QString path = m_report.path;
        m_report = SelfieCheck::inspect(path);
        m_report.path = path;
        showReport();
    }
    if (!m_modes->fileMode()->isChecked())
        showModeState();
}

InputSource SelfiePanel::source() const
{
    return m_modes->source(m_report.path);
}

bool SelfiePanel::autoRotate() const
{
    return m_autoRotate->isChecked();
}

void SelfiePanel::setFile(const QString &path)
{
    m_fittedFrom.clear();
    m_report = SelfieCheck::inspect(path);
    m_report.path = path;
    chooseFileMode();
    showReport();
    emit changed();
}

void SelfiePanel::setLastImageId(const QString &imageId)
{
    m_modes->setLastId(imageId);
}

void SelfiePanel::clear()
{
    m_fittedFrom.clear();
    m_report = SelfieReport();
    m_modes->clear();
    m_autoRotate->setChecked(false);
    m_dropZone->setPixmap(QPixmap());
    m_infoLabel->clear();
    m_issuesLabel->hide();
    m_fitButton->hide();
    retranslate();
    emit changed();
}

void SelfiePanel::showModeState()
{
    if (m_modes->fileMode()->isChecked()) {
        if (!m_report.path.isEmpty())
            showReport();
        return;
    }
    // A URL or an id is sent instead of the file: its picture would show what is not sent.
    m_dropZone->setPixmap(QPixmap());
    m_dropZone->setText(
        tr("No file is sent: the selfie is given as %1.")
            .arg(m_modes->urlMode()->isChecked() ? u"selfie_url"_s : u"selfie_image_id"_s));
    m_infoLabel->clear();
    m_issuesLabel->hide();
    m_fitButton->hide();
}

void SelfiePanel::openFile()
{
    // Open where the last selfie came from; the first time, in the pictures folder.
    AppSettings settings;
    QString folder = settings.lastFolder(u"selfie"_s);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a selfie"), folder,
        tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(u"selfie"_s, QFileInfo(path).absolutePath());
    setFile(path);
}

void SelfiePanel::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        setFile(mime->urls().first().toLocalFile());
        return;
    }
    if (mime && mime->hasImage()) {
        setImage(qvariant_cast<QImage>(mime->imageData()), "png");
        return;
    }
    MessageBox::information(this, tr("Paste a selfie"),
                            tr("The clipboard holds no image. Copy an image or an image file, "
                               "then paste again."));
}

void SelfiePanel::takePhoto()
{
    CameraDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.capturedImage().isNull())
        return;
    setImage(dialog.capturedImage(), "jpeg");
}

void SelfiePanel::fitToLimits()
{
    const QString folder = PrivateTempFolder::path() + u"/fitted"_s;
    const FitResult fitted = SelfieCheck::fit(m_report, folder);
    if (!fitted.ok()) {
        MessageBox::warning(this, tr("Fit to limits"), fitted.message);
        return;
    }
    const QString original = m_report.path;
    setFile(fitted.path);
    m_fittedFrom = original;
    m_fittedQuality = fitted.quality;
    showReport();
}

void SelfiePanel::setImage(const QImage &image, const QByteArray &format)
{
    const PasteResult saved = ImagePaste::save(image, format);
    if (!saved.ok()) {
        MessageBox::warning(this, tr("Selfie"), saved.message);
        return;
    }
    setFile(saved.path);
}

void SelfiePanel::chooseFileMode()
{
    m_modes->fileMode()->setChecked(true);
    retranslate();
}

void SelfiePanel::showReport()
{
    if (!m_report.preview.isNull()) {
        const QSize box = m_dropZone->contentsRect().size().boundedTo(QSize(360, 360));
        m_dropZone->setPixmap(QPixmap::fromImage(m_report.preview.scaled(
            box.expandedTo(QSize(160, 160)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_dropZone->setPixmap(QPixmap());
        m_dropZone->setText(tr("This file shows no image"));
    }

    const QLocale locale;
    QString info = QDir::toNativeSeparators(m_report.path);
    if (m_report.size.isValid())
        info += u"\n"_s + tr("%1, %2 × %3 px, %4")
                              .arg(QString::fromLatin1(m_report.format).toUpper())
                              .arg(m_report.size.width())
                              .arg(m_report.size.height())
                              .arg(locale.formattedDataSize(m_report.bytes));
    if (m_report.exifOrientation != 1)
        info += u"\n"_s + tr("EXIF orientation %1 applied: shown as the server will see it.")
                              .arg(m_report.exifOrientation);
    if (!m_fittedFrom.isEmpty())
        info += u"\n"_s + tr("Fitted copy of %1 (JPEG quality %2); the original is unchanged.")
                              .arg(QDir::toNativeSeparators(m_fittedFrom))
                              .arg(m_fittedQuality);
    m_infoLabel->setText(info);

    QStringList issues;
    for (const SelfieIssue &issue : m_report.issues)
        issues << u"• "_s + issue.message;
    m_issuesLabel->setText(issues.join(u'\n'));
    m_issuesLabel->setVisible(!issues.isEmpty());
    m_fitButton->setVisible(!m_report.passes() && m_report.fittable());
}
