// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <array>
#include <memory>

class DropZone;
class EngineCheck;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class WireDiff;
class WireTree;
struct EngineCheckResult;

// The workbench's Compare tab: two files side by side, their wire trees compared field by field
// as they are expanded, and for open-format captures their summaries and the reference
// engine's cue values next to each other.
class ComparePage : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePage(QWidget *parent = nullptr);
    ~ComparePage() override;

    static QString tabTitle() { return tr("&Compare"); }

    // side 0 is A, 1 is B. False (with the reason shown) when the file cannot be read.
    bool openFile(int side, const QString &path);
    QTreeWidget *diffTree() const { return m_tree; }
    QTableWidget *captureTable() const { return m_captures; }
    // The item of a path in the diff tree, expanding what leads to it; nullptr when none.
    QTreeWidgetItem *itemOf(const QString &path);

public slots:
    void runPreChecks();
    void cancelPreChecks();

signals:
    void preChecksDone();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile(int side);
    void compare();
    void addEntries(QTreeWidgetItem *parent, int a, int b);
    void expand(QTreeWidgetItem *item);
    void showCaptures();
    void preCheckDone(int side, const EngineCheckResult &result);
    QString describe(int side, int node) const;

    struct Side
    {
        std::unique_ptr<WireTree> tree;
        QString path;
        DropZone *drop = nullptr;
        QPushButton *open = nullptr;
        QLabel *file = nullptr;
        EngineCheck *check = nullptr;
        bool checked = false;
    };
    std::array<Side, 2> m_sides;
    std::unique_ptr<WireDiff> m_diff;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTableWidget *m_captures;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QLabel *m_checkLabel;
    bool m_preCheckFailed = false;
};
