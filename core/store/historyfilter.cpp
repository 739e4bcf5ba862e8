// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfilter.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

bool HistoryFilter::isEmpty() const
{
    return whereClause().isEmpty();
}

QString HistoryFilter::whereClause() const
{
    QStringList terms;
    if (sinceUtc.isValid())
        terms.append(u"time_utc >= :f_since"_s);
    if (untilUtc.isValid())
        terms.append(u"time_utc < :f_until"_s);
    if (!verdict.isEmpty())
        terms.append(u"verdict = :f_verdict"_s);
    if (!status.isEmpty())
        terms.append(u"status = :f_status"_s);
    if (!operatorName.isEmpty())
        terms.append(u"operator = :f_operator COLLATE NOCASE"_s);
    if (!text.isEmpty())
        terms.append(u"(instr(lower(request_id), lower(:f_text1)) > 0 OR "
                     "instr(lower(case_ref), lower(:f_text2)) > 0)"_s);
    if (!requestId.isEmpty())
        terms.append(u"request_id = :f_request"_s);
    if (id > 0)
        terms.append(u"id = :f_id"_s);
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

void HistoryFilter::bindTo(QSqlQuery &query) const
{
    // Times are stored as ISO 8601 UTC with milliseconds, so text order is time order.
    if (sinceUtc.isValid())
        query.bindValue(u":f_since"_s, sinceUtc.toUTC().toString(Qt::ISODateWithMs));
    if (untilUtc.isValid())
        query.bindValue(u":f_until"_s, untilUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!verdict.isEmpty())
        query.bindValue(u":f_verdict"_s, verdict);
    if (!status.isEmpty())
        query.bindValue(u":f_status"_s, status);
    if (!operatorName.isEmpty())
        query.bindValue(u":f_operator"_s, operatorName);
    if (!requestId.isEmpty())
        query.bindValue(u":f_request"_s, requestId);
    if (id > 0)
        query.bindValue(u":f_id"_s, id);
    if (!text.isEmpty()) {
        query.bindValue(u":f_text1"_s, text);
        query.bindValue(u":f_text2"_s, text);
    }
}
