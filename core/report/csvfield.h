// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The one rule for a field of every CSV VerifyDesk writes (the history export, the batch
// results): RFC 4180 quoting, and no cell that a spreadsheet would run as a formula.
class CsvField
{
public:
    // Quoted when it holds a comma, a quote or a line break. A leading = + - @, tab or carriage
    // return (OWASP's list) gets a leading quote, so that the spreadsheet shows it as text.
    static QString encoded(const QString &value);
};
