#include "app/command_line.h"

#include "core/indicator_catalog.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QRegularExpression>

#include <cstring>

namespace soc {

namespace {

const QStringList &knownPages()
{
    static const QStringList pages = {QStringLiteral("overview"), QStringLiteral("ranking"),
                                      QStringLiteral("unit"), QStringLiteral("alerts"),
                                      QStringLiteral("feeds"), QStringLiteral("replay")};
    return pages;
}

bool parseWallOptions(const QCommandLineParser &parser, const QCommandLineOption &wallOption,
                      const QCommandLineOption &screenOption,
                      const QCommandLineOption &playlistOption, DashboardOptions *options,
                      QString *error)
{
    options->wall = parser.isSet(wallOption);
    if (!options->wall && (parser.isSet(screenOption) || parser.isSet(playlistOption))) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "--screen and --playlist apply to the wall display "
                                             "only; add --wall");
        return false;
    }
    if (parser.isSet(screenOption)) {
        bool ok = false;
        options->screen = parser.value(screenOption).toInt(&ok);
        if (!ok || options->screen < 0) {
            *error = QCoreApplication::translate("soc::CommandLine",
                                                 "invalid --screen '%1'; give a screen number "
                                                 "from 0")
                         .arg(parser.value(screenOption));
            return false;
        }
    }
    options->playlistPath = parser.value(playlistOption);
    return true;
}

} // namespace

std::optional<Language> languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            value = arguments.at(i).mid(7);
        Language language;
        if (!value.isEmpty() && parseLanguage(value, &language))
            return language;
    }
    return std::nullopt;
}

bool argumentsNeedNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             {"--snapshot", "--report", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
        if (std::strncmp(argv[i], "--snapshot=", 11) == 0 ||
            std::strncmp(argv[i], "--report=", 9) == 0)
            return true;
    }
    return false;
}

std::optional<TimeRange> parseRangeArgument(const QString &value)
{
    if (!value.contains(QLatin1Char('/')))
        return TimeRange::parse(value);
    const QStringList parts = value.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    QDateTime bounds[2];
    for (int i = 0; i < 2; ++i) {
        bounds[i] = QDateTime::fromString(parts.at(i), Qt::ISODateWithMs);
        if (bounds[i].isValid() && bounds[i].timeSpec() == Qt::LocalTime)
            bounds[i].setTimeZone(QTimeZone::utc());
        if (!bounds[i].isValid())
            return std::nullopt;
    }
    return TimeRange::custom(bounds[0].toMSecsSinceEpoch(), bounds[1].toMSecsSinceEpoch());
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool parseDashboardOptions(const QCoreApplication &app, DashboardOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "soc::CommandLine", "SOC Dashboard: digitization KPIs of Ho Chi Minh City, live."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption feedOption(
        QStringLiteral("feed"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Feed to subscribe to; repeat for several. demo: is the built-in "
                                    "simulator and the default (demo:?seed=N for another seed); "
                                    "also mqtt://, mqtts://, tcp://, tls:// and file:PATH. "
                                    "https://HOST/api/v1/reporting/evaluation?root=ID polls the "
                                    "national portal's Decision 766 figures; options: "
                                    "period=2026-Q3, interval=SECONDS (default 900), "
                                    "timeout=SECONDS (default 30)."),
        QStringLiteral("URL"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Display language: vi or en (default: the last one chosen)."),
        QStringLiteral("vi|en"));
    const QCommandLineOption unitsOption(
        QStringLiteral("units"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Unit catalog CSV to use instead of the 22 districts of Ho Chi "
                                    "Minh City."),
        QStringLiteral("FILE"));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Render one page to a PNG file without a display, then exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Page to render: overview, ranking, unit, alerts, feeds or replay "
                                    "(with --replay)."),
        QStringLiteral("NAME"), QStringLiteral("overview"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Snapshot size in pixels, width x height (default 1920x1080)."),
        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Moment to render, ISO 8601 (2026-12-04T09:14:00+07:00); "
                                    "without a zone, UTC (default: now)."),
        QStringLiteral("TIME"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Seconds that a snapshot of live feeds collects data before "
                                    "it renders, 1 to 600 (default 3)."),
        QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption indicatorOption(
        QStringLiteral("indicator"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Indicator that a snapshot shows on the map and the ranking, "
                                    "such as e_result or overdue_backlog (default e_result)."),
        QStringLiteral("ID"));
    const QCommandLineOption replayOption(
        QStringLiteral("replay"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Play a recording (.socrec) with a timeline bar instead of "
                                    "the live feeds."),
        QStringLiteral("FILE"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Unit that the unit page of a snapshot shows, by code, such "
                                    "as 760 (default: the city); repeat it to give a report "
                                    "a section for each unit."),
        QStringLiteral("CODE"));
    const QCommandLineOption wallOption(
        QStringLiteral("wall"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Wall display: frameless full screen, rotating through a "
                                    "playlist of pages, no dialogs. With --snapshot, renders "
                                    "the wall."));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Screen of the wall, numbered from 0 (default: the primary "
                                    "screen)."),
        QStringLiteral("N"));
    const QCommandLineOption playlistOption(
        QStringLiteral("playlist"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Wall playlist, a JSON file of pages with their dwell times "
                                    "in seconds (default: the built-in playlist)."),
        QStringLiteral("FILE"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Write a PDF report of the overview and each --unit in the "
                                    "--lang language without a display, then exit."),
        QStringLiteral("FILE.pdf"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"),
        QCoreApplication::translate("soc::CommandLine",
                                    "Time range of the trend plots and the report: 24h, 7d, 30d, "
                                    "month, year, or FROM/TO in ISO 8601 (default 7d)."),
        QStringLiteral("RANGE"), QStringLiteral("7d"));
    parser.addOptions({feedOption, langOption, unitsOption, snapshotOption, pageOption,
                       sizeOption, atOption, waitOption, indicatorOption, replayOption,
                       unitOption, wallOption, screenOption, playlistOption, reportOption,
                       rangeOption});
    parser.process(app);

    if (!parseWallOptions(parser, wallOption, screenOption, playlistOption, options, error))
        return false;

    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "unexpected argument '%1'; run soc-dashboard --help")
                     .arg(parser.positionalArguments().first());
        return false;
    }
    options->feeds = parser.values(feedOption);
    options->replayPath = parser.value(replayOption);
    if (parser.isSet(replayOption)) {
        if (!options->feeds.isEmpty() || options->replayPath.isEmpty()) {
            *error = QCoreApplication::translate("soc::CommandLine",
                                                 "--replay takes one recording file and no "
                                                 "--feed; give one or the other")
                         ;
            return false;
        }
        options->feeds << QStringLiteral("file:") + options->replayPath;
    }
    if (options->feeds.isEmpty())
        options->feeds << QStringLiteral("demo:");
    options->unitCatalog = parser.value(unitsOption);
    options->snapshotPath = parser.value(snapshotOption);
    if (parser.isSet(snapshotOption) &&
        !options->snapshotPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "invalid --snapshot '%1'; give a file name ending in "
                                             ".png")
                     .arg(options->snapshotPath);
        return false;
    }

    if (parser.isSet(langOption)) {
        Language language;
        if (!parseLanguage(parser.value(langOption), &language)) {
            *error = QCoreApplication::translate("soc::CommandLine",
                                                 "invalid --lang '%1'; use vi or en")
                         .arg(parser.value(langOption));
            return false;
        }
        options->language = language;
    }

    bool waitOk = false;
    options->waitSeconds = parser.value(waitOption).toInt(&waitOk);
    if (!waitOk || options->waitSeconds < 1 || options->waitSeconds > 600) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "invalid --wait '%1'; give whole seconds from 1 to 600")
                     .arg(parser.value(waitOption));
        return false;
    }

    options->reportPath = parser.value(reportOption);
    if (parser.isSet(reportOption) &&
        !options->reportPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "invalid --report '%1'; give a file name ending in "
                                             ".pdf")
                     .arg(options->reportPath);
        return false;
    }
    if (parser.isSet(reportOption) && parser.isSet(snapshotOption)) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "--report and --snapshot each write one file; give "
                                             "one of them");
        return false;
    }
    const std::optional<TimeRange> range = parseRangeArgument(parser.value(rangeOption));
    if (!range) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "invalid --range '%1'; use 24h, 7d, 30d, month, "
                                             "year, or FROM/TO such as "
                                             "2026-11-01T00:00:00+07:00/2026-12-01T00:00:00+07:00 "
                                             "with TO after FROM")
                     .arg(parser.value(rangeOption));
        return false;
    }
    options->range = *range;

    options->indicator = parser.value(indicatorOption);
    options->units = parser.values(unitOption);
    options->unit = options->units.value(0);
    if (parser.isSet(indicatorOption)) {
        const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
        if (!indicators.find(options->indicator)) {
            QStringList ids;
            for (const Indicator &indicator : indicators.indicators())
                ids << indicator.id;
            *error = QCoreApplication::translate("soc::CommandLine",
                                                 "unknown --indicator '%1'; use one of %2")
                         .arg(options->indicator, ids.join(QStringLiteral(", ")));
            return false;
        }
    }

    if (options->wall && (parser.isSet(pageOption) || parser.isSet(indicatorOption) ||
                          parser.isSet(unitOption))) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "--page, --indicator and --unit do not apply to "
                                             "--wall, which shows its playlist; put the page in "
                                             "a --playlist file");
        return false;
    }
    options->page = parser.value(pageOption);
    if (!knownPages().contains(options->page)) {
        *error = QCoreApplication::translate("soc::CommandLine", "unknown --page '%1'; use %2")
                     .arg(options->page, knownPages().join(QStringLiteral(", ")));
        return false;
    }

    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch sizeMatch = sizePattern.match(parser.value(sizeOption));
    const int width = sizeMatch.captured(1).toInt();
    const int height = sizeMatch.captured(2).toInt();
    if (!sizeMatch.hasMatch() || width < 320 || height < 240 || width > 16384 || height > 16384) {
        *error = QCoreApplication::translate("soc::CommandLine",
                                             "invalid --size '%1'; use WIDTHxHEIGHT in pixels, "
                                             "from 320x240 to 16384x16384, such as 3840x2160")
                     .arg(parser.value(sizeOption));
        return false;
    }
    options->size = QSize(width, height);

    if (parser.isSet(atOption)) {
        QDateTime at = QDateTime::fromString(parser.value(atOption), Qt::ISODateWithMs);
        if (at.isValid() && at.timeSpec() == Qt::LocalTime)
            at.setTimeZone(QTimeZone::utc());
        if (!at.isValid() || at.date().year() < 2000 || at.date().year() > 2099) {
            *error = QCoreApplication::translate("soc::CommandLine",
                                                 "invalid --at '%1'; use ISO 8601 between the "
                                                 "years 2000 and 2099, such as "
                                                 "2026-12-04T09:14:00+07:00")
                         .arg(parser.value(atOption));
            return false;
        }
        options->atMs = at.toMSecsSinceEpoch();
        // A recording has every moment, so --at also picks the moment of a replay.
        for (const QString &url : std::as_const(options->feeds)) {
            if (!url.startsWith(QLatin1String("demo:")) && options->replayPath.isEmpty()) {
                *error = QCoreApplication::translate("soc::CommandLine",
                                                     "--at applies to the demo feed only, and "
                                                     "%1 is live; leave out --at")
                             .arg(url);
                return false;
            }
        }
    }
    return true;
}

} // namespace soc
