#pragma once

#include <QString>

namespace soc {

// How current a figure is against its indicator's expected cadence, apart from any alert:
// on time while its age is at most 1.5 cadences (one update may be a little late), late up to
// 4 cadences (updates were missed), stale beyond.
enum class Freshness { Unknown, OnTime, Late, Stale };

Freshness freshnessOf(qint64 ageMs, int cadenceSeconds);
QString freshnessName(Freshness freshness); // "on_time", "late", "stale"; empty for Unknown

} // namespace soc
