// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepage.h"

#include "dropzone.h"
#include "liveness/capturefile.h"
#include "liveness/enginecheck.h"
#include "liveness/wirediff.h"
#include "liveness/wiretree.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int NodeARole = Qt::UserRole;
constexpr int NodeBRole = Qt::UserRole + 1;
constexpr int LoadedRole = Qt::UserRole + 2;
constexpr int StateRole = Qt::UserRole + 3;

QString stateText(WireDiffEntry::State state)
{
    switch (state) {
    case WireDiffEntry::State::Same:
        return ComparePage::tr("same");
    case WireDiffEntry::State::Changed:
        return ComparePage::tr("changed");
    case WireDiffEntry::State::OnlyInA:
        return ComparePage::tr("only in A");
    case WireDiffEntry::State::OnlyInB:
        return ComparePage::tr("only in B");
    }
    return {};
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 3);
}

} // namespace

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_captures(new QTableWidget(0, 3, this))
    , m_runButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(QIcon(u":/icons/cancel.svg"_s), QString(), this))
    , m_checkLabel(new QLabel(this))
{
    setObjectName(u"comparePage"_s);
    auto *files = new QGridLayout;
    for (int side = 0; side < 2; ++side) {
        Side &s = m_sides[std::size_t(side)];
        s.drop = new DropZone(this);
        s.drop->setMinimumSize(200, 44);
        s.drop->setMaximumHeight(60);
        s.open = new QPushButton(QIcon(u":/icons/open.svg"_s), QString(), this);
        s.file = new QLabel(this);
        s.file->setWordWrap(true);
        s.file->setTextInteractionFlags(Qt::TextSelectableByMouse);
        s.check = new EngineCheck(this);
        const QString name = side == 0 ? u"A"_s : u"B"_s;
        s.drop->setObjectName(u"compareDrop"_s + name);
        s.open->setObjectName(u"compareOpen"_s + name);
        files->addWidget(s.drop, 0, side * 2);
        files->addWidget(s.open, 0, side * 2 + 1);
        files->addWidget(s.file, 1, side * 2, 1, 2);
        connect(s.drop, &DropZone::fileDropped, this,
                [this, side](const QString &path) { openFile(side, path); });
        connect(s.open, &QPushButton::clicked, this, [this, side] { chooseFile(side); });
        connect(s.check, &EngineCheck::finished, this,
                [this, side](const EngineCheckResult &result) { preCheckDone(side, result); });
    }
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"compareTree"_s);
    m_tree->setColumnCount(4);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_captures->setObjectName(u"compareCaptures"_s);
    m_captures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_captures->verticalHeader()->hide();
    m_captures->horizontalHeader()->setStretchLastSection(true);
    m_runButton->setObjectName(u"compareRunButton"_s);
    m_cancelButton->setObjectName(u"compareCancelButton"_s);
    m_cancelButton->hide();
    m_runButton->setEnabled(false);
    m_checkLabel->setWordWrap(true);

    auto *checks = new QHBoxLayout;
    checks->addWidget(m_runButton);
    checks->addWidget(m_cancelButton);
    checks->addWidget(m_checkLabel, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(checks);
    rightLayout->addWidget(m_captures, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(files);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::itemExpanded, this, &ComparePage::expand);
    connect(m_runButton, &QPushButton::clicked, this, &ComparePage::runPreChecks);
    connect(m_cancelButton, &QPushButton::clicked, this, &ComparePage::cancelPreChecks);
    retranslate();
}

ComparePage::~ComparePage() = default;

void ComparePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparePage::retranslate()
{
    // The page names its own tab, so that the window's tab list stays one line per page.
    for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(up)) {
            tabs->setTabText(tabs->indexOf(this), tabTitle());
            break;
        }
    }
    for (int side = 0; side < 2; ++side) {
        Side &s = m_sides[std::size_t(side)];
        s.drop->setText(side == 0 ? tr("Drop file A here") : tr("Drop file B here"));
        s.open->setText(side == 0 ? tr("Open &A…") : tr("Open &B…"));
        if (s.path.isEmpty())
            s.file->setText(side == 0 ? tr("A: no file") : tr("B: no file"));
    }
    m_tree->setHeaderLabels({tr("Field"), tr("Difference"), tr("A"), tr("B")});
    m_captures->setHorizontalHeaderLabels({tr("Capture"), tr("A"), tr("B")});
    m_runButton->setText(tr("&Run pre-check on both"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_checkLabel->text().isEmpty())
        m_checkLabel->setText(tr("The reference engine's cue values, a local pre-check, not "
                                 "the vendor's answer."));
}

void ComparePage::chooseFile(int side)
{
    const QString path = QFileDialog::getOpenFileName(
        this, side == 0 ? tr("Compare: file A") : tr("Compare: file B"), QString(),
        tr("Liveness data (*.protobuf *.bin);;All files (*)"));
    if (!path.isEmpty())
        openFile(side, path);
}

bool ComparePage::openFile(int side, const QString &path)
{
    Side &s = m_sides[std::size_t(side)];
    cancelPreChecks();
    m_diff.reset();
    m_tree->clear();
    auto tree = std::make_unique<WireTree>();
    const WireError error = tree->openFile(path);
    if (tree->size() == 0 && error.isError()) {
        s.file->setText(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), error.message));
        return false;
    }
    s.tree = std::move(tree);
    s.path = path;
    s.checked = false;
    s.file->setText(tr("%1: %2 (%3 bytes), SHA-256 %4")
                        .arg(side == 0 ? u"A"_s : u"B"_s, QFileInfo(path).fileName(),
                             QLocale().toString(s.tree->size()),
                             QString::fromLatin1(s.tree->fileSha256().toHex())));
    s.file->setToolTip(path);
    compare();
    return true;
}

void ComparePage::compare()
{
    showCaptures();
    WireTree *a = m_sides[0].tree.get();
    WireTree *b = m_sides[1].tree.get();
    m_runButton->setEnabled(a && b && CaptureFile::claimsOpenFormat(*a) &&
                            CaptureFile::claimsOpenFormat(*b));
    if (!a || !b) {
        m_summary->setText(tr("Open two files to compare them field by field."));
        return;
    }
    m_diff = std::make_unique<WireDiff>(*a, *b);
    addEntries(m_tree->invisibleRootItem(), -1, -1);
    int differences = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, StateRole).toInt() != int(WireDiffEntry::State::Same))
            ++differences;
    }
    m_summary->setText(a->fileSha256() == b->fileSha256()
                           ? tr("The two files are identical.")
                           : tr("%1 of %2 top-level fields differ; expand a changed message "
                                "to see which of its fields do.")
                                 .arg(differences)
                                 .arg(m_tree->topLevelItemCount()));
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
}

QString ComparePage::describe(int side, int node) const
{
    return node < 0 ? QString() : m_sides[std::size_t(side)].tree->describe(node);
}

void ComparePage::addEntries(QTreeWidgetItem *parent, int a, int b)
{
    for (const WireDiffEntry &entry : m_diff->children(a, b)) {
        auto *item = new QTreeWidgetItem(parent, {entry.path, stateText(entry.state),
                                                  describe(0, entry.a), describe(1, entry.b)});
        item->setData(0, NodeARole, entry.a);
        item->setData(0, NodeBRole, entry.b);
        item->setData(0, StateRole, int(entry.state));
        if (entry.state != WireDiffEntry::State::Same) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        if (m_diff->canExpand(entry))
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
}

void ComparePage::expand(QTreeWidgetItem *item)
{
    if (!m_diff || item->data(0, LoadedRole).toBool() ||
        item->childIndicatorPolicy() != QTreeWidgetItem::ShowIndicator)
        return;
    item->setData(0, LoadedRole, true);
    addEntries(item, item->data(0, NodeARole).toInt(), item->data(0, NodeBRole).toInt());
    m_tree->resizeColumnToContents(0);
}

QTreeWidgetItem *ComparePage::itemOf(const QString &path)
{
    QTreeWidgetItem *at = m_tree->invisibleRootItem();
    QString prefix;
    for (const QString &part : path.split(u'.')) {
        prefix = prefix.isEmpty() ? part : prefix + u'.' + part;
        QTreeWidgetItem *found = nullptr;
        if (at != m_tree->invisibleRootItem())
            at->setExpanded(true);
        for (int i = 0; i < at->childCount() && !found; ++i) {
            if (at->child(i)->text(0) == prefix)
                found = at->child(i);
        }
        if (!found)
            return nullptr;
        at = found;
    }
    return at;
}

void ComparePage::showCaptures()
{
    m_captures->setRowCount(0);
    std::array<QJsonObject, 2> json;
    bool any = false;
    for (int side = 0; side < 2; ++side) {
        const Side &s = m_sides[std::size_t(side)];
        if (!s.tree || !CaptureFile::claimsOpenFormat(*s.tree))
            continue;
        const CaptureFile file = CaptureFile::read(s.path);
        if (file.capture) {
            json[std::size_t(side)] = CaptureFile::toJson(*file.capture);
            any = true;
        }
    }
    if (!any)
        return;
    const auto text = [&json](int side, const QString &key) {
        const QJsonValue value = json[std::size_t(side)].value(key);
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : value.toArray())
                parts.append(part.toString());
            return parts.join(u", "_s);
        }
        return value.isDouble() ? QLocale().toString(value.toInteger()) : value.toString();
    };
    const auto device = [&json](int side) {
        const QJsonObject d = json[std::size_t(side)].value(u"device"_s).toObject();
        return QStringList{d.value(u"manufacturer"_s).toString(), d.value(u"model"_s).toString(),
                           d.value(u"os"_s).toString(), d.value(u"os_version"_s).toString(),
                           d.value(u"sdk_version"_s).toString()}
            .join(u' ')
            .simplified();
    };
    const QList<std::pair<QString, QString>> rows{{tr("Output type"), u"output_type"_s},
                                                  {tr("Motions"), u"motions"_s},
                                                  {tr("Difficulty"), u"difficulty"_s},
                                                  {tr("Frames"), u"frame_count"_s},
                                                  {tr("Duration (ms)"), u"duration_ms"_s}};
    for (const auto &[label, key] : rows) {
        const int row = m_captures->rowCount();
        m_captures->insertRow(row);
        m_captures->setItem(row, 0, new QTableWidgetItem(label));
        m_captures->setItem(row, 1, new QTableWidgetItem(text(0, key)));
        m_captures->setItem(row, 2, new QTableWidgetItem(text(1, key)));
    }
    const int row = m_captures->rowCount();
    m_captures->insertRow(row);
    m_captures->setItem(row, 0, new QTableWidgetItem(tr("Device")));
    m_captures->setItem(row, 1, new QTableWidgetItem(device(0)));
    m_captures->setItem(row, 2, new QTableWidgetItem(device(1)));
    m_captures->resizeColumnsToContents();
}

void ComparePage::runPreChecks()
{
    if (!m_sides[0].tree || !m_sides[1].tree)
        return;
    showCaptures();
    m_runButton->setEnabled(false);
    m_cancelButton->show();
    m_checkLabel->setText(tr("The engine is looking at the frames of both files…"));
    m_preCheckFailed = false;
    for (Side &s : m_sides) {
        s.checked = false;
        s.check->start(s.path);
    }
}

void ComparePage::cancelPreChecks()
{
    for (Side &s : m_sides)
        s.check->cancel();
}

void ComparePage::preCheckDone(int side, const EngineCheckResult &result)
{
    Side &s = m_sides[std::size_t(side)];
    s.checked = true;
    const QString column = side == 0 ? u"A"_s : u"B"_s;
    if (result.status != EngineCheckResult::Status::Ok) {
        m_preCheckFailed = true;
        m_checkLabel->setText(tr("Pre-check of %1: %2").arg(column, result.message));
    } else {
        const auto rowOf = [this](const QString &label) {
            for (int row = 0; row < m_captures->rowCount(); ++row) {
                if (m_captures->item(row, 0)->text() == label)
                    return row;
            }
            const int row = m_captures->rowCount();
            m_captures->insertRow(row);
            m_captures->setItem(row, 0, new QTableWidgetItem(label));
            m_captures->setItem(row, 1, new QTableWidgetItem);
            m_captures->setItem(row, 2, new QTableWidgetItem);
            return row;
        };
        m_captures->item(rowOf(u"hack_score"_s), side + 1)->setText(number(result.hackScore));
        for (const EngineCue &cue : result.cues)
            m_captures->item(rowOf(cue.name), side + 1)
                ->setText(
                    tr("%1 (evidence %2)").arg(number(cue.value), number(cue.attackEvidence)));
        m_captures->resizeColumnsToContents();
    }
    if (m_sides[0].checked && m_sides[1].checked) {
        m_cancelButton->hide();
        m_runButton->setEnabled(true);
        if (!m_preCheckFailed)
            m_checkLabel->setText(tr("Cue values by the reference engine: a local pre-check, "
                                     "not the vendor's answer."));
        emit preChecksDone();
    }
}
