#pragma once

#include "core/language.h"
#include "models/time_range.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace soc {

struct DashboardOptions
{
    QStringList feeds;                 // feed URLs; demo: when none is given
    std::optional<Language> language;  // from --lang; otherwise the saved or system language
    QString unitCatalog;               // --units FILE
    QString snapshotPath;              // --snapshot FILE.png: render and exit
    QString replayPath;                // --replay FILE: play a recording instead of live feeds
    QString page = QStringLiteral("overview");
    QSize size{1920, 1080};
    qint64 atMs = 0;                   // --at TIME, ms since the epoch; 0 means now
    QString indicator;                 // --indicator ID for the pages that show one
    QString unit;                      // the first --unit CODE, for the unit page
    QStringList units;                 // every --unit CODE, for the sections of a report
    QString reportPath;                // --report FILE.pdf: write the PDF report and exit
    TimeRange range;                   // --range for the trend plots and the report
    int waitSeconds = 3;               // --wait S: how long a snapshot of live feeds collects
    bool wall = false;                 // --wall: the full-screen wall display
    int screen = -1;                   // --screen N for the wall; -1 means the primary screen
    QString playlistPath;              // --playlist FILE for the wall; empty means the default
};

// Parses soc-dashboard's arguments. Prints --help and --version itself and exits. On an error,
// returns false with a message that names the value and what to give instead.
bool parseDashboardOptions(const QCoreApplication &app, DashboardOptions *options,
                           QString *error);

// The language named by --lang, looked up before full parsing so that --help and error
// messages already come in that language. Empty when absent or invalid.
std::optional<Language> languageArgument(const QStringList &arguments);

// Reads a --range value: 24h, 7d, 30d, month, year, or FROM/TO in ISO 8601 (UTC without a
// zone). Empty for anything else.
std::optional<TimeRange> parseRangeArgument(const QString &value);

// True when the arguments ask for a snapshot, a report, --help or --version, which need no display.
// Checked before the application object exists, so that the offscreen platform can be chosen.
bool argumentsNeedNoDisplay(int argc, char **argv);
// True when a window can open: DISPLAY or WAYLAND_DISPLAY is set, or QT_QPA_PLATFORM names a
// platform.
bool displayAvailable();

} // namespace soc
