#pragma once

#include "app/command_line.h"

#include <QString>

namespace soc {

class Localizer;

// Renders one page of the dashboard to a PNG file with the demo feed's picture at options.atMs,
// with no display (the offscreen platform). Returns false with a message on failure.
bool renderSnapshot(const DashboardOptions &options, Localizer *localizer, QString *error);

} // namespace soc
