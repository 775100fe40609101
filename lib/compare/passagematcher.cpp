#include "compare/passagematcher.h"

#include "claims/sentencesplitter.h"
#include "compare/textfeatures.h"

#include <QFuture>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

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

} // namespace
} // namespace Recoupe

// A growing list of sentences is reallocated in place (large ones by remapping), not moved
// into a second buffer: the sentences of a large folder are tens of megabytes.
Q_DECLARE_TYPEINFO(Recoupe::Sentence, Q_RELOCATABLE_TYPE);

namespace Recoupe {
namespace {

struct Candidate {
    int first;
    int second;
    double score;
};

// Frees a list's memory now. "list = {}" would not: it assigns an empty initializer_list,
// which keeps the capacity (and a list of lists keeps its outer array).
template<typename List>
void release(List &list)
{
    List().swap(list);
}

// The runs [first, last) of consecutive indices in [0, count) whose keys are equal.
template<typename Key>
QList<std::pair<qsizetype, qsizetype>> runsOfEqualKeys(qsizetype count, Key key)
{
    QList<std::pair<qsizetype, qsizetype>> runs;
    for (qsizetype i = 0; i < count;) {
        qsizetype j = i + 1;
        while (j < count && key(j) == key(i))
            ++j;
        runs.append({i, j});
        i = j;
    }
    return runs;
}

// Runs work(worker, index) for every index in [0, count) on the global pool and the calling
// thread; worker (0 to workers - 1) names the caller's scratch space, used by one thread at a time.
// Waiting on a helper that never started runs it here, so this cannot deadlock inside the pool.
template<typename Work>
void parallelFor(qsizetype count, int workers, Work work)
{
    std::atomic<qsizetype> next{0};
    const auto run = [&](int worker) {
        for (qsizetype index = next.fetch_add(1); index < count; index = next.fetch_add(1))
            work(worker, index);
    };
    QList<QFuture<void>> helpers;
    for (int worker = 1; worker < std::min<qsizetype>(workers, count); ++worker)
        helpers.append(QtConcurrent::run([&run, worker] { run(worker); }));
    run(0);
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
}

} // namespace

PassageMatcher::PassageMatcher(PassageMatchOptions options)
    : m_options(options)
{
}

QList<std::pair<qsizetype, qsizetype>> PassageMatcher::sentences(const QString &text)
{
    // The claim parser's sentences: a matched passage is the sentence a figure's tooltip quotes.
    static const LanguageKnowledge knowledge = LanguageKnowledge::builtin();
    return SentenceSplitter(knowledge).sentences(text);
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
    const int workers = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    // Terms of every sentence, as feature ids. Word pairs are keyed by the ids of their words,
    // so that no text is built for them. The terms are found on every worker, a block of
    // documents at a time (so that only a block's terms are ever held); ids are given on this
    // thread in document order, so that they do not depend on the number of threads.
    QHash<QString, int> termIds;
    QHash<quint64, int> pairIds;
    QList<double> featureKindWeight;
    QList<bool> isPair;
    QList<Sentence> sentences;
    const auto featureId = [&](auto &ids, const auto &key, const auto &weightOf, bool pair) {
        auto id = ids.constFind(key);
        if (id == ids.cend()) {
            id = ids.insert(key, int(featureKindWeight.size()));
            featureKindWeight.append(weightOf());
            isPair.append(pair);
        }
        return *id;
    };
    // A term as the id-giving loop needs it.
    struct FoundTerm {
        int known = -1;     // its id when an earlier block gave it one, else -1
        bool isWord = false;
        double weight = 0;  // when not known
        QString key;        // when not known
    };
    struct FoundSentence {
        qsizetype start;
        qsizetype end;
        QList<FoundTerm> terms;
    };
    // Progress: reading the documents is the first half, comparing their sentences the second.
    const qsizetype documentCount = documents.size();
    const qsizetype total = 2 * documentCount;
    constexpr qsizetype documentBlock = 512;
    QList<QList<FoundSentence>> found;
    for (qsizetype blockStart = 0; blockStart < documentCount; blockStart += documentBlock) {
        if (!progress(blockStart, total))
            return {};
        const qsizetype blockSize = std::min(documentBlock, documentCount - blockStart);
        found.assign(blockSize, {});
        QList<FoundSentence> *foundIn = found.data();
        parallelFor(blockSize, workers, [&](int, qsizetype i) {
            const Document &document = documents.at(blockStart + i);
            if (!document.isLoaded() || document.text.isEmpty())
                return;
            const QString text = document.text.toString();
            for (const auto &[start, end] : PassageMatcher::sentences(text)) {
                const QList<TextTerm> terms = TextFeatures::terms(QStringView(text).sliced(start, end - start), document.language,
                                                                        TextFeatures::WordSurfaces::Dropped);
                // Most terms already have an id: looking them up here (termIds is only read
                // while the workers run) leaves little to this thread.
                FoundSentence sentence{start, end, {}};
                sentence.terms.reserve(terms.size());
                for (const TextTerm &term : terms) {
                    FoundTerm &add = sentence.terms.emplace_back();
                    add.known = std::as_const(termIds).value(term.key, -1);
                    add.isWord = term.kind == TextTerm::Kind::Word || term.kind == TextTerm::Kind::Name;
                    if (add.known < 0) {
                        add.weight = termWeight(term);
                        add.key = term.key;
                    }
                }
                foundIn[i].append(std::move(sentence));
            }
        });
        for (qsizetype i = 0; i < blockSize; ++i) {
            const int d = int(blockStart + i);
            for (FoundSentence &foundSentence : found[i]) {
                const QList<FoundTerm> &terms = foundSentence.terms;
                Sentence sentence{d, foundSentence.start, foundSentence.end, {}, 0};
                // Written through a pointer: appending was a call per feature, two million of them
                // for 2,000 articles.
                sentence.features.resize(terms.size() * 2);
                int *written = sentence.features.data();
                int previousWord = -1;
                for (qsizetype k = 0; k < terms.size(); ++k) {
                    const FoundTerm &term = terms.at(k);
                    const int id = term.known >= 0 ? term.known : featureId(termIds, term.key, [&term] { return term.weight; }, false);
                    *written++ = id;
                    const bool isWord = term.isWord;
                    // Unordered pairs: "intelligence artificielle" and "artificial intelligence" meet.
                    if (isWord && previousWord >= 0 && previousWord != id) {
                        const quint64 key = (quint64(std::min(previousWord, id)) << 32) | quint64(std::max(previousWord, id));
                        *written++ = featureId(pairIds, key, [] { return pairWeight; }, true);
                    }
                    previousWord = isWord ? id : -1;
                }
                sentence.features.resize(written - sentence.features.constData());
                std::sort(sentence.features.begin(), sentence.features.end());
                sentence.features.erase(std::unique(sentence.features.begin(), sentence.features.end()), sentence.features.end());
                const auto termCount = std::count_if(sentence.features.cbegin(), sentence.features.cend(), [&isPair](int f) { return !isPair.at(f); });
                if (termCount < m_options.minimumTerms)
                    continue;
                sentence.features.squeeze();
                sentences.append(std::move(sentence));
            }
        }
    }
    release(found);

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

    const double *const weightOf = weight.constData();
    const bool *const pairOf = isPair.constData();
    const auto exactScore = [&](const Sentence &a, const Sentence &b, int *shared) {
        double dot = 0;
        *shared = 0;
        // A merge of the two sorted lists that steps without branching on which is behind: this
        // is the inner loop of matching a large folder, and the branch is unpredictable.
        const int *i = a.features.constData();
        const int *j = b.features.constData();
        const int *const iEnd = i + a.features.size();
        const int *const jEnd = j + b.features.size();
        while (i != iEnd && j != jEnd) {
            const int x = *i;
            const int y = *j;
            if (x == y) {
                dot += weightOf[x] * weightOf[x];
                *shared += !pairOf[x];
            }
            i += x <= y;
            j += y <= x;
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
    // documents that share one of its rarest terms. Sentences are scored on every worker, a block
    // at a time; the pairs that pass are then offered to their sentences in the order one thread
    // would make the offers, so that the matches kept do not depend on the number of threads.
    struct Scratch {
        std::vector<double> accumulated;
        QList<int> touched;
        QList<int> probes;
    };
    struct Passing {
        int other;
        double score;
    };
    struct Offer {
        int to;
        int from;
        double score;
    };
    struct OfferTask {
        int sentence;
        qsizetype first; // its offers from earlier sentences: [first, last) of the block's list
        qsizetype last;
        qsizetype ownIndex; // its own passing pairs in the block, or -1 when it is not in the block
    };
    std::vector<Scratch> scratch(workers);
    // Sentences are in document order: those of a sentence's own document end at documentEnd, so
    // the later sentences of other documents are found without looking at any sentence.
    std::vector<int> documentEnd(count);
    std::vector<double> norms(count);
    for (qsizetype s = count - 1; s >= 0; --s) {
        const bool last = s + 1 == count || sentences.at(s + 1).document != sentences.at(s).document;
        documentEnd[s] = last ? int(s + 1) : documentEnd[s + 1];
        norms[s] = sentences.at(s).norm;
    }
    constexpr qsizetype sentenceBlock = 4096;
    QList<QList<Passing>> passing;
    for (qsizetype blockStart = 0; blockStart < count; blockStart += sentenceBlock) {
        if (!progress(documentCount + blockStart * documentCount / count, total))
            return {};
        const qsizetype blockSize = std::min(sentenceBlock, count - blockStart);
        passing.assign(blockSize, {});
        QList<Passing> *passingOf = passing.data();
        parallelFor(blockSize, workers, [&](int worker, qsizetype i) {
            Scratch &own = scratch[worker];
            if (own.accumulated.empty())
                own.accumulated.assign(count, 0.0);
            const int s = int(blockStart + i);
            const Sentence &sentence = sentences.at(s);
            // Only the sentence's rarest terms look for candidates: two sentences that share none
            // of them share only common words, and score low.
            own.probes.clear();
            for (int f : std::as_const(sentence.features)) {
                if (postings.at(f).size() <= m_options.maxPostings && postings.at(f).size() > 1)
                    own.probes.append(f);
            }
            if (own.probes.size() > m_options.probeTerms) {
                std::partial_sort(own.probes.begin(), own.probes.begin() + m_options.probeTerms, own.probes.end(),
                                  [&weight](int a, int b) { return weight.at(a) > weight.at(b); });
                own.probes.resize(m_options.probeTerms);
            }
            for (int f : std::as_const(own.probes)) {
                const QList<int> &list = postings.at(f);
                const double contribution = weight.at(f) * weight.at(f);
                for (auto t = std::upper_bound(list.cbegin(), list.cend(), documentEnd[s] - 1); t != list.cend(); ++t) {
                    if (own.accumulated[*t] == 0)
                        own.touched.append(*t);
                    own.accumulated[*t] += contribution;
                }
            }
            for (int t : std::as_const(own.touched)) {
                // Common terms were left out of the sum; they add less than the rare ones.
                if (own.accumulated[t] / (sentence.norm * norms[t]) >= m_options.threshold / 2) {
                    int shared = 0;
                    const double score = exactScore(sentence, sentences.at(t), &shared);
                    if (score >= m_options.threshold && shared >= m_options.minimumShared)
                        passingOf[i].append({t, score});
                }
                own.accumulated[t] = 0;
            }
            own.touched.clear();
        });
        // Each pair (s, other) is offered to both sentences. One thread going through the block
        // in sentence order would offer to a sentence x first what earlier sentences found in x
        // (in their order), then, when x's turn comes, what x found itself: that order is kept
        // for each x, and the sentences are served on every worker, each by one.
        QList<Offer> offers;
        for (qsizetype i = 0; i < blockSize; ++i) {
            for (const Passing &pass : std::as_const(passing.at(i)))
                offers.append({pass.other, int(blockStart + i), pass.score});
        }
        std::stable_sort(offers.begin(), offers.end(), [](const Offer &a, const Offer &b) { return a.to < b.to; });
        QList<OfferTask> tasks;
        qsizetype next = 0;
        const auto addRunsBefore = [&](int limit) {
            while (next < offers.size() && offers.at(next).to < limit) {
                qsizetype last = next + 1;
                while (last < offers.size() && offers.at(last).to == offers.at(next).to)
                    ++last;
                tasks.append({offers.at(next).to, next, last, -1});
                next = last;
            }
        };
        for (qsizetype i = 0; i < blockSize; ++i) {
            if (passing.at(i).isEmpty())
                continue;
            const int x = int(blockStart + i);
            addRunsBefore(x);
            OfferTask task{x, next, next, i};
            while (task.last < offers.size() && offers.at(task.last).to == x)
                ++task.last;
            next = task.last;
            tasks.append(task);
        }
        addRunsBefore(std::numeric_limits<int>::max());
        parallelFor(tasks.size(), workers, [&](int, qsizetype t) {
            const OfferTask &task = tasks.at(t);
            for (qsizetype k = task.first; k < task.last; ++k)
                offer(task.sentence, offers.at(k).from, offers.at(k).score);
            if (task.ownIndex >= 0) {
                for (const Passing &pass : std::as_const(passing.at(task.ownIndex)))
                    offer(task.sentence, pass.other, pass.score);
            }
        });
    }
    release(passing);
    progress(total, total);

    // A pair stays when either of its sentences keeps it.
    QList<Candidate> kept;
    for (int s = 0; s < count; ++s) {
        for (const Best &b : std::as_const(best.at(s)))
            kept.append({std::min(s, b.other), std::max(s, b.other), b.score});
    }
    release(best);
    std::sort(kept.begin(), kept.end(), [](const Candidate &x, const Candidate &y) { return std::tie(x.first, x.second) < std::tie(y.first, y.second); });
    kept.erase(std::unique(kept.begin(), kept.end(), [](const Candidate &x, const Candidate &y) { return x.first == y.first && x.second == y.second; }),
               kept.end());

    // One copy of each matched sentence, shared (implicitly) by all its matches; none unquoted.
    QList<QString> texts;
    if (m_options.quotes) {
        QList<int> matched;
        matched.reserve(2 * kept.size());
        for (const Candidate &candidate : std::as_const(kept))
            matched << candidate.first << candidate.second;
        std::sort(matched.begin(), matched.end());
        matched.erase(std::unique(matched.begin(), matched.end()), matched.end());
        texts.resize(count);
        QString *textOf = texts.data();
        // matched is in sentence order, hence in document order: each text is decoded once.
        const auto byDocument = runsOfEqualKeys(matched.size(), [&](qsizetype i) { return sentences.at(matched.at(i)).document; });
        parallelFor(byDocument.size(), workers, [&](int, qsizetype r) {
            const auto [first, last] = byDocument.at(r);
            const QString text = documents.at(sentences.at(matched.at(first)).document).text.toString();
            for (qsizetype i = first; i < last; ++i) {
                const Sentence &sentence = sentences.at(matched.at(i));
                textOf[matched.at(i)] = text.sliced(sentence.start, sentence.end - sentence.start);
            }
        });
    }

    // Matches are built on every worker, one run of pairs with the same first sentence at a time
    // (kept is sorted by it), each into its own place.
    const auto runs = runsOfEqualKeys(kept.size(), [&](qsizetype i) { return kept.at(i).first; });
    QList<PassageMatch> matches(kept.size());
    PassageMatch *built = matches.data();
    // The order the matches are returned in, with the documents by their place in the order of
    // their ids: sorting the matches themselves compared their ids as text, 200 M instructions
    // for the 50,000 matches of 2,000 articles.
    struct Order {
        double score;
        int firstDocument;
        int firstStart;
        int secondDocument;
        int secondStart;
        int match;
    };
    QList<int> idRank(documents.size());
    {
        QList<int> byId(documents.size());
        std::iota(byId.begin(), byId.end(), 0);
        std::sort(byId.begin(), byId.end(), [&](int x, int y) { return documents.at(x).id < documents.at(y).id; });
        for (qsizetype r = 0; r < byId.size(); ++r)
            idRank[byId.at(r)] = int(r);
    }
    QList<Order> order(kept.size());
    Order *orderOf = order.data();
    parallelFor(runs.size(), workers, [&](int, qsizetype r) {
        // The shared terms as the first sentence writes them: its terms are read again (once per
        // sentence), which costs less than keeping every sentence's words until the end.
        QHash<int, QString> surfaces; // feature → as written
        int surfacesOf = -1;
        for (qsizetype k = runs.at(r).first; k < runs.at(r).second; ++k) {
            const Candidate &candidate = kept.at(k);
            const Sentence *a = &sentences.at(candidate.first);
            const Sentence *b = &sentences.at(candidate.second);
            if (std::tie(a->document, a->start) > std::tie(b->document, b->start))
                std::swap(a, b);
            PassageMatch &match = built[k];
            match.first = {documents.at(a->document).id, a->start, a->end, texts.value(a - sentences.constData())};
            match.second = {documents.at(b->document).id, b->start, b->end, texts.value(b - sentences.constData())};
            match.score = std::round(candidate.score * 1000) / 1000;
            orderOf[k] = {match.score, idRank.at(a->document), int(a->start), idRank.at(b->document), int(b->start), int(k)};
            if (!m_options.quotes)
                continue;
            const int firstSentence = int(a - sentences.constData());
            if (surfacesOf != firstSentence) {
                surfaces.clear();
                for (const TextTerm &term : TextFeatures::terms(match.first.text, documents.at(a->document).language)) {
                    const int id = termIds.value(term.key, -1);
                    if (!surfaces.contains(id))
                        surfaces.insert(id, term.surface);
                }
                surfacesOf = firstSentence;
            }
            QList<int> shared;
            std::set_intersection(a->features.cbegin(), a->features.cend(), b->features.cbegin(), b->features.cend(), std::back_inserter(shared));
            std::stable_sort(shared.begin(), shared.end(), [&weight](int x, int y) { return weight.at(x) > weight.at(y); });
            for (int f : std::as_const(shared)) {
                const QString surface = isPair.at(f) ? QString() : surfaces.value(f);
                if (!surface.isEmpty() && !match.shared.contains(surface))
                    match.shared.append(surface);
            }
        }
    });
    release(texts);
    // Best first; among equal scores, by the first sentence's document id and place, then the
    // second's (no two matches share all four: kept holds each pair once).
    std::sort(order.begin(), order.end(), [](const Order &x, const Order &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::tie(x.firstDocument, x.firstStart, x.secondDocument, x.secondStart)
            < std::tie(y.firstDocument, y.firstStart, y.secondDocument, y.secondStart);
    });
    // The order applied in place, cycle by cycle: a second list of the matches held as much
    // memory again (39 MB at 10,000 articles).
    std::vector<bool> placed(order.size(), false);
    for (qsizetype start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        PassageMatch held = std::move(matches[start]);
        qsizetype at = start;
        while (order.at(at).match != start) {
            const qsizetype from = order.at(at).match;
            matches[at] = std::move(matches[from]);
            placed[at] = true;
            at = from;
        }
        matches[at] = std::move(held);
        placed[at] = true;
    }
    release(order);
    return matches;
}

} // namespace Recoupe
