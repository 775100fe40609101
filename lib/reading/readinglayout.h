#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Recoupe {

// The panes of side-by-side reading and the store that keeps them are declared together: the
// layout is only ever read and written through the store, and the GUI needs both at once.

// One reading pane as it was left.
struct ReadingPaneState {
    QString documentId;
    qsizetype topOffset = 0; // reading-text offset at the top of the view (survives font and window changes, unlike a scrollbar value)
    int zoomSteps = 0;       // text zoom of the pane, in steps
    bool operator==(const ReadingPaneState &) const = default;
};

// What is remembered per folder, so that reopening it shows the same articles at the same place:
//
//   {"format": "recoupe-layout-1",
//    "panes": [{"document": "a.txt", "topOffset": 1200, "zoomSteps": 1}, ...],
//    "splitterSizes": [400, 400], "currentPane": 0, "linkedScrolling": true}
struct ReadingLayout {
    static constexpr qsizetype maximumPanes = 4;

    QList<ReadingPaneState> panes; // 1 to 4; empty when nothing was remembered
    QList<int> splitterSizes;
    int currentPane = 0;
    bool linkedScrolling = false;
    bool operator==(const ReadingLayout &) const = default;

    bool isEmpty() const { return panes.isEmpty(); }

    QJsonObject toJson() const;
    // Tolerant of what a hand edit or an older version leaves (extra panes dropped, a current
    // pane out of range reset to 0, unknown keys ignored); *ok false only when the object is not
    // a layout at all (another format).
    static ReadingLayout fromJson(const QJsonObject &object, bool *ok = nullptr);
};

// Where the layout of a folder is kept: beside the articles when the folder can be written, so
// that it travels with them, else in the application's data folder, as annotations do
// (AnnotationLocation decides which, by the same rule).
class ReadingLayoutStore
{
    Q_DECLARE_TR_FUNCTIONS(Recoupe::ReadingLayoutStore)
public:
    static QString formatName(); // "recoupe-layout-1"

    // FOLDER/.recoupe/layout.json when FOLDER/.recoupe can be written (created if needed); else
    // QStandardPaths::AppDataLocation + "/layouts/<sha1 of the folder's canonical path>.json".
    static QString filePath(const QString &folder);
    static QString fallbackFilePath(const QString &folder);
    // An empty layout when none was saved; *error is set only when a file exists and is
    // unreadable or corrupt (the layout is then empty too: a lost layout is a small loss, and
    // the next save replaces the file).
    static ReadingLayout load(const QString &folder, QString *error = nullptr);
    // Atomic (QSaveFile). Falls back to the data folder when the folder's file cannot be created.
    static bool save(const QString &folder, const ReadingLayout &layout, QString *error = nullptr);
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::ReadingLayout)
