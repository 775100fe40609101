#pragma once

#include "annotations/annotation.h"

#include <QString>
#include <memory>

namespace Recoupe {

enum class AnchorStatus {
    Anchored,   // the passage is where it was (a target given by its quote alone: the quote, as written)
    Moved,      // found elsewhere, or with small changes (whitespace, punctuation, a few edits)
    Orphaned,   // not found (or the document is gone): the annotation keeps its quote and note
};

// How an annotation was placed in the current text.
enum class AnchorMethod {
    None,               // orphaned, or a target with no passage (claim group)
    Position,           // the text at the stored offsets is the quote
    Quote,              // the quote, found elsewhere; context and nearness choose among copies
    NormalisedQuote,    // the quote, once whitespace, punctuation, case and accents are set aside
    ApproximateQuote,   // the quote with a few edits, near the same context
};

// Where an annotation is in the current reading text of its document.
struct AnchorResult {
    AnchorStatus status = AnchorStatus::Orphaned;
    AnchorMethod method = AnchorMethod::None;
    qsizetype start = -1;       // current offsets in the reading text; -1 when not placed
    qsizetype end = -1;
    int errors = 0;             // edits between the stored quote and the text found (approximate)
    bool documentMissing = false;

    bool isPlaced() const { return start >= 0; }
    bool operator==(const AnchorResult &) const = default;

    static QString statusName(AnchorStatus status);          // "anchored", "moved", "orphaned"
    static QString statusDisplayName(AnchorStatus status);   // translated
    static QString methodName(AnchorMethod method);          // "position", "quote", ...
};

// Places annotation targets again in the current reading text of a document, as Hypothesis'
// anchoring does: by position when the quote is still there, else by the quote among its copies
// (context and nearness decide), else by the quote compared without whitespace, punctuation,
// case and accents, else by an approximate search (at most a quarter of the quote changed, and
// the context around it must still look the same), else orphaned. A fact-checker would rather
// see an orphan than a note pinned to the wrong figure, so the approximate step is strict.
//
// One anchorer per text: its normalised form is computed once and shared by all targets.
class TextAnchorer
{
public:
    explicit TextAnchorer(const QString &text);
    ~TextAnchorer();
    TextAnchorer(const TextAnchorer &) = delete;
    TextAnchorer &operator=(const TextAnchorer &) = delete;

    AnchorResult anchor(const AnnotationTarget &target) const;

    static AnchorResult anchor(const AnnotationTarget &target, const QString &text);
    static AnchorResult documentMissing();

private:
    struct Normalised;
    const Normalised &normalised() const;

    QString m_text;
    mutable QString m_hash;
    mutable std::unique_ptr<Normalised> m_normalised;
};

} // namespace Recoupe
