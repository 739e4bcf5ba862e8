// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class CaptureMaker;
class CaptureOptionsForm;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
struct CaptureMakeResult;

// "Build from frames / video…": image files (in the order listed) or a video, the capture's
// options and where to save it, built by the engine's make-liveness with a busy bar and Cancel.
class BuildCaptureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BuildCaptureDialog(QWidget *parent = nullptr);

    // Empty inputs, the default options kept, destination as the file to write.
    void reset(const QString &destination);
    void setImages(const QStringList &paths);
    void setVideo(const QString &path);
    void setDestination(const QString &path);
    QStringList images() const;
    QString video() const { return m_video; }

    CaptureOptionsForm *optionsForm() const { return m_options; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *buildButton() const { return m_build; }
    bool isBuilding() const;

public slots:
    void build();
    void addImages();
    void chooseVideo();
    void chooseDestination();
    void reject() override;

signals:
    void built(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onMade(const CaptureMakeResult &result);
    void updateState();

    CaptureMaker *m_maker;
    CaptureOptionsForm *m_options;
    QListWidget *m_inputs;
    QLabel *m_inputsLabel;
    QPushButton *m_addImages;
    QPushButton *m_chooseVideo;
    QPushButton *m_remove;
    QLabel *m_destinationLabel;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_build;
    QString m_video;
};
