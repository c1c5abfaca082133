#pragma once

#include <QStringList>

namespace soc {

// The subcommands of soc-feed. Each takes the arguments after the subcommand name, with the
// program name first, and returns the process exit status: 0 on success, 1 when the work
// failed, 2 for invalid arguments.
int runSimulate(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runPublish(const QStringList &arguments);
int runRecord(const QStringList &arguments);
int runInspect(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runState(const QStringList &arguments);

} // namespace soc
