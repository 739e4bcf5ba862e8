// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>
#include <optional>

// The vendor's verify_score / false-accept-rate table, with the row a score reaches highlighted
// and the row the decision uses marked.
class ThresholdTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ThresholdColumn,
        FalseAcceptColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ThresholdTableWidget(QWidget *parent = nullptr);

    void setDecisionThreshold(double threshold);
    // No score clears the highlight.
    void setScore(std::optional<double> verifyScore);

    // The highlighted row (the highest row the score reaches), -1 when none.
    int reachedRow() const { return m_reachedRow; }
    // The row of the decision threshold, -1 when the threshold is not a table row.
    int decisionRow() const { return m_decisionRow; }

    static QString formatRate(double rate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    double m_decisionThreshold;
    std::optional<double> m_score;
    int m_reachedRow = -1;
    int m_decisionRow = -1;
};
