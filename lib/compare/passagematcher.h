#pragma once

#include "compare/passagematch.h"
#include "corpus/document.h"

#include <QList>
#include <QPromise>

#include <functional>
#include <utility>

namespace Recoupe {

struct PassageMatchOptions {
    // Lowest score of a match. Calibrated on tests/fixtures/compare/passages (sentences reporting
    // the same fact score 0.34 and more, sentences sharing only a name or a place 0.1 at most) and
    // on the five reference articles, where restatements of one fact score 0.22 to 0.8 and
    // unrelated sentences about the same company up to 0.23: 0.25 keeps matches precise.
    double threshold = 0.25;
    // Sentences must share at least this many terms: one shared name is a topic, not a statement.
    int minimumShared = 2;
    // Sentences with fewer terms (headings, captions, bylines) are not matched.
    int minimumTerms = 3;
    // A term found in more sentences than this (a word of every article) proposes no candidates:
    // it bounds the work per sentence, so matching stays near-linear on large folders. It still
    // counts in the score of candidates that rarer terms proposed.
    int maxPostings = 400;
    // Each sentence looks for candidates through its rarest terms only, this many: the work per
    // sentence is bounded by probeTerms × maxPostings.
    int probeTerms = 8;
    // A sentence keeps its best match in each other document, and at most this many matches.
    int maxMatchesPerSentence = 5;
    // Whether each match carries the text of its sentences and the terms they share, which the
    // command line and the JSON export print. The window places matches by their offsets alone:
    // quoting them was a sixth of matching a large folder.
    bool quotes = true;
    bool operator==(const PassageMatchOptions &) const = default;
};

// Finds sentences of different documents that say the same thing, across French and English:
// each sentence becomes a set of terms (numbers by value, names, stemmed words and FR/EN concepts,
// unordered word pairs; see TextFeatures), weighted by rarity (idf) and kind; an inverted index
// from term to sentences proposes candidates, which are scored by weighted cosine. Each sentence
// keeps its best match in each other document, up to PassageMatchOptions::maxMatchesPerSentence.
class PassageMatcher
{
public:
    explicit PassageMatcher(PassageMatchOptions options = {});

    // Unloaded documents are skipped. Matches come best first.
    QList<PassageMatch> match(const QList<Document> &documents) const;

    // For QtConcurrent::run(&PassageMatcher::matchWithPromise, documents, options): progress over
    // sentences, isCanceled() polled (a canceled run adds no result), one result.
    static void matchWithPromise(QPromise<QList<PassageMatch>> &promise, const QList<Document> &documents,
                                 const PassageMatchOptions &options);

    // The sentences of a reading text, as [start, end) offsets, trimmed: SentenceSplitter's, as
    // the claim parser reads them; paragraphs always end one.
    static QList<std::pair<qsizetype, qsizetype>> sentences(const QString &text);

private:
    // progress(done, total) returns false to stop.
    QList<PassageMatch> run(const QList<Document> &documents, const std::function<bool(qsizetype, qsizetype)> &progress) const;

    PassageMatchOptions m_options;
};

} // namespace Recoupe
