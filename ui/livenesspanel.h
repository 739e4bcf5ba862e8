// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/inputsource.h"
#include "liveness/livenessinspector.h"

#include <QGroupBox>

class DropZone;
class QLabel;
class QPushButton;
class SourceModes;

// The liveness input: the SDK's file (any extension, dropped or opened), a liveness_data_url or
// a liveness_data_id; shows the file's size and whether it is well-formed protobuf.
class LivenessPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LivenessPanel(QWidget *parent = nullptr);

    // The liveness data to send; Kind::None when the chosen way has no value yet.
    InputSource source() const;
    // The inspection of the chosen file; empty (no path) when no file is chosen.
    const LivenessReport &report() const { return m_report; }

    void setFile(const QString &path);
    // The liveness_data_id of the last answer, offered for one-click reuse.
    void setLastLivenessDataId(const QString &id);

public slots:
    void openFile();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showReport();

    SourceModes *m_modes;
    DropZone *m_dropZone;
    QPushButton *m_openButton;
    QLabel *m_warningLabel;
    LivenessReport m_report;
};
