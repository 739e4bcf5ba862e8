// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenesspanel.h"

#include "dropzone.h"
#include "sourcemodes.h"
#include "statepalette.h"

#include <QDir>
#include <QEvent>
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
    layout->addWidget(m_openButton, 0, Qt::AlignLeft);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_modes->urlMode());
    layout->addWidget(m_modes->urlEdit());
    layout->addWidget(m_modes->idMode());
    layout->addLayout(m_modes->createIdRow());

    // Tab follows the layout from top to bottom.
    const QList<QWidget *> order = {m_modes->fileMode(),   m_openButton,      m_modes->urlMode(),
                                    m_modes->urlEdit(),    m_modes->idMode(), m_modes->idEdit(),
                                    m_modes->reuseButton()};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_openButton->setObjectName(u"livenessOpenButton"_s);

    connect(m_openButton, &QPushButton::clicked, this, &LivenessPanel::openFile);
    connect(m_dropZone, &DropZone::fileDropped, this, &LivenessPanel::setFile);
    connect(m_modes, &SourceModes::changed, this, &LivenessPanel::changed);
}

void LivenessPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LivenessPanel::retranslate()
{
    setTitle(tr("Liveness data"));
    m_modes->fileMode()->setText(tr("Liveness SDK file (any e&xtension)"));
    m_modes->urlMode()->setText(tr("liveness_data_u&rl"));
    m_modes->idMode()->setText(tr("liveness_&data_id"));
    m_openButton->setText(tr("&Browse…"));
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

void LivenessPanel::openFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open liveness data"), QString(),
                                     tr("Liveness data (*.protobuf *.pb *.bin);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void LivenessPanel::showReport()
{
    const QString name = QFileInfo(m_report.path).fileName();
    // The summary starts with the size.
    m_dropZone->setText(name + u"\n"_s + m_report.summary());
    m_dropZone->setToolTip(QDir::toNativeSeparators(m_report.path));
    if (m_report.wellFormed) {
        m_warningLabel->hide();
        return;
    }
    // The problem itself is in the summary above; this says what it means for sending.
    m_warningLabel->setText(tr("This file is not well-formed protobuf. The server will probably "
                               "answer WRONG_LIVENESS_DATA, but the file can still be sent."));
    m_warningLabel->show();
}
