#pragma once

#include "app/command_line.h"
#include "core/dashboard_state.h"
#include "core/wall_playlist.h"

#include <QImage>
#include <QString>

class QScreen;

namespace soc {

class Localizer;

// Reads the playlist at `path`, or the built-in one when `path` is empty. A file that cannot be
// read or parsed leaves the built-in playlist in force and sets `error` to the file, line and
// reason; `error` stays empty otherwise.
WallPlaylist loadWallPlaylist(const QString &path, QString *error);

// The screen numbered `index` (the primary one for -1), or nullptr with an error that lists
// the screens there are.
QScreen *wallScreen(int index, QString *error);

// The file that keeps the wall's place in its playlist across restarts, in the XDG state
// folder, one per --screen so that walls on several screens of one host keep their own
// places; empty when that folder cannot be created.
QString wallPositionPath(int screen = -1);

// Runs the wall display until the application quits. Returns the process exit status.
int runWall(const DashboardOptions &options, Localizer *localizer);

// Renders the wall at options.size showing the first entry of the playlist, with the type
// sizes of a 55-inch panel of that resolution. False with a message on failure.
bool renderWallImage(const DashboardOptions &options, const DashboardStatePtr &state, qint64 nowMs,
                     QImage *image, QString *error);

} // namespace soc
