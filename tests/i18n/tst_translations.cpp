#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The French translation must stay complete: every string the sources pass to tr() has a
// finished French entry. lupdate is run over the sources into a copy of the .ts file, so a
// string added to the code without a translation shows up here as unfinished.
class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    struct Entry {
        QString context;
        QString source;
        QString type;
        QString translation;
    };

    static QList<Entry> readEntries(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        QList<Entry> entries;
        QXmlStreamReader xml(&file);
        QString context;
        Entry entry;
        bool inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == "name"_L1 && !inMessage) {
                    context = xml.readElementText();
                } else if (name == "message"_L1) {
                    inMessage = true;
                    entry = Entry{context, {}, {}, {}};
                } else if (name == "source"_L1 && inMessage) {
                    entry.source = xml.readElementText();
                } else if (name == "translation"_L1 && inMessage) {
                    entry.type = xml.attributes().value("type"_L1).toString();
                    // Plural forms hold <numerusform> children; readElementText gathers them.
                    entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == "message"_L1) {
                inMessage = false;
                entries.append(entry);
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return entries;
    }

    // Runs lupdate over the sources into a copy of tsName and fails listing every unfinished entry;
    // fewer than minimumEntries entries means lupdate did not see the sources.
    static void checkComplete(const QString &tsName, const QStringList &extraArguments, qsizetype minimumEntries)
    {
        const QString tsFile = QStringLiteral(RECOUPE_SOURCE_DIR "/translations/") + tsName;
        QVERIFY2(QFile::exists(tsFile), qPrintable(tsFile));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(tsName);
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RECOUPE_LUPDATE_PATH),
                      QStringList{u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s} + extraArguments
                          + QStringList{QStringLiteral(RECOUPE_SOURCE_DIR "/lib"), QStringLiteral(RECOUPE_SOURCE_DIR "/app"),
                                        u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<Entry> entries = readEntries(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(entries.size() >= minimumEntries, "lupdate found almost no strings: is the source path right?");

        QStringList unfinished;
        for (const Entry &entry : entries) {
            if (entry.type == "unfinished"_L1 || entry.translation.trimmed().isEmpty())
                unfinished.append(entry.context + u": "_s + entry.source);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(u"%1 entries of %2 are missing or unfinished (run the update_translations target, "
                            "then translate them in translations/%2):\n  "_s.arg(unfinished.size()).arg(tsName)
                            + unfinished.join(u"\n  "_s)));
    }

private Q_SLOTS:
    void frenchIsComplete()
    {
        checkComplete(u"recoupe_fr.ts"_s, {}, 20);
    }

    // English is the source language: only the plural forms of "%n" strings need an entry.
    void englishPluralsAreComplete()
    {
        checkComplete(u"recoupe_en.ts"_s, {u"-pluralonly"_s}, 5);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
