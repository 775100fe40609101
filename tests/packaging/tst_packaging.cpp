// The release metadata agrees with the CMake version, the desktop file opens folders, and the
// Debian package (when `scripts/dev package` has built one) holds what an installed Recoupe needs
// and depends on the Qt 6 and KF6 runtime packages.

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"org.recoupe.Recoupe"_s;

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The package under test: RECOUPE_DEB (scripts/dev sets it), else where CPack leaves it in this build.
QString debPath()
{
    const QString fromEnvironment = qEnvironmentVariable("RECOUPE_DEB");
    return fromEnvironment.isEmpty() ? QStringLiteral(RECOUPE_DEFAULT_DEB) : fromEnvironment;
}

bool runDpkgDeb(const QStringList &arguments, QString *output)
{
    const QString dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
    if (dpkgDeb.isEmpty())
        return false;
    QProcess process;
    process.start(dpkgDeb, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("dpkg-deb %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

// dpkg-deb -c lines end with the path, "./usr/bin/recoupe" (symbolic links add " -> target").
QStringList packagePaths(const QString &listing)
{
    QStringList paths;
    const QStringList lines = listing.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype start = line.indexOf(u" ./"_s);
        if (start < 0)
            continue;
        QString path = line.mid(start + 1);
        const qsizetype arrow = path.indexOf(u" -> "_s);
        if (arrow >= 0)
            path.truncate(arrow);
        if (path.endsWith(u'/') && path.size() > 1)
            path.chop(1);
        paths.append(path);
    }
    return paths;
}

// The value of a field of dpkg-deb -I, folded continuation lines included.
QString controlField(const QString &info, const QString &field)
{
    const QRegularExpression re(u"^ %1: (.*)$"_s.arg(QRegularExpression::escape(field)), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = re.match(info);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace

class tst_Packaging : public QObject
{
    Q_OBJECT

private:
    QString m_listing;
    QString m_info;

    bool loadPackage()
    {
        if (!QFile::exists(debPath()))
            return false;
        if (m_listing.isEmpty()) {
            if (!runDpkgDeb({u"-c"_s, debPath()}, &m_listing) || !runDpkgDeb({u"-I"_s, debPath()}, &m_info))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void metainfoReleaseIsTheProjectVersion()
    {
        QFile file(u"%1/packaging/%2.metainfo.xml"_s.arg(QStringLiteral(RECOUPE_SOURCE_DIR), appId));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString newest;
        while (!xml.atEnd() && newest.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "release"_L1)
                newest = xml.attributes().value("version"_L1).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // Releases are listed newest first: the first one is the version being built.
        QCOMPARE(newest, QStringLiteral(RECOUPE_VERSION_STRING));
    }

    void changelogHasTheProjectVersion()
    {
        const QString changelog = readText(QStringLiteral(RECOUPE_SOURCE_DIR "/CHANGELOG.md"));
        QVERIFY(!changelog.isEmpty());
        const QRegularExpression heading(u"^## \\[%1\\] - \\d{4}-\\d{2}-\\d{2}$"_s.arg(QRegularExpression::escape(QStringLiteral(RECOUPE_VERSION_STRING))),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(heading.match(changelog).hasMatch(), "CHANGELOG.md has no '## [VERSION] - DATE' heading for the project version");
    }

    // One licence, said the same way in the sources (LICENSE), the metainfo and the package's
    // copyright file.
    void licenseIsTheSameEverywhere()
    {
        const QString license = readText(QStringLiteral(RECOUPE_SOURCE_DIR "/LICENSE"));
        QVERIFY2(license.contains(u"GNU GENERAL PUBLIC LICENSE"_s) && license.contains(u"Version 3, 29 June 2007"_s), "LICENSE is not the GPL 3");
        const QString metainfo = readText(u"%1/packaging/%2.metainfo.xml"_s.arg(QStringLiteral(RECOUPE_SOURCE_DIR), appId));
        QVERIFY(metainfo.contains(u"<project_license>GPL-3.0-or-later</project_license>"_s));
        const QString copyright = readText(QStringLiteral(RECOUPE_SOURCE_DIR "/packaging/copyright"));
        QVERIFY(copyright.startsWith(u"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"_s));
        QVERIFY(copyright.contains(u"Files: *\nCopyright: "_s));
        QVERIFY(copyright.contains(u"License: GPL-3+\n This program is free software"_s));
        QVERIFY(copyright.contains(u"any later version"_s));
    }

    void desktopFileOpensFolders_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("folders") << u"MimeType"_s << u"(^|;)inode/directory;"_s;
        // recoupe takes one folder: %f, and file managers pass it as a local path.
        QTest::newRow("exec") << u"Exec"_s << u"^recoupe %f$"_s;
        QTest::newRow("icon") << u"Icon"_s << u"^org\\.recoupe\\.Recoupe$"_s;
        QTest::newRow("french name") << u"Name[fr]"_s << u"."_s;
        QTest::newRow("french comment") << u"Comment[fr]"_s << u"."_s;
    }

    void desktopFileOpensFolders()
    {
        QFETCH(QString, key);
        QFETCH(QString, pattern);
        const QString desktop = readText(u"%1/packaging/%2.desktop"_s.arg(QStringLiteral(RECOUPE_SOURCE_DIR), appId));
        const QRegularExpression line(u"^%1=(.*)$"_s.arg(QRegularExpression::escape(key)), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(desktop);
        QVERIFY2(match.hasMatch(), qPrintable(key));
        QVERIFY2(QRegularExpression(pattern).match(match.captured(1)).hasMatch(), qPrintable(match.captured(1)));
    }

    void packageContents_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("gui") << u"./usr/bin/recoupe"_s;
        QTest::newRow("cli") << u"./usr/bin/recoupe-cli"_s;
        QTest::newRow("desktop") << u"./usr/share/applications/%1.desktop"_s.arg(appId);
        QTest::newRow("metainfo") << u"./usr/share/metainfo/%1.metainfo.xml"_s.arg(appId);
        QTest::newRow("scalable icon") << u"./usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId);
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QTest::addRow("icon %d", size) << u"./usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(QString::number(size), appId);
        }
        QTest::newRow("french") << u"./usr/share/recoupe/translations/recoupe_fr.qm"_s;
        QTest::newRow("syntax") << u"./usr/share/recoupe/syntax/recoupe-figures.xml"_s;
        QTest::newRow("entities") << u"./usr/share/recoupe/entities/entities.json"_s;
        QTest::newRow("rates") << u"./usr/share/recoupe/fx/eur-rates.csv"_s;
        QTest::newRow("fiscal years") << u"./usr/share/recoupe/fiscal/fiscal-years.json"_s;
        QTest::newRow("samples") << u"./usr/share/recoupe/samples/README.md"_s;
        QTest::newRow("changelog") << u"./usr/share/doc/recoupe/CHANGELOG.md"_s;
        QTest::newRow("copyright") << u"./usr/share/doc/recoupe/copyright"_s;
    }

    void packageContents()
    {
        QFETCH(QString, path);
        if (!loadPackage())
            QSKIP(qPrintable(u"No package at %1 (scripts/dev package builds it), or no dpkg-deb"_s.arg(debPath())));
        const QStringList paths = packagePaths(m_listing);
        QVERIFY2(paths.contains(path), qPrintable(path));
    }

    void packageHasEverySample()
    {
        if (!loadPackage())
            QSKIP("No package (scripts/dev package builds it)");
        const QStringList paths = packagePaths(m_listing);
        const QStringList samples = QDir(QStringLiteral(RECOUPE_SAMPLES_DIR)).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(!samples.isEmpty());
        for (const QString &sample : samples)
            QVERIFY2(paths.contains(u"./usr/share/recoupe/samples/"_s + sample), qPrintable(sample));
        // Only what an installed Recoupe needs: no test program, no build tool, and none of what
        // Recoupe remembers about a folder when the samples were opened in the source tree.
        for (const QString &path : paths)
            QVERIFY2(!path.contains(u"/.recoupe/"_s) && !path.endsWith(u"/.recoupe"_s), qPrintable(path));
        for (const QString &path : paths) {
            if (path.startsWith(u"./usr/bin/"_s))
                QVERIFY2(path == "./usr/bin/recoupe"_L1 || path == "./usr/bin/recoupe-cli"_L1, qPrintable(path));
        }
    }

    void packageControl_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("name") << u"Package"_s << u"^recoupe$"_s;
        QTest::newRow("version") << u"Version"_s << u"^%1$"_s.arg(QRegularExpression::escape(QStringLiteral(RECOUPE_VERSION_STRING)));
        QTest::newRow("architecture") << u"Architecture"_s << u"^amd64$"_s;
        // dpkg-shlibdeps' names for the libraries the programs link.
        QStringList libraries{u"libqt6core6(t64)?"_s, u"libqt6gui6"_s, u"libqt6widgets6"_s, u"libqt6charts6"_s,
                              u"libqt6svg6"_s, u"libkf6syntaxhighlighting6"_s, u"libgumbo\\d+"_s, u"libmd4c0"_s,
                              u"libpoppler-qt6-\\d+(t64)?"_s};
#ifdef RECOUPE_PACKAGE_MIMALLOC
        libraries.append(u"libmimalloc\\d+"_s);
#endif
        for (const QString &library : libraries)
            QTest::addRow("depends %s", qPrintable(library)) << u"Depends"_s << u"(^|, )%1( \\(|,|$)"_s.arg(library);
        QTest::newRow("wayland") << u"Recommends"_s << u"(^|, )qt6-wayland(,|$)"_s;
    }

    void packageControl()
    {
        QFETCH(QString, field);
        QFETCH(QString, pattern);
        if (!loadPackage())
            QSKIP("No package (scripts/dev package builds it)");
        const QString value = controlField(m_info, field);
        QVERIFY2(QRegularExpression(pattern).match(value).hasMatch(), qPrintable(u"%1: %2"_s.arg(field, value)));
    }
};

QTEST_GUILESS_MAIN(tst_Packaging)
#include "tst_packaging.moc"
