// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// One run of the built verifydesk-engine (VD_ENGINE_EXE) for the tests that drive its CLI.
struct EngineRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline EngineRun engine(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(VD_ENGINE_EXE), args);
    EngineRun run;
    if (!process.waitForFinished(120000)) {
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
