#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

// Two short articles of our own about Meta's 2025 spending that disagree: 40 billion dollars in
// one, 45 in the other, and a year read as nothing (a page number line).
namespace CorrectionsFixture {

inline const char *englishArticle()
{
    return "Meta plans heavier AI spending\n\n"
           "Published 2025-02-10.\n\n"
           "Meta told investors that its capital expenditure would reach $40 billion in 2025, most of it for new data centers.\n\n"
           "The company also ordered 3,000 GPUs for a new site in Ohio.\n";
}

inline const char *frenchArticle()
{
    return "Meta accélère ses dépenses\n\n"
           "Publié le 2025-02-12.\n\n"
           "Meta prévoit des investissements de 45 milliards de dollars en 2025 pour ses centres de données.\n\n"
           "Les analystes saluent ce choix.\n";
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool makeFolder(const QString &folder)
{
    return QDir().mkpath(folder) && write(QDir(folder).filePath(QStringLiteral("meta-en.txt")), englishArticle())
        && write(QDir(folder).filePath(QStringLiteral("meta-fr.txt")), frenchArticle());
}

inline bool writeCorrections(const QString &folder, const QByteArray &json)
{
    return QDir(folder).mkpath(QStringLiteral(".recoupe")) && write(QDir(folder).filePath(QStringLiteral(".recoupe/corrections.json")), json);
}

// The hand-written file of DESIGN.md's shape: the French figure set to 40 billion (which makes
// the two articles agree), the GPUs count rejected, and the "$40 billion" figure's
// sentence given a second, added figure for Alphabet.
inline QByteArray designShapedCorrections()
{
    return "{\"format\": \"recoupe-corrections-1\",\n"
" \"corrections\": [\n"
"  {\"id\": \"urn:uuid:0b7c6f7e-3d1a-4d0e-9a55-6b2f1c1d0001\", \"document\": \"meta-fr.txt\", \"author\": \"Claire\", \"created\": \"2025-02-13T09:00:00Z\",\n"
"   \"target\": {\"quote\": \"45 milliards de dollars\", \"prefix\": \"des investissements de \", \"suffix\": \" en 2025\"},\n"
"   \"set\": {\"low\": 4.0e10, \"high\": 4.0e10}, \"note\": \"the company's own release says 40\"},\n"
"  {\"id\": \"urn:uuid:0b7c6f7e-3d1a-4d0e-9a55-6b2f1c1d0002\", \"document\": \"meta-en.txt\", \"author\": \"Claire\",\n"
"   \"target\": {\"quote\": \"3,000 GPUs\"}, \"reject\": true, \"note\": \"not a figure we compare\"},\n"
"  {\"id\": \"urn:uuid:0b7c6f7e-3d1a-4d0e-9a55-6b2f1c1d0003\", \"document\": \"meta-en.txt\", \"author\": \"Claire\",\n"
"   \"target\": {\"quote\": \"most of it\"},\n"
"   \"add\": {\"entity\": \"Meta\", \"metric\": \"other_money\", \"period\": \"2025\", \"low\": 2.0e10, \"high\": 3.0e10, \"currency\": \"USD\", \"qualifier\": \"range\"}}]}";
}

} // namespace CorrectionsFixture
