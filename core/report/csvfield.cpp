// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfield.h"

using namespace Qt::StringLiterals;

namespace {

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

} // namespace

QString CsvField::encoded(const QString &value)
{
    QString text = value;
    if (startsFormula(text))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}
