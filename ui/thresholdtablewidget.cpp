// SPDX-License-Identifier: GPL-3.0-or-later
#include "thresholdtablewidget.h"

#include "api/thresholdtable.h"
#include "api/verdict.h"

#include <QEvent>
#include <QHeaderView>
#include <cmath>

using namespace Qt::StringLiterals;

ThresholdTableWidget::ThresholdTableWidget(QWidget *parent)
    : QTableWidget(parent)
    , m_decisionThreshold(Thresholds::DefaultVerify)
{
    setObjectName(u"thresholdTable"_s);
    setColumnCount(ColumnCount);
    setRowCount(static_cast<int>(ThresholdTable::rows().size()));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    // One Tab stop for the whole table; the arrows move inside it.
    setFocusPolicy(Qt::StrongFocus);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    // Uniform rows: the bold decision and reached rows must not grow taller than the others.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(ThresholdColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(FalseAcceptColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    retranslate();
    fill();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height);
}

void ThresholdTableWidget::setDecisionThreshold(double threshold)
{
    m_decisionThreshold = threshold;
    fill();
}

void ThresholdTableWidget::setScore(std::optional<double> verifyScore)
{
    m_score = verifyScore;
    fill();
}

QString ThresholdTableWidget::formatRate(double rate)
{
    // 1e-4 reads better to an operator as "1/10 000 (1e-4)".
    const int exponent = static_cast<int>(std::lround(std::log10(rate)));
    const QString oneIn = QLocale().toString(std::pow(10.0, -exponent), 'f', 0);
    return u"1/%1 (1e%2)"_s.arg(oneIn).arg(exponent);
}

void ThresholdTableWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QTableWidget::changeEvent(event);
}

void ThresholdTableWidget::retranslate()
{
    setHorizontalHeaderLabels(
        {tr("verify_score ≥"), tr("False-accept rate"), tr("On this answer")});
    setAccessibleName(tr("Threshold table"));
}

void ThresholdTableWidget::fill()
{
    const QList<ThresholdTable::Row> &rows = ThresholdTable::rows();
    m_decisionRow = ThresholdTable::rowForThreshold(m_decisionThreshold).value_or(-1);
    m_reachedRow = -1;
    if (m_score)
        m_reachedRow = ThresholdTable::rowReached(*m_score).value_or(-1);

    const QPalette pal = palette();
    for (int row = 0; row < rows.size(); ++row) {
        const ThresholdTable::Row &entry = rows.at(row);
        QStringList notes;
        if (row == m_reachedRow)
            notes << tr("score %1 reaches this row").arg(QLocale().toString(*m_score, 'f', 4));
        if (row == m_decisionRow)
            notes << tr("decision threshold");

        const QString cells[ColumnCount] = {QLocale().toString(entry.threshold, 'f', 1),
                                            formatRate(entry.falseAcceptRate),
                                            notes.join(tr("; ", "between two notes of a row"))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                setItem(row, column, cell);
            }
            cell->setText(cells[column]);
            QFont font = this->font();
            font.setBold(row == m_reachedRow || row == m_decisionRow);
            cell->setFont(font);
            if (row == m_reachedRow) {
                cell->setBackground(pal.color(QPalette::Highlight));
                cell->setForeground(pal.color(QPalette::HighlightedText));
            } else {
                cell->setBackground(QBrush());
                cell->setForeground(QBrush());
            }
            // The decision row keeps a visible frame of its own: an arrow in the first column.
            if (column == ThresholdColumn && row == m_decisionRow)
                cell->setText(u"▶ "_s + cells[column]);
        }
    }
}
