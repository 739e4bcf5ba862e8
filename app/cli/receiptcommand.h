// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

// `verifydesk receipt REQUEST_ID [-o FILE.pdf]`: writes the receipt of a recorded verification
// (the newest with that request_id) as a PDF. Needs a QGuiApplication, not a display.
class ReceiptCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCommand)

public:
    ReceiptCommand();

    // arguments: the positional arguments after "receipt". The value is the exit code.
    int run(const QCommandLineParser &parser, const QStringList &arguments);

private:
    QTextStream m_out;
    QTextStream m_err;
};
