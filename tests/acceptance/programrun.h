#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a program (recoupe-cli, a shared scorer) to its end: its standard output in *out, or false
// with what it said on its error stream in *error. For the acceptance tests.
inline bool runProgram(const QString &program, const QStringList &arguments, QByteArray *out, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    *out = process.readAllStandardOutput();
    return true;
}
