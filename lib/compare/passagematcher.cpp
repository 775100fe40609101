#include "compare/passagematcher.h"

#include "compare/textfeatures.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Recoupe {

namespace {

// How much a shared term of each kind says that two sentences report the same thing. A figure
// is the strongest clue, unless it is a small whole number ("2", "deux"), which many sentences
// hold by chance; a year is shared by everything written that year; a pair of words adds
// phrasing on top of the words themselves.
double termWeight(const TextTerm &term)
{
    switch (term.kind) {
    case TextTerm::Kind::Number: {
        const double value = std::abs(term.key.mid(1).toDouble());
        return (value >= 100 || value != std::floor(value)) ? 2.0 : 1.0;
    }
    case TextTerm::Kind::Year:
        return 0.5;
    case TextTerm::Kind::Name:
    case TextTerm::Kind::Word:
        return 1.0;
    }
    return 1.0;
}
constexpr double pairWeight = 0.5;

struct Sentence {
    int document = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QList<int> features;    // sorted, distinct
    double norm = 0;
};

struct Candidate {
    int first;
    int second;
    double score;
};

} // namespace

PassageMatcher::PassageMatcher(PassageMatchOptions options)
    : m_options(options)
{
}

QList<std::pair<qsizetype, qsizetype>> PassageMatcher::sentences(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> result;
    const auto addTrimmed = [&](qsizetype start, qsizetype end) {
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            result.append({start, end});
    };
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.constData() + lineStart, lineEnd - lineStart);
        qsizetype previous = 0;
        while (finder.toNextBoundary() >= 0) {
            const qsizetype position = finder.position();
            if (position > previous)
                addTrimmed(lineStart + previous, lineStart + position);
            previous = position;
        }
        lineStart = lineEnd + 1;
    }
    return result;
}

QList<PassageMatch> PassageMatcher::match(const QList<Document> &documents) const
{
    return run(documents, [](qsizetype, qsizetype) { return true; });
}

void PassageMatcher::matchWithPromise(QPromise<QList<PassageMatch>> &promise, const QList<Document> &documents,
                                      const PassageMatchOptions &options)
{
    promise.start();
    const PassageMatcher matcher(options);
    bool rangeSet = false;
    QList<PassageMatch> matches = matcher.run(documents, [&promise, &rangeSet](qsizetype done, qsizetype total) {
        if (!rangeSet) {
            promise.setProgressRange(0, int(total));
            rangeSet = true;
        }
        promise.setProgressValue(int(done));
        return !promise.isCanceled();
    });
    if (!promise.isCanceled())
        promise.addResult(std::move(matches));
    promise.finish();
}

QList<PassageMatch> PassageMatcher::run(const QList<Document> &documents, const std::function<bool(qsizetype, qsizetype)> &progress) const
{
    // Terms of every sentence, as feature ids. Word pairs are keyed by the ids of their words,
    // so that no text is built for them.
    QHash<QString, int> termIds;
    QHash<quint64, int> pairIds;
    QList<double> featureKindWeight;
    QList<bool> isPair;
    QList<Sentence> sentences;
    const auto featureId = [&](auto &ids, const auto &key, double weight, bool pair) {
        auto id = ids.constFind(key);
        if (id == ids.cend()) {
            id = ids.insert(key, int(featureKindWeight.size()));
            featureKindWeight.append(weight);
            isPair.append(pair);
        }
        return *id;
    };
    // Progress: reading the documents is the first half, comparing their sentences the second.
    const qsizetype documentCount = documents.size();
    const qsizetype total = 2 * documentCount;
    for (int d = 0; d < documentCount; ++d) {
        if (!progress(d, total))
            return {};
        const Document &document = documents.at(d);
        if (!document.isLoaded() || document.text.isEmpty())
            continue;
        for (const auto &[start, end] : PassageMatcher::sentences(document.text)) {
            const QList<TextTerm> terms = TextFeatures::terms(QStringView(document.text).sliced(start, end - start), document.language);
            Sentence sentence{d, start, end, {}, 0};
            sentence.features.reserve(terms.size() * 2);
            int previousWord = -1;
            for (const TextTerm &term : terms) {
                const int id = featureId(termIds, term.key, termWeight(term), false);
                sentence.features.append(id);
                const bool isWord = term.kind == TextTerm::Kind::Word || term.kind == TextTerm::Kind::Name;
                // Unordered pairs: "intelligence artificielle" and "artificial intelligence" meet.
                if (isWord && previousWord >= 0 && previousWord != id) {
                    const quint64 key = (quint64(std::min(previousWord, id)) << 32) | quint64(std::max(previousWord, id));
                    sentence.features.append(featureId(pairIds, key, pairWeight, true));
                }
                previousWord = isWord ? id : -1;
            }
            std::sort(sentence.features.begin(), sentence.features.end());
            sentence.features.erase(std::unique(sentence.features.begin(), sentence.features.end()), sentence.features.end());
            const auto termCount = std::count_if(sentence.features.cbegin(), sentence.features.cend(), [&isPair](int f) { return !isPair.at(f); });
            if (termCount < m_options.minimumTerms)
                continue;
            sentences.append(std::move(sentence));
        }
    }

    // Rarity and the inverted index.
    const qsizetype count = sentences.size();
    QList<QList<int>> postings(featureKindWeight.size());
    for (int s = 0; s < count; ++s) {
        for (int f : std::as_const(sentences.at(s).features))
            postings[f].append(s);
    }
    QList<double> weight(featureKindWeight.size());
    for (qsizetype f = 0; f < weight.size(); ++f)
        weight[f] = featureKindWeight.at(f) * std::log(1.0 + double(count) / double(std::max<qsizetype>(1, postings.at(f).size())));
    for (Sentence &sentence : sentences) {
        double sum = 0;
        for (int f : std::as_const(sentence.features))
            sum += weight.at(f) * weight.at(f);
        sentence.norm = std::sqrt(sum);
    }

    const auto exactScore = [&](const Sentence &a, const Sentence &b, int *shared) {
        double dot = 0;
        *shared = 0;
        auto i = a.features.cbegin();
        auto j = b.features.cbegin();
        while (i != a.features.cend() && j != b.features.cend()) {
            if (*i < *j) {
                ++i;
            } else if (*j < *i) {
                ++j;
            } else {
                dot += weight.at(*i) * weight.at(*i);
                if (!isPair.at(*i))
                    ++*shared;
                ++i;
                ++j;
            }
        }
        return (a.norm > 0 && b.norm > 0) ? dot / (a.norm * b.norm) : 0.0;
    };

    // Each sentence keeps its best match in each other document, and its few best in all (a
    // sentence that many articles repeat would otherwise bring one match per article), updated as
    // candidates come: memory stays proportional to the sentences, not to the candidates.
    struct Best {
        int other;
        int document;
        double score;
    };
    QList<QList<Best>> best(count);
    const auto offer = [&](int sentence, int other, double score) {
        QList<Best> &list = best[sentence];
        const int document = sentences.at(other).document;
        const auto sameDocument = std::find_if(list.begin(), list.end(), [document](const Best &b) { return b.document == document; });
        if (sameDocument != list.end()) {
            if (score > sameDocument->score)
                *sameDocument = {other, document, score};
            return;
        }
        if (list.size() < m_options.maxMatchesPerSentence) {
            list.append({other, document, score});
            return;
        }
        const auto worst = std::min_element(list.begin(), list.end(), [](const Best &x, const Best &y) { return x.score < y.score; });
        if (score > worst->score)
            *worst = {other, document, score};
    };

    // Candidates through the index: each sentence looks at the later sentences of other
    // documents that share one of its rarest terms.
    QList<double> accumulated(count, 0.0);
    QList<int> touched;
    QList<int> probes;
    for (int s = 0; s < count; ++s) {
        if (s % 256 == 0 && !progress(documentCount + s * documentCount / count, total))
            return {};
        const Sentence &sentence = sentences.at(s);
        // Only the sentence's rarest terms look for candidates: two sentences that share none of
        // them share only common words, and score low.
        probes.clear();
        for (int f : std::as_const(sentence.features)) {
            if (postings.at(f).size() <= m_options.maxPostings && postings.at(f).size() > 1)
                probes.append(f);
        }
        if (probes.size() > m_options.probeTerms) {
            std::partial_sort(probes.begin(), probes.begin() + m_options.probeTerms, probes.end(),
                              [&weight](int a, int b) { return weight.at(a) > weight.at(b); });
            probes.resize(m_options.probeTerms);
        }
        for (int f : std::as_const(probes)) {
            const QList<int> &list = postings.at(f);
            const double contribution = weight.at(f) * weight.at(f);
            for (auto t = std::upper_bound(list.cbegin(), list.cend(), s); t != list.cend(); ++t) {
                if (sentences.at(*t).document == sentence.document)
                    continue;
                if (accumulated.at(*t) == 0)
                    touched.append(*t);
                accumulated[*t] += contribution;
            }
        }
        for (int t : std::as_const(touched)) {
            const Sentence &other = sentences.at(t);
            // Common terms were left out of the sum; they add less than the rare ones.
            if (accumulated.at(t) / (sentence.norm * other.norm) >= m_options.threshold / 2) {
                int shared = 0;
                const double score = exactScore(sentence, other, &shared);
                if (score >= m_options.threshold && shared >= m_options.minimumShared) {
                    offer(s, t, score);
                    offer(t, s, score);
                }
            }
            accumulated[t] = 0;
        }
        touched.clear();
    }
    progress(total, total);

    // A pair stays when either of its sentences keeps it.
    QList<Candidate> kept;
    for (int s = 0; s < count; ++s) {
        for (const Best &b : std::as_const(best.at(s)))
            kept.append({std::min(s, b.other), std::max(s, b.other), b.score});
    }
    best = {};
    std::sort(kept.begin(), kept.end(), [](const Candidate &x, const Candidate &y) { return std::tie(x.first, x.second) < std::tie(y.first, y.second); });
    kept.erase(std::unique(kept.begin(), kept.end(), [](const Candidate &x, const Candidate &y) { return x.first == y.first && x.second == y.second; }),
               kept.end());

    QList<PassageMatch> matches;
    matches.reserve(kept.size());
    QHash<int, QHash<int, QString>> surfacesOf; // sentence → feature → as written
    // One copy of each matched sentence, shared (implicitly) by all its matches.
    QHash<const Sentence *, QString> texts;
    const auto sentenceText = [&](const Sentence *sentence) {
        auto text = texts.constFind(sentence);
        if (text == texts.cend())
            text = texts.insert(sentence, documents.at(sentence->document).text.sliced(sentence->start, sentence->end - sentence->start));
        return *text;
    };
    for (const Candidate &candidate : std::as_const(kept)) {
        const Sentence *a = &sentences.at(candidate.first);
        const Sentence *b = &sentences.at(candidate.second);
        if (std::tie(a->document, a->start) > std::tie(b->document, b->start))
            std::swap(a, b);
        PassageMatch match;
        match.first = {documents.at(a->document).id, a->start, a->end, sentenceText(a)};
        match.second = {documents.at(b->document).id, b->start, b->end, sentenceText(b)};
        match.score = std::round(candidate.score * 1000) / 1000;
        // The shared terms as the first sentence writes them: its terms are read again (once per
        // sentence), which costs less than keeping every sentence's words until the end.
        const int firstSentence = int(a - sentences.constData());
        auto surfaces = surfacesOf.find(firstSentence);
        if (surfaces == surfacesOf.end()) {
            QHash<int, QString> written;
            for (const TextTerm &term : TextFeatures::terms(match.first.text, documents.at(a->document).language)) {
                const int id = termIds.value(term.key, -1);
                if (!written.contains(id))
                    written.insert(id, term.surface);
            }
            surfaces = surfacesOf.insert(firstSentence, written);
        }
        QList<int> shared;
        std::set_intersection(a->features.cbegin(), a->features.cend(), b->features.cbegin(), b->features.cend(), std::back_inserter(shared));
        std::stable_sort(shared.begin(), shared.end(), [&weight](int x, int y) { return weight.at(x) > weight.at(y); });
        for (int f : std::as_const(shared)) {
            const QString surface = isPair.at(f) ? QString() : surfaces->value(f);
            if (!surface.isEmpty() && !match.shared.contains(surface))
                match.shared.append(surface);
        }
        matches.append(std::move(match));
    }
    std::sort(matches.begin(), matches.end(), [](const PassageMatch &x, const PassageMatch &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::tie(x.first.document, x.first.start, x.second.document, x.second.start)
            < std::tie(y.first.document, y.first.start, y.second.document, y.second.start);
    });
    return matches;
}

} // namespace Recoupe
