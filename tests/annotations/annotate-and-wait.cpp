// Helper of tst_annotations_crash: annotates a passage through the store, prints "ready <id>"
// once the store reports the save, then waits, doing nothing, to be killed.
//
//   annotate-and-wait FOLDER FALLBACK_ROOT NOTE

#include "annotations/annotationstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Recoupe;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: annotate-and-wait FOLDER FALLBACK_ROOT NOTE\n", stderr);
        return 2;
    }
    AnnotationStore::Options options;
    options.fallbackRoot = arguments.at(2);
    AnnotationStore store(options);
    QString error;
    if (!store.open(arguments.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Document document;
    document.id = u"article.txt"_s;
    document.text = u"The museum expects 250,000 visitors in its first year, twice the earlier estimate."_s;
    store.setDocuments({document});

    QObject::connect(&store, &AnnotationStore::saved, &app, [&store] {
        QTextStream out(stdout);
        out << "ready " << store.annotations().constFirst().id << Qt::endl;
    });
    QObject::connect(&store, &AnnotationStore::saveFailed, &app, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    const qsizetype start = document.text.toString().indexOf(u"250,000 visitors"_s);
    store.annotatePassage(document.id, start, start + 16, arguments.at(3), u"needs_source"_s);
    return app.exec();
}
