#include "storage/app_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace soc {

namespace {

QString ensureDirectory(const QString &path)
{
    if (path.isEmpty() || !QDir().mkpath(path))
        return {};
    return path;
}

} // namespace

QString dataDirectory()
{
    return ensureDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

// QStandardPaths has no state location in Qt 6.4, so XDG_STATE_HOME is read here, with the
// specification's default of ~/.local/state.
QString stateDirectory()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return ensureDirectory(base + QStringLiteral("/soc-dashboard"));
}

} // namespace soc
