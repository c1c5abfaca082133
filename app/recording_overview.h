#pragma once

#include "widgets/replay_page.h"

#include <QString>

#include <functional>

namespace soc {

// Reads what the Replay page shows from a recording: time range, counts, sources with their
// sequence gaps, and every alert change. Returns false with a translated message that names
// the file when it cannot be read.
// `progress` follows the scan of the envelopes and cancels it by returning false; the
// integrity check before it cannot be interrupted.
bool loadRecordingOverview(const QString &path, RecordingOverview *overview, QString *error,
                           const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace soc
