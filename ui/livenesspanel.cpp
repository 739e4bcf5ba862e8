// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenesspanel.h"

#include "dropzone.h"
#include "messagebox.h"
#include "sourcemodes.h"
#include "statepalette.h"
#include "store/appsettings.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LivenessPanel::LivenessPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_modes(new SourceModes(this, u"liveness"_s, u"reuseLivenessIdButton"_s))
    , m_dropZone(new DropZone(this))
    , m_openButton(new QPushButton(QIcon(u":/icons/open.svg"_s), QString(), this))
    , m_inspectButton(new QPushButton(this))
    , m_warningLabel(new QLabel(this))
{
    setObjectName(u"livenessPanel"_s);
    m_dropZone->setObjectName(u"livenessDropZone"_s);
    m_warningLabel->setObjectName(u"livenessWarning"_s);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Warning));
    m_warningLabel->hide();
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modes->fileMode());
    layout->addWidget(m_dropZone, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_inspectButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_modes->urlMode());
    layout->addWidget(m_modes->urlEdit());
    layout->addWidget(m_modes->idMode());
    layout->addLayout(m_modes->createIdRow());

    // Tab follows the layout from top to bottom.
    const QList<QWidget *> order = {m_modes->fileMode(), m_openButton,          m_inspectButton,
                                    m_modes->urlMode(),  m_modes->urlEdit(),    m_modes->idMode(),
                                    m_modes->idEdit(),   m_modes->reuseButton()};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_openButton->setObjectName(u"livenessOpenButton"_s);
    m_inspectButton->setObjectName(u"livenessInspectButton"_s);
    m_inspectButton->setEnabled(false);
    m_dropZone->installEventFilter(this);

    connect(m_openButton, &QPushButton::clicked, this, &LivenessPanel::openFile);
    connect(m_inspectButton, &QPushButton::clicked, this,
            [this] { emit inspectRequested(m_report.path); });
    connect(m_dropZone, &DropZone::fileDropped, this, &LivenessPanel::setFile);
    connect(m_modes, &SourceModes::changed, this, [this] {
        showModeState();
        emit changed();
    });
}

void LivenessPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

bool LivenessPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dropZone && event->type() == QEvent::MouseButtonDblClick &&
        !m_report.path.isEmpty())
        emit inspectRequested(m_report.path);
    return QGroupBox::eventFilter(watched, event);
}

void LivenessPanel::retranslate()
{
    setTitle(tr("Liveness data"));
    m_modes->fileMode()->setText(tr("Liveness SDK file (any e&xtension)"));
    m_modes->urlMode()->setText(tr("liveness_data_u&rl"));
    m_modes->idMode()->setText(tr("liveness_&data_id"));
    m_openButton->setText(tr("&Browse…"));
    m_inspectButton->setText(tr("Inspec&t…"));
    m_inspectButton->setToolTip(tr("Look inside the file in the QA workbench (Ctrl+2)"));
    m_modes->idEdit()->setPlaceholderText(tr("id of an earlier answer"));
    m_modes->reuseButton()->setText(tr("Reuse last liveness_data_id"));
    if (m_report.path.isEmpty()) {
        m_dropZone->setText(tr("Drop the liveness data file here\n(.protobuf or any other name)"));
    } else {
        // The summary was translated when the file was inspected: inspect it again.
        const QString path = m_report.path;
        m_report = LivenessInspector::inspect(path);
        m_report.path = path;
        showReport();
    }
    if (!m_modes->fileMode()->isChecked())
        showModeState();
}

InputSource LivenessPanel::source() const
{
    return m_modes->source(m_report.path);
}

void LivenessPanel::setFile(const QString &path)
{
    m_report = LivenessInspector::inspect(path);
    m_report.path = path;
    m_modes->fileMode()->setChecked(true);
    retranslate();
    showReport();
    emit changed();
}

void LivenessPanel::setLastLivenessDataId(const QString &id)
{
    m_modes->setLastId(id);
}

void LivenessPanel::clear()
{
    m_report = LivenessReport();
    m_modes->clear();
    m_dropZone->setToolTip(QString());
    m_warningLabel->hide();
    retranslate();
    emit changed();
}

void LivenessPanel::showModeState()
{
    if (m_modes->fileMode()->isChecked()) {
        if (!m_report.path.isEmpty())
            showReport();
        return;
    }
    m_dropZone->setText(
        tr("No file is sent: the liveness data is given as %1.")
            .arg(m_modes->urlMode()->isChecked() ? u"liveness_data_url"_s : u"liveness_data_id"_s));
    m_dropZone->setToolTip(QString());
    m_warningLabel->hide();
}

void LivenessPanel::openFile()
{
    // Captures of one SDK build usually sit in one folder: open where the last one was.
    AppSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open liveness data"), settings.lastFolder(u"liveness"_s),
        tr("Liveness data (*.protobuf *.pb *.bin);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(u"liveness"_s, QFileInfo(path).absolutePath());
    setFile(path);
}

bool LivenessPanel::confirmSending()
{
    if (source().kind != InputSource::Kind::File || m_report.wellFormed)
        return true;
    // The operator reads what it means; the bytes are for whoever investigates.
    QStringList details{QDir::toNativeSeparators(m_report.path), m_report.summary()};
    if (!m_report.problemMessage.isEmpty())
        details << m_report.problemMessage;
    if (m_report.problemOffset >= 0)
        details << tr("Reading stopped at byte %1 of %2.")
                       .arg(m_report.problemOffset)
                       .arg(m_report.bytes);
    QFile file(m_report.path);
    if (file.open(QIODevice::ReadOnly)) {
        const qint64 from = qMax<qint64>(0, m_report.problemOffset - 16);
        file.seek(from);
        const QByteArray bytes = file.read(48);
        details
            << tr("Bytes from offset %1: %2").arg(from).arg(QString::fromLatin1(bytes.toHex(' ')));
    }
    const auto answer = MessageBox::question(
        this, tr("The liveness data is not readable protobuf"),
        tr("This file is not what the liveness SDK writes, or it is damaged: the server will "
           "probably answer WRONG_LIVENESS_DATA.\n\nSend it anyway?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, details.join(u'\n'));
    return answer == QMessageBox::Yes;
}

void LivenessPanel::showReport()
{
    const QString name = QFileInfo(m_report.path).fileName();
    // The summary starts with the size.
    m_dropZone->setText(name + u"\n"_s + m_report.summary());
    m_dropZone->setToolTip(QDir::toNativeSeparators(m_report.path));
    m_inspectButton->setEnabled(true);
    if (m_report.wellFormed) {
        m_warningLabel->hide();
        return;
    }
    // The problem itself is in the summary above; this says what it means for sending.
    m_warningLabel->setText(tr("This file is not well-formed protobuf. The server will probably "
                               "answer WRONG_LIVENESS_DATA, but the file can still be sent."));
    m_warningLabel->show();
}
