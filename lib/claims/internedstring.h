#pragma once

#include <QHashFunctions>
#include <QLatin1StringView>
#include <QString>
#include <QStringBuilder>
#include <QStringList>
#include <QStringView>

#include <compare>
#include <utility>

class QJsonValue;
class QVariant;

namespace Recoupe {

// A string kept once for the whole program and referred to by one pointer. The text fields of a
// claim (document, entity, metric, period, currency, unit) take few distinct values over the
// hundred thousand claims of a large folder: as QStrings they cost 24 bytes each in every claim,
// as pointers 8 (DESIGN.md's memory budget is three times the corpus). Equal strings share one
// pointer, so equality is a pointer comparison and copying never touches a reference count.
//
// The pool only grows, with the distinct values ever met (names, periods, document ids of the
// folders opened in one run), never with the number of claims. Interning takes a lock: the
// parser runs on every thread of the pool.
class InternedString
{
public:
    InternedString() = default;
    // Implicit, so that a claim's field is set from a QString as it always was.
    InternedString(const QString &string)
        : m_string(intern(string))
    {
    }
    InternedString(QLatin1StringView string)
        : InternedString(QString(string))
    {
    }

    const QString &toString() const { return m_string ? *m_string : empty(); }
    operator const QString &() const { return toString(); }
    // As a model's data and in the JSON outputs, the QString it stands for.
    operator QVariant() const;
    operator QJsonValue() const;

    bool isEmpty() const { return m_string == nullptr; }
    qsizetype size() const { return toString().size(); }
    void clear() { m_string = nullptr; }

    // What the fields were asked as QStrings.
    template<typename... Args>
    bool startsWith(Args &&...args) const { return toString().startsWith(std::forward<Args>(args)...); }
    template<typename... Args>
    bool endsWith(Args &&...args) const { return toString().endsWith(std::forward<Args>(args)...); }
    template<typename... Args>
    bool contains(Args &&...args) const { return toString().contains(std::forward<Args>(args)...); }
    template<typename... Args>
    qsizetype indexOf(Args &&...args) const { return toString().indexOf(std::forward<Args>(args)...); }
    template<typename... Args>
    int compare(Args &&...args) const { return toString().compare(std::forward<Args>(args)...); }
    template<typename... Args>
    QStringList split(Args &&...args) const { return toString().split(std::forward<Args>(args)...); }
    QString left(qsizetype n) const { return toString().left(n); }
    QString toCaseFolded() const { return toString().toCaseFolded(); }

    friend bool operator==(const InternedString &a, const InternedString &b) noexcept { return a.m_string == b.m_string; }
    friend bool operator==(const InternedString &a, const QString &b) noexcept { return a.toString() == b; }
    friend bool operator==(const InternedString &a, QStringView b) noexcept { return QStringView(a.toString()) == b; }
    friend bool operator==(const InternedString &a, QLatin1StringView b) noexcept { return a.toString() == b; }
    friend std::strong_ordering operator<=>(const InternedString &a, const InternedString &b) noexcept
    {
        if (a.m_string == b.m_string)
            return std::strong_ordering::equal;
        return a.toString().compare(b.toString()) <=> 0;
    }
    friend std::strong_ordering operator<=>(const InternedString &a, const QString &b) noexcept { return a.toString().compare(b) <=> 0; }
    // By content, as a QString: the order of hashes must not depend on where the pool put them.
    friend size_t qHash(const InternedString &string, size_t seed = 0) noexcept { return qHash(string.toString(), seed); }

private:
    static const QString *intern(const QString &string);
    static const QString &empty();

    const QString *m_string = nullptr;
};

} // namespace Recoupe

Q_DECLARE_TYPEINFO(Recoupe::InternedString, Q_PRIMITIVE_TYPE);

// In string concatenations (QStringBuilder's "+"), as the QString it stands for.
template<>
struct QConcatenable<Recoupe::InternedString> : private QConcatenable<QString> {
    using type = Recoupe::InternedString;
    using ConvertTo = QString;
    enum { ExactSize = true };
    static qsizetype size(const type &string) { return string.size(); }
    static void appendTo(const type &string, QChar *&out) { QConcatenable<QString>::appendTo(string.toString(), out); }
};
