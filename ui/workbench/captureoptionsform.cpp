// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureoptionsform.h"

#include "format/capturevocabulary.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;
namespace vocabulary = vd::format::vocabulary;

CaptureOptionsForm::CaptureOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_outputType(new QComboBox(this))
    , m_motions(new QLineEdit(this))
    , m_difficulty(new QComboBox(this))
    , m_fps(new QDoubleSpinBox(this))
    , m_outputTypeLabel(new QLabel(this))
    , m_motionsLabel(new QLabel(this))
    , m_difficultyLabel(new QLabel(this))
    , m_fpsLabel(new QLabel(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    // The SDK's own names: they are what the QA engineer reads in the SDK's documentation.
    for (const lv::OutputType type : {lv::SINGLE_IMG, lv::MULTI_IMG, lv::VIDEO, lv::FULL_VIDEO})
        m_outputType->addItem(QString::fromStdString(vocabulary::outputTypeName(type)), int(type));
    for (const lv::Difficulty level : {lv::EASY, lv::NORMAL, lv::HARD, lv::HELL})
        m_difficulty->addItem(QString::fromStdString(vocabulary::difficultyName(level)),
                              int(level));
    setOutputType(lv::MULTI_IMG);
    m_difficulty->setCurrentIndex(m_difficulty->findData(int(lv::NORMAL)));
    m_motions->setText(u"BLINK,MOUTH,NOD,YAW"_s);
    m_motions->setObjectName(u"motionsEdit"_s);
    m_fps->setRange(1, 30);
    m_fps->setDecimals(0);
    m_fps->setValue(10);
    m_outputTypeLabel->setBuddy(m_outputType);
    m_motionsLabel->setBuddy(m_motions);
    m_difficultyLabel->setBuddy(m_difficulty);
    m_fpsLabel->setBuddy(m_fps);
    m_form->addRow(m_outputTypeLabel, m_outputType);
    m_form->addRow(m_motionsLabel, m_motions);
    m_form->addRow(m_difficultyLabel, m_difficulty);
    m_form->addRow(m_fpsLabel, m_fps);
    retranslate();
}

lv::OutputType CaptureOptionsForm::outputType() const
{
    return static_cast<lv::OutputType>(m_outputType->currentData().toInt());
}

void CaptureOptionsForm::setOutputType(lv::OutputType type)
{
    m_outputType->setCurrentIndex(m_outputType->findData(int(type)));
}

std::optional<vd::format::CaptureBuildOptions> CaptureOptionsForm::options(QString *error) const
{
    std::string bad;
    const auto motions = vocabulary::parseMotionList(m_motions->text().toStdString(), &bad);
    if (!motions) {
        *error = tr("“%1” is not a motion; write the motions in order, separated by commas: %2.")
                     .arg(QString::fromStdString(bad),
                          QString::fromStdString(vocabulary::motionNames()));
        return std::nullopt;
    }
    vd::format::CaptureBuildOptions options;
    options.outputType = outputType();
    options.motions = *motions;
    options.difficulty = static_cast<lv::Difficulty>(m_difficulty->currentData().toInt());
    options.fps = m_fps->value();
    return options;
}

void CaptureOptionsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaptureOptionsForm::retranslate()
{
    m_outputTypeLabel->setText(tr("Output &type:"));
    m_motionsLabel->setText(tr("&Motions:"));
    m_motions->setToolTip(tr("The motions asked for, in order, separated by commas: %1.")
                              .arg(QString::fromStdString(vocabulary::motionNames())));
    m_difficultyLabel->setText(tr("&Difficulty:"));
    m_fpsLabel->setText(tr("Frame &rate:"));
    m_fps->setSuffix(tr(" frames/s"));
}
