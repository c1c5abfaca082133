#include "core/aggregation.h"
#include "feed/feed_worker.h"
#include "feed/replay_source.h"
#include "core/score766.h"
#include "tools/commands.h"
#include "tools/recording_tool_support.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace soc {

namespace {

// The operator actions on one alert, oldest first: acknowledged, shelved or unshelved, with the
// operator (empty when the shelving ran out by itself), the time and the comment.
QJsonArray actionsJson(const Alert &alert)
{
    QJsonArray actions;
    for (const AlertAction &action : alert.actions) {
        actions.append(QJsonObject{
            {QStringLiteral("action"), alertEventTypeName(action.type)},
            {QStringLiteral("operator"), action.operatorName},
            {QStringLiteral("at"), isoUtc(action.atMs)},
            {QStringLiteral("comment"), action.comment},
        });
    }
    return actions;
}

// Every alert not in the normal state, in the shape of the state JSON: id, rule, unit,
// indicator, severity, state and the time its condition became active, then the operator
// actions and, while shelved, the end of the shelving.
QJsonArray alertsJson(const DashboardState &state)
{
    QJsonArray alerts;
    for (const Alert &alert : state.alerts) {
        QJsonObject object{
            {QStringLiteral("id"), alert.id},
            {QStringLiteral("rule"), alert.rule},
            {QStringLiteral("unit"), alert.unit},
            {QStringLiteral("indicator"), alert.indicator},
            {QStringLiteral("severity"), severityName(alert.severity)},
            {QStringLiteral("state"), alertStateName(alert.state)},
            {QStringLiteral("since"), isoUtc(alert.sinceMs)},
            {QStringLiteral("actions"), actionsJson(alert)},
        };
        if (alert.state == AlertState::Shelved)
            object.insert(QStringLiteral("shelved_until"), isoUtc(alert.shelvedUntilMs));
        alerts.append(object);
    }
    return alerts;
}


QJsonValue valueJson(const Figure &figure)
{
    return figure.value ? QJsonValue(*figure.value) : QJsonValue();
}

// A unit's own reported figure, as the "units" section shows it.
QJsonObject ownJson(const Figure &figure, const Indicator &indicator, Freshness freshness)
{
    QJsonObject object{{QStringLiteral("value"), valueJson(figure)}};
    // A ratio that its source sent as a percentage alone has no counts to show.
    const bool percentOnly = figure.hasData() && figure.denominator <= 0;
    if (indicator.kind == IndicatorKind::Ratio && !percentOnly) {
        object.insert(QStringLiteral("numerator"), figure.numerator);
        object.insert(QStringLiteral("denominator"), figure.denominator);
    }
    object.insert(QStringLiteral("period"), figure.period.toString());
    object.insert(QStringLiteral("observed_at"), isoUtc(figure.observedAtMs));
    object.insert(QStringLiteral("freshness"), freshnessName(freshness));
    return object;
}

// The sum over a unit's children, as the "aggregates" section shows it.
QJsonObject aggregateJson(const Figure &figure, const Indicator &indicator)
{
    QJsonObject object{{QStringLiteral("value"), valueJson(figure)}};
    if (indicator.kind == IndicatorKind::Ratio) {
        object.insert(QStringLiteral("numerator"), figure.numerator);
        object.insert(QStringLiteral("denominator"), figure.denominator);
    }
    object.insert(QStringLiteral("coverage"),
                  QJsonObject{{QStringLiteral("reporting"), figure.coverage.reporting},
                              {QStringLiteral("total"), figure.coverage.total}});
    return object;
}

QJsonObject feedsJson(const DashboardState &state)
{
    QJsonObject feeds;
    for (const SourceStatus &status : state.sources) {
        feeds.insert(status.source,
                     QJsonObject{
                         {QStringLiteral("received"), static_cast<double>(status.received)},
                         {QStringLiteral("rejected"), static_cast<double>(status.rejected)},
                         {QStringLiteral("duplicates"), static_cast<double>(status.duplicates)},
                         {QStringLiteral("gaps"), static_cast<double>(status.gaps)},
                         {QStringLiteral("last_sequence"),
                          static_cast<double>(status.lastSequence)},
                         {QStringLiteral("last_seen"), status.lastSeenMs > 0
                                                           ? QJsonValue(isoUtc(status.lastSeenMs))
                                                           : QJsonValue()},
                     });
    }
    return feeds;
}

// Adds one unit's figure for one indicator to the "units" and "aggregates" sections.
void addFigure(const QString &unit, const Indicator &indicator, const UnitFigure &figure,
               qint64 atMs, QJsonObject *units, QJsonObject *aggregates)
{
    if (figure.own) {
        // The freshness of `shown`, which is the own figure whenever there is one.
        const Freshness freshness =
            figure.own->hasData() ? freshnessOf(atMs - figure.own->oldestObservedAtMs,
                                                indicator.cadenceSeconds)
                                  : Freshness::Unknown;
        QJsonObject entry = units->value(unit).toObject();
        entry.insert(indicator.id, ownJson(*figure.own, indicator, freshness));
        units->insert(unit, entry);
    }
    if (figure.childrenSum) {
        QJsonObject entry = aggregates->value(unit).toObject();
        entry.insert(indicator.id, aggregateJson(*figure.childrenSum, indicator));
        aggregates->insert(unit, entry);
    }
}

// True when some unit's own figure has a value.
bool hasAnyValue(const QJsonObject &units)
{
    for (auto unit = units.begin(); unit != units.end(); ++unit) {
        const QJsonObject figures = unit.value().toObject();
        for (auto figure = figures.begin(); figure != figures.end(); ++figure) {
            if (!figure.value().toObject().value(QLatin1String("value")).isNull())
                return true;
        }
    }
    return false;
}

// The JSON of the state at atMs: with a period, every figure at that period, else each unit
// and indicator at its most recent period, as DashboardState holds it.
QJsonObject stateJson(const FeedWorker &worker, qint64 atMs, const Period &period)
{
    const DashboardStatePtr state = worker.buildState(atMs);
    QJsonObject units;
    QJsonObject aggregates;
    if (!period.isValid()) {
        for (auto unitIt = state->figures.cbegin(); unitIt != state->figures.cend(); ++unitIt) {
            for (auto it = unitIt->cbegin(); it != unitIt->cend(); ++it) {
                if (const Indicator *indicator = state->indicators->find(it.key()))
                    addFigure(unitIt.key(), *indicator, it.value(), atMs, &units, &aggregates);
            }
        }
    } else {
        const Aggregator aggregator(worker.store(), *state->units, *state->indicators);
        QStringList codes = worker.store().units();
        for (const Unit &unit : state->units->units())
            codes.append(unit.code);
        codes.removeDuplicates();
        for (const QString &code : std::as_const(codes)) {
            for (const Indicator &indicator : state->indicators->indicators()) {
                // Group scores are computed from the criteria at the same period, as the
                // dashboard computes them.
                const Score766Group *group = findScore766GroupOfScore(indicator.id);
                if (group && !group->criteria.first().reportedPoints) {
                    if (const auto score = score766Figure(aggregator, code, *group, period))
                        addFigure(code, indicator, *score, atMs, &units, &aggregates);
                    continue;
                }
                addFigure(code, indicator, aggregator.figure(code, indicator.id, period), atMs,
                          &units, &aggregates);
            }
        }
    }
    return QJsonObject{
        {QStringLiteral("at"), isoUtc(atMs)},
        {QStringLiteral("units"), units},
        {QStringLiteral("aggregates"), aggregates},
        {QStringLiteral("alerts"), alertsJson(*state)},
        {QStringLiteral("feeds"), feedsJson(*state)},
    };
}

} // namespace

int runState(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints, as JSON, the state that the dashboard shows at a moment of a recording: "
        "figures per unit, aggregates with coverage, alerts and feed counters."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A recording."));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        QStringLiteral("Moment to show: ISO 8601 (UTC without a zone) or ms since the epoch "
                       "(default: the end of the recording)."),
        QStringLiteral("TIME"));
    const QCommandLineOption periodOption(
        QStringLiteral("period"),
        QStringLiteral("Reporting period to show: 2026-12-04, 2026-12, 2026-Q4 or 2026 "
                       "(default: each figure's most recent period)."),
        QStringLiteral("P"));
    parser.addOptions({atOption, periodOption});
    parseCommandLine(parser, arguments);

    if (parser.positionalArguments().size() != 1)
        return failWith(QStringLiteral("give one recording; see soc-feed state --help"), 2);
    qint64 atMs = 0;
    if (parser.isSet(atOption) && !parseTimeArgument(parser.value(atOption), &atMs))
        return failWith(QStringLiteral("invalid --at '%1'; use ISO 8601 such as "
                                       "2026-12-04T03:00:00Z")
                            .arg(parser.value(atOption)),
                        2);
    Period period;
    if (parser.isSet(periodOption)) {
        period = Period::parse(parser.value(periodOption));
        if (!period.isValid())
            return failWith(QStringLiteral("invalid --period '%1'; give 2026-12-04, 2026-12, "
                                           "2026-Q4 or 2026")
                                .arg(parser.value(periodOption)),
                            2);
    }

    const QString path = parser.positionalArguments().first();
    FeedWorker worker;
    auto *replay = new ReplaySource(QStringLiteral("file:") + path, path);
    worker.addSource(replay); // the worker owns it
    // The worker's clock is the replayed moment, as in the dashboard's replay, so that
    // freshness and alert timing follow the recording rather than the wall clock.
    worker.setClock([replay] { return replay->currentTimeMs(); });
    QString error;
    if (!replay->open(&error))
        return failWith(error, 1);
    if (!parser.isSet(atOption))
        atMs = replay->endTimeMs();
    // seek() clamps to the recording, which is what the dashboard shows before the first and
    // after the last envelope; the state is still built at the requested moment.
    if (!replay->seek(atMs))
        return failWith(QStringLiteral("reading %1 failed; run soc-feed inspect on it").arg(path),
                        1);
    const QJsonObject state = stateJson(worker, atMs, period);
    std::fputs(QJsonDocument(state).toJson().constData(), stdout);
    if (period.isValid() && !hasAnyValue(state.value(QLatin1String("units")).toObject())) {
        std::fprintf(stderr,
                     "soc-feed: no unit of %s has a figure for period %s at %s; leave out "
                     "--period for each figure's most recent period\n",
                     qPrintable(path), qPrintable(parser.value(periodOption)),
                     qPrintable(isoUtc(atMs)));
    }
    return 0;
}

} // namespace soc
