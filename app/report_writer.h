#pragma once

#include "core/dashboard_state.h"
#include "models/time_range.h"

#include <QImage>
#include <QStringList>

namespace soc {

// The parts of a PDF report besides the city overview.
struct ReportContent
{
    QStringList units;                              // unit codes that get a section each, in order
    QString indicator = QStringLiteral("e_result"); // the indicator of the overview ranking
    TimeRange range;                                // the time range of the dashboard's plots
    QImage map;                                     // the tile map as shown; left out when null
};

// Writes a PDF report of `state` in the current language (translator and default QLocale).
// It has the date, the time range, the data sources and their connections, the city figures
// with their coverage and the ranking of the units. Each chosen unit adds its indicators and
// its Decision 766 digitization score. Feed text is escaped, never read as markup. Returns
// false with a translated message that names the file when it cannot be written.
bool writeReport(const QString &path, const DashboardState &state, const ReportContent &content,
                 QString *error);

} // namespace soc
