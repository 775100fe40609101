#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Recoupe {

// Reads device to its end, but never more than maxBytes + 1 bytes: one byte past the limit tells
// the caller that the file is too large. expectedSize is the size the file was measured at.
// QIODevice::read(n) sets n bytes aside before it reads: asking for the limit at once held it
// (16 or 64 MB) for a file of a few kilobytes. This asks for the measured size and one byte,
// and reads on in pieces only when the file grew since, or tells no size (/proc).
QByteArray readBounded(QIODevice &device, qint64 expectedSize, qint64 maxBytes);

} // namespace Recoupe
