#pragma once

namespace soc {

// Routes Qt logging (every category, such as soc.feed) to spdlog: a rotating file
// soc-dashboard.log in the XDG state folder, and stderr. Categories default to warnings;
// QT_LOGGING_RULES changes that at run time, for example "soc.*.info=true".
void installLogging(const char *programName);

} // namespace soc
