#pragma once

#include "testconfig.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// recoupe-cli run as a real program, as a script would run it. Shared by the CLI tests.
struct Run {
    int exitCode = -1; // -1 when the program did not finish normally
    QByteArray out;
    QByteArray err;
};

inline Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RECOUPE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
