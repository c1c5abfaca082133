#include "app/logging.h"

#include "storage/app_paths.h"

#include <QString>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace soc {

namespace {

std::shared_ptr<spdlog::logger> g_logger;

void handleQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    // The offscreen platform of snapshots reports this for every window; it changes nothing.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    const char *category = context.category ? context.category : "default";
    g_logger->log(level, "[{}] {}", category, message.toStdString());
    if (type == QtFatalMsg) {
        g_logger->flush();
        std::abort();
    }
}

} // namespace

void installLogging(const char *programName)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    const QString folder = stateDirectory();
    if (!folder.isEmpty()) {
        const std::string file = (folder + QLatin1Char('/') + QLatin1String(programName) +
                                  QStringLiteral(".log"))
                                     .toStdString();
        try {
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &error) {
            fprintf(stderr, "%s: cannot write the log file %s: %s\n", programName, file.c_str(),
                    error.what());
        }
    }
    g_logger = std::make_shared<spdlog::logger>(programName, sinks.begin(), sinks.end());
    g_logger->set_level(spdlog::level::debug); // Qt's category rules filter first
    g_logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(g_logger);
    qInstallMessageHandler(handleQtMessage);
}

} // namespace soc
