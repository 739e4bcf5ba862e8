// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/capturebuilder.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// What a capture is to say about itself, chosen by the QA engineer: output type, motion
// sequence, difficulty and frame rate. The recorder and "Build from frames / video" share it.
class CaptureOptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureOptionsForm(QWidget *parent = nullptr);

    QFormLayout *formLayout() const { return m_form; }
    QComboBox *outputTypeBox() const { return m_outputType; }
    QLineEdit *motionsEdit() const { return m_motions; }
    QComboBox *difficultyBox() const { return m_difficulty; }
    QDoubleSpinBox *fpsBox() const { return m_fps; }

    verifydesk::liveness::OutputType outputType() const;
    void setOutputType(verifydesk::liveness::OutputType type);
    // The options chosen; nullopt and *error set (translated) when the motions do not read.
    std::optional<vd::format::CaptureBuildOptions> options(QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFormLayout *m_form;
    QComboBox *m_outputType;
    QLineEdit *m_motions;
    QComboBox *m_difficulty;
    QDoubleSpinBox *m_fps;
    QLabel *m_outputTypeLabel;
    QLabel *m_motionsLabel;
    QLabel *m_difficultyLabel;
    QLabel *m_fpsLabel;
};
