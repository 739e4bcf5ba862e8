// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>
#include <memory>

class DropZone;
class FilmStrip;
class FramePlayer;
class PreCheckPanel;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class VideoPoster;
class WireTree;
class WireTreeModel;

// The workbench's Inspect tab: any file's protobuf wire tree, the selected field's bytes (hex,
// ASCII, an embedded image or a clip's first frame), its export, and for open-format captures the
// decoded header and the frames as a filmstrip.
class InspectorPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPage(QWidget *parent = nullptr);
    ~InspectorPage() override;

    // Shows the file; false when it cannot be opened at all (the page says why).
    bool openFile(const QString &path);
    // Writes the selected field's value to path; the message says what failed, empty on success.
    QString exportSelected(const QString &path);

    QString path() const;
    QTreeView *treeView() const { return m_treeView; }
    WireTreeModel *treeModel() const { return m_model; }
    FilmStrip *filmStrip() const { return m_filmStrip; }
    FramePlayer *player() const { return m_player; }
    PreCheckPanel *preCheck() const { return m_preCheck; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QLabel *thumbnail() const { return m_thumbnail; }
    QPlainTextEdit *hexView() const { return m_hexView; }
    VideoPoster *poster() const { return m_poster; }

public slots:
    void chooseFile();
    void chooseExport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFileInfo();
    void showCapture();
    void showSelected();
    void showPoster(int id);
    void selectError();

    std::unique_ptr<WireTree> m_tree;
    WireTreeModel *m_model;
    DropZone *m_dropZone;
    QPushButton *m_openButton;
    QLabel *m_fileLabel;
    QLabel *m_errorLabel;
    QTreeView *m_treeView;
    QLabel *m_detailLabel;
    QLabel *m_thumbnail;
    QPlainTextEdit *m_hexView;
    QPushButton *m_exportButton;
    QGroupBox *m_captureBox;
    QLabel *m_captureLabel;
    FilmStrip *m_filmStrip;
    PreCheckPanel *m_preCheck;
    FramePlayer *m_player;
    VideoPoster *m_poster;
    // The clip whose first frame is asked for or shown (-1: none), and what came back.
    int m_posterNode = -1;
    bool m_posterPending = false;
    QImage m_posterImage;
    QString m_posterProblem;
};
