// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchwindow.h"

#include "batchpage.h"
#include "comparepage.h"
#include "inspectorpage.h"
#include "recorderpage.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

WorkbenchWindow::WorkbenchWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_inspector(new InspectorPage(m_tabs))
    , m_recorder(new RecorderPage(m_tabs))
    , m_batch(new BatchPage(m_tabs))
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_openAction(m_fileMenu->addAction(QIcon(u":/icons/open.svg"_s), QString()))
    , m_closeAction(m_fileMenu->addAction(QString()))
{
    setObjectName(u"workbenchWindow"_s);
    setWindowIcon(QIcon(u":/icons/verifydesk.svg"_s));
    m_tabs->setObjectName(u"workbenchTabs"_s);
    m_tabs->addTab(m_inspector, QString());
    m_tabs->addTab(new ComparePage(m_tabs), ComparePage::tabTitle());
    m_tabs->addTab(m_recorder, QString());
    connect(m_recorder, &RecorderPage::captureSaved, this, &WorkbenchWindow::inspect);
    connect(m_recorder, &RecorderPage::verificationRequested, this,
            &WorkbenchWindow::verificationRequested);
    m_tabs->addTab(m_batch, BatchPage::tabTitle());
    setCentralWidget(m_tabs);
    m_openAction->setShortcut(QKeySequence::Open);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_openAction, &QAction::triggered, m_inspector, &InspectorPage::chooseFile);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_batch, &BatchPage::inspectRequested, this, &WorkbenchWindow::inspect);
    resize(1200, 800);
    retranslate();
}

bool WorkbenchWindow::inspect(const QString &path)
{
    m_tabs->setCurrentWidget(m_inspector);
    return m_inspector->openFile(path);
}

void WorkbenchWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void WorkbenchWindow::retranslate()
{
    setWindowTitle(tr("VerifyDesk — QA workbench"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open file to inspect…"));
    m_closeAction->setText(tr("&Close window"));
    m_tabs->setTabText(m_tabs->indexOf(m_inspector), tr("&Inspect"));
    m_tabs->setTabText(m_tabs->indexOf(m_recorder), RecorderPage::tabTitle());
    m_tabs->setTabText(m_tabs->indexOf(m_batch), BatchPage::tabTitle());
}
