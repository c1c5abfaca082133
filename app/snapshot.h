#pragma once

#include "app/command_line.h"

#include <QString>

namespace soc {

class Localizer;

// Renders one page of the dashboard to a PNG file with no display (the offscreen platform).
// Demo feeds give their picture at options.atMs; live feeds are connected for
// options.waitSeconds and rendered as they are then. Returns false with a message on failure.
bool renderSnapshot(const DashboardOptions &options, Localizer *localizer, QString *error);
// Writes the PDF report of options.reportPath with a section for each of options.units, from
// the same state as a snapshot. Returns false with a message on failure, such as a unit code
// that the catalog does not list.
bool renderReport(const DashboardOptions &options, Localizer *localizer, QString *error);

} // namespace soc
