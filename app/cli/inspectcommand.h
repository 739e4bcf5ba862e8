// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

class QCommandLineParser;
class WireTree;

// `verifydesk inspect FILE`: prints the protobuf wire tree of any file (text or --json), the
// decoded capture of an open-format file, or exports one field's bytes; a malformed file is
// printed as far as it reads, then the error with its byte offset.
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    InspectCommand();

    // Its options beside --json, which verify defines for both.
    static void addOptions(QCommandLineParser &parser);
    // arguments: what follows the word inspect. Returns the exit code.
    int run(const QCommandLineParser &parser, const QStringList &arguments);

private:
    int exportBytes(WireTree &tree, const QString &fieldPath, const QString &outPath);
    int compare(WireTree &a, const QString &pathB, bool json);
    QJsonArray jsonNodes(WireTree &tree, const QList<int> &ids, int depth);
    void printNodes(WireTree &tree, const QList<int> &ids, int depth);
    void printCapture(const QString &path);

    int m_maxDepth = 64;
    QTextStream m_out;
    QTextStream m_err;
};
