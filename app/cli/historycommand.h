// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;
struct HistoryFilter;

// `verifydesk history ...`: lists, filters and exports the recorded verifications, or checks
// the history's hash chain (--verify). Needs no display and no network.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

    // The options of its own; --operator and --json are VerifyCommand's, shared.
    static void addOptions(QCommandLineParser &parser);
    // Runs the command; the value is the exit code.
    int run(const QCommandLineParser &parser);

private:
    bool readFilter(const QCommandLineParser &parser, HistoryFilter &filter);

    QTextStream m_out;
    QTextStream m_err;
};
