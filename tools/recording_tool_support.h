#pragma once

#include <QString>

class QCommandLineParser;

namespace soc {

// Helpers shared by the soc-feed subcommands that read or write recordings.

// Parses a subcommand's arguments, whose first is the program as "soc-feed COMMAND". Help
// shows that program in its usage line and ends the process, as QCommandLineParser::process()
// does with the binary's path.
void parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

// Prints "soc-feed: MESSAGE" on standard error and returns `status`.
int failWith(const QString &message, int status);

// A time given on the command line: ISO 8601 (without a zone it is UTC, as in
// 2026-12-04T03:00:00Z or 2026-12-04T10:00:00+07:00) or milliseconds since the Unix epoch.
bool parseTimeArgument(const QString &text, qint64 *ms);
// ISO 8601 in UTC, such as 2026-12-04T03:00:00Z; milliseconds are kept when not zero.
QString isoUtc(qint64 ms);

// Catches SIGINT and SIGTERM from now on: interrupted() becomes true instead of the process
// ending, so that long commands stop cleanly and leave a usable file.
void catchInterrupts();
bool interrupted();

} // namespace soc
