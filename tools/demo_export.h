#pragma once

#include <QString>

class QIODevice;

namespace soc {

// Writes the demo feed as JSON Lines (one soc.feed.v1.Envelope per line, protobuf's JSON
// mapping): the picture at startMs, then the updates of each second for durationSeconds.
// Returns the number of envelopes written, or -1 with a message when writing fails.
qint64 writeDemoJsonLines(quint64 seed, qint64 startMs, int durationSeconds, QIODevice *output,
                          QString *error);

} // namespace soc
