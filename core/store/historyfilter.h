// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class QSqlQuery;

// Which history records to list: the same WHERE clause for the command line, the history
// window's model and the export. Empty or invalid fields do not filter.
struct HistoryFilter
{
    QDateTime sinceUtc;   // at or after
    QDateTime untilUtc;   // before
    QString verdict;      // a stored verdict name, e.g. "same_person" or "error"
    QString status;       // "OK", an API status or a local error code
    QString operatorName; // the whole name, case-insensitive
    QString text;         // part of the request_id or the case reference, case-insensitive
    QString requestId;    // exactly this request_id
    qint64 id = 0;        // exactly this record (an error answer may have no request_id)

    bool isEmpty() const;
    // " WHERE ..." with named placeholders, or empty.
    QString whereClause() const;
    // Binds the placeholders of whereClause() on a prepared query.
    void bindTo(QSqlQuery &query) const;
};
