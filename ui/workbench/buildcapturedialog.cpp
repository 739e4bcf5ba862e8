// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildcapturedialog.h"

#include "captureoptionsform.h"
#include "liveness/capturemaker.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

BuildCaptureDialog::BuildCaptureDialog(QWidget *parent)
    : QDialog(parent)
    , m_maker(new CaptureMaker(this))
    , m_options(new CaptureOptionsForm(this))
    , m_inputs(new QListWidget(this))
    , m_inputsLabel(new QLabel(this))
    , m_addImages(new QPushButton(this))
    , m_chooseVideo(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_build(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"buildCaptureDialog"_s);
    m_inputsLabel->setBuddy(m_inputs);
    m_destinationLabel->setBuddy(m_destination);
    m_inputs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_build->setDefault(true);

    auto *inputButtons = new QVBoxLayout;
    for (QPushButton *button : {m_addImages, m_chooseVideo, m_remove})
        inputButtons->addWidget(button);
    inputButtons->addStretch();
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(m_inputs, 1);
    inputs->addLayout(inputButtons);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);
    m_options->formLayout()->addRow(m_destinationLabel, destination);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputsLabel);
    layout->addLayout(inputs, 1);
    layout->addWidget(m_options);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_addImages, &QPushButton::clicked, this, &BuildCaptureDialog::addImages);
    connect(m_chooseVideo, &QPushButton::clicked, this, &BuildCaptureDialog::chooseVideo);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_inputs->selectedItems());
        if (m_inputs->count() == 0)
            m_video.clear();
        updateState();
    });
    connect(m_browse, &QPushButton::clicked, this, &BuildCaptureDialog::chooseDestination);
    // The Build button starts the engine; the dialog closes only when the capture is written.
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BuildCaptureDialog::build);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BuildCaptureDialog::reject);
    connect(m_maker, &CaptureMaker::finished, this, &BuildCaptureDialog::onMade);
    resize(640, 560);
    retranslate();
    updateState();
}

void BuildCaptureDialog::reset(const QString &destination)
{
    m_inputs->clear();
    m_video.clear();
    m_message->clear();
    setDestination(destination);
    updateState();
}

void BuildCaptureDialog::setImages(const QStringList &paths)
{
    if (!m_video.isEmpty())
        m_inputs->clear();
    m_video.clear();
    for (const QString &path : paths)
        m_inputs->addItem(QDir::toNativeSeparators(path));
    if (m_options->outputType() == lv::VIDEO || m_options->outputType() == lv::FULL_VIDEO)
        m_options->setOutputType(lv::MULTI_IMG);
    m_message->clear();
    updateState();
}

void BuildCaptureDialog::setVideo(const QString &path)
{
    m_inputs->clear();
    m_video = path;
    m_inputs->addItem(QDir::toNativeSeparators(path));
    if (m_options->outputType() != lv::FULL_VIDEO)
        m_options->setOutputType(lv::VIDEO);
    m_message->clear();
    updateState();
}

void BuildCaptureDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

QStringList BuildCaptureDialog::images() const
{
    QStringList paths;
    if (!m_video.isEmpty())
        return paths;
    for (int i = 0; i < m_inputs->count(); ++i)
        paths << QDir::fromNativeSeparators(m_inputs->item(i)->text());
    return paths;
}

bool BuildCaptureDialog::isBuilding() const
{
    return m_maker->isRunning();
}

void BuildCaptureDialog::addImages()
{
    QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add frames"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png)"));
    // frame_2 before frame_10: the order a camera's numbered files were taken in.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(paths.begin(), paths.end(), collator);
    if (!paths.isEmpty())
        setImages(images() + paths);
}

void BuildCaptureDialog::chooseVideo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a video"), QString(),
                                                      tr("Videos (*.mp4 *.webm *.mov *.mkv)"));
    if (!path.isEmpty())
        setVideo(path);
}

void BuildCaptureDialog::chooseDestination()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the capture as"), m_destination->text(),
                                     tr("Liveness captures (*.protobuf)"));
    if (!path.isEmpty())
        setDestination(path);
}

void BuildCaptureDialog::build()
{
    if (m_maker->isRunning())
        return;
    QString error;
    const std::optional<vd::format::CaptureBuildOptions> options = m_options->options(&error);
    const QString destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    if (m_inputs->count() == 0)
        error = tr("Add the frames (JPEG or PNG files) or choose a video first.");
    else if (destination.isEmpty())
        error = tr("Choose the file to save the capture as.");
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("The engine builds the capture…"));
    if (m_video.isEmpty())
        m_maker->startFromImages(images(), *options, destination);
    else
        m_maker->startFromVideo(m_video, *options, destination);
    updateState();
}

void BuildCaptureDialog::onMade(const CaptureMakeResult &result)
{
    updateState();
    if (result.status != CaptureMakeResult::Status::Ok) {
        m_message->setText(result.message);
        return;
    }
    m_message->clear();
    accept();
    emit built(result.path);
}

void BuildCaptureDialog::reject()
{
    // Cancel stops a build first; a second Cancel closes.
    if (m_maker->isRunning()) {
        m_maker->cancel();
        return;
    }
    QDialog::reject();
}

void BuildCaptureDialog::updateState()
{
    const bool busy = m_maker->isRunning();
    m_progress->setVisible(busy);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_options, m_inputs, m_addImages, m_chooseVideo, m_destination, m_browse, m_build})
        widget->setEnabled(!busy);
    m_remove->setEnabled(!busy && m_inputs->count() > 0);
}

void BuildCaptureDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BuildCaptureDialog::retranslate()
{
    setWindowTitle(tr("Build a capture from frames or a video"));
    m_inputsLabel->setText(tr("&Frames (in capture order) or a video:"));
    m_addImages->setText(tr("Add &images…"));
    m_chooseVideo->setText(tr("Choose a &video…"));
    m_remove->setText(tr("R&emove"));
    m_destinationLabel->setText(tr("&Save as:"));
    m_browse->setText(tr("Bro&wse…"));
    m_build->setText(tr("&Build"));
}
