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
    // Before sending: true when the data may go, i.e. it is not a file, or a well-formed one,
    // or the operator confirmed sending a file that is not readable protobuf.
    bool confirmSending();
    // The liveness_data_id of the last answer, offered for one-click reuse.
    void setLastLivenessDataId(const QString &id);
    // No file, URL or id: ready for the next customer.
    void clear();

public slots:
    void openFile();

signals:
    void changed();
    // "Inspect…" or a double-click on the chosen file: the QA workbench shows it.
    void inspectRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showReport();
    // The file's summary only while the liveness data is given as a file.
    void showModeState();

    SourceModes *m_modes;
    DropZone *m_dropZone;
    QPushButton *m_openButton;
    QPushButton *m_inspectButton;
    QLabel *m_warningLabel;
    LivenessReport m_report;
};
