// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/inputsource.h"
#include "media/selfiecheck.h"

#include <QGroupBox>

class DropZone;
class QCheckBox;
class QLabel;
class SourceModes;
class QPushButton;

// The selfie input: a file (dropped, opened, pasted or taken with a camera), a selfie_url or a
// selfie_image_id; shows the image as the server will see it and the API rules it breaks.
class SelfiePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SelfiePanel(QWidget *parent = nullptr);

    // The selfie to send; Kind::None when the chosen way has no value yet.
    InputSource source() const;
    bool autoRotate() const;
    // The check of the chosen file; empty (no path) when no file is chosen.
    const SelfieReport &report() const { return m_report; }

    // Takes a local file as the selfie and checks it.
    void setFile(const QString &path);
    // The image_id of the last answer, offered for one-click reuse.
    void setLastImageId(const QString &imageId);
    // No file, URL or id, and auto-rotate off: ready for the next customer.
    void clear();

public slots:
    void openFile();
    void paste();
    void takePhoto();
    void fitToLimits();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setImage(const QImage &image, const QByteArray &format);
    void showReport();
    void chooseFileMode();
    // The file's preview only while the selfie is given as a file.
    void showModeState();

    SourceModes *m_modes;
    DropZone *m_dropZone;
    QPushButton *m_openButton;
    QPushButton *m_pasteButton;
    QPushButton *m_cameraButton;
    QLabel *m_infoLabel;
    QLabel *m_issuesLabel;
    QPushButton *m_fitButton;
    QCheckBox *m_autoRotate;
    SelfieReport m_report;
    QString m_fittedFrom; // the original of a fitted copy, shown beside it
    int m_fittedQuality = 0;
};
