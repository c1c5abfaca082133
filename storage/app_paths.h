#pragma once

#include <QString>

namespace soc {

// Folders of the dashboard's own files, following the XDG base directory specification through
// QStandardPaths: data (history, recordings) and state (logs). Created on first use.
// Returns an empty string when the folder cannot be created.
QString dataDirectory();
QString stateDirectory();

} // namespace soc
