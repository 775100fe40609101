#pragma once

#include <QString>

namespace Recoupe::Bench {

struct GeneratedCorpus {
    int articles = 0;
    qint64 bytes = 0;
    int figureSentences = 0; // sentences written with a figure in them
};

// Writes `count` news-like articles (.txt, about 3 KB each, French and English, with money
// figures, ranges, hedges, quantities, percentages, periods and plain prose) into folder. The
// same seed gives the same corpus, byte for byte.
GeneratedCorpus generateCorpus(const QString &folder, int count, quint32 seed);

} // namespace Recoupe::Bench
