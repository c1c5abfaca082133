#include "core/score766.h"

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

using Rule = ZeroDenominatorRule;

Score766Criterion criterion(const char *indicator, double maxPoints, double fullPointsRatio,
                            Rule zeroDenominator)
{
    return {QString::fromLatin1(indicator), maxPoints, fullPointsRatio, zeroDenominator, false};
}

// The groups, maxima and rules follow the portal's published scores. On the captured responses
// of one province (2026) these rules reproduce every criterion score exactly, and the online
// payment totals to within 0.01 (4 of 492 rows differ by 0.01). The zero-denominator rules are
// those the captures show.
QVector<Score766Group> buildGroups()
{
    QVector<Score766Group> groups;
    groups.append({QStringLiteral("transparency"), QStringLiteral("score_transparency"), 18,
                   {criterion("publish_on_time", 6, 100, Rule::NotScored),
                    criterion("public_update_on_time", 4, 100, Rule::NotScored),
                    criterion("public_content_full", 2, 100, Rule::NotScored),
                    criterion("dossier_sync", 6, 100, Rule::NotScored)}});
    // Dossiers received with none handled score 0, as the portal scores them.
    groups.append({QStringLiteral("timeliness"), QStringLiteral("score_timeliness"), 20,
                   {criterion("on_time", 20, 100, Rule::NoPoints)}});
    // NOTE: the portal's online services formula is not published, so the group shows the
    // points the portal reports and has no breakdown.
    Score766Criterion online = criterion("score_online_services", 12, 100, Rule::NoPoints);
    online.reportedPoints = true;
    groups.append({QStringLiteral("online_services"), QStringLiteral("score_online_services"), 12,
                   {online}});
    // 6A + min(2, 2.5B) + 2.5C, capped at 10: a ratio with a zero denominator counts as 0.
    groups.append({QStringLiteral("online_payment"), QStringLiteral("score_online_payment"), 10,
                   {criterion("online_payment", 6, 100, Rule::NoPoints),
                    criterion("online_payment_procedures", 2, 80, Rule::NoPoints),
                    criterion("fee_procedures_with_dossiers", 2.5, 100, Rule::NoPoints)}});
    groups.append({QStringLiteral("digitization"), QStringLiteral("score_digitization"), 22,
                   {criterion("e_result", 6, 100, Rule::NotScored),
                    criterion("dossier_digitized", 4, 100, Rule::NotScored),
                    criterion("data_reused", 2, 80, Rule::NotScored),
                    criterion("digitized_shared", 4, 100, Rule::NotScored),
                    criterion("population_data_dossier", 2, 100, Rule::NotScored),
                    criterion("population_data_procedure", 2, 100, Rule::NotScored),
                    criterion("e_certified_copy", 2, 100, Rule::NotScored)}});
    // Dossier satisfaction earns full points at 90%. A unit without petitions keeps the full
    // points of both petition criteria.
    groups.append({QStringLiteral("satisfaction"), QStringLiteral("score_satisfaction"), 18,
                   {criterion("satisfaction", 6, 90, Rule::NoPoints),
                    criterion("petition_on_time", 6, 100, Rule::FullPoints),
                    criterion("petition_satisfaction", 6, 100, Rule::FullPoints)}});
    return groups;
}

double roundPoints(double points)
{
    return std::floor(points * 100.0 + 0.5) / 100.0;
}

std::optional<double> zeroDenominatorPoints(const Score766Criterion &criterion)
{
    switch (criterion.zeroDenominator) {
    case Rule::NotScored:
        return std::nullopt;
    case Rule::NoPoints:
        return 0.0;
    case Rule::FullPoints:
        return criterion.maxPoints;
    }
    return std::nullopt;
}

Score766Item scoreItem(const Score766Criterion &criterion, const std::optional<Figure> &figure)
{
    Score766Item item;
    item.indicator = criterion.indicator;
    item.maxPoints = criterion.maxPoints;
    item.fullPointsRatio = criterion.fullPointsRatio;
    if (!figure)
        return item;

    item.reported = true;
    if (criterion.reportedPoints) {
        if (figure->value)
            item.points = std::clamp(*figure->value, 0.0, criterion.maxPoints);
        return item;
    }
    if (figure->value && std::isfinite(*figure->value)) {
        item.ratio = figure->value;
        item.points = score766Points(criterion.maxPoints, criterion.fullPointsRatio, *item.ratio);
    } else {
        item.points = zeroDenominatorPoints(criterion);
    }
    return item;
}

} // namespace

const QVector<Score766Group> &score766Groups()
{
    static const QVector<Score766Group> groups = buildGroups();
    return groups;
}

const Score766Group *findScore766Group(const QString &id)
{
    for (const Score766Group &group : score766Groups()) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

const Score766Group *findScore766GroupOfScore(const QString &indicatorId)
{
    for (const Score766Group &group : score766Groups()) {
        if (group.scoreIndicator == indicatorId)
            return &group;
    }
    return nullptr;
}

const Score766Group &score766Digitization()
{
    return *findScore766Group(QStringLiteral("digitization"));
}

double score766Points(double maxPoints, double fullPointsRatio, double ratio)
{
    if (fullPointsRatio <= 0 || !std::isfinite(ratio))
        return 0;
    return roundPoints(std::clamp(maxPoints * ratio / fullPointsRatio, 0.0, maxPoints));
}

Score766 computeScore766(const Score766Group &group,
                         const std::function<std::optional<Figure>(const QString &)> &figureOf)
{
    Score766 score;
    score.group = group.id;
    score.maxPoints = group.maxPoints;
    double sum = 0;
    for (const Score766Criterion &criterion : group.criteria) {
        const Score766Item item = scoreItem(criterion, figureOf(criterion.indicator));
        score.hasData = score.hasData || item.reported;
        sum += item.points.value_or(0.0);
        score.items.append(item);
    }
    // Rounding each criterion can leave the sum a hair off two decimals, so it is rounded again.
    // The cap matters for online payment, whose criteria (6 + 2 + 2.5) add up to more than 10.
    score.points = std::min(roundPoints(sum), group.maxPoints);
    return score;
}

std::optional<Period> score766LatestPeriod(const Aggregator &aggregator, const QString &unit,
                                           const Score766Group &group)
{
    std::optional<Period> latest;
    for (const Score766Criterion &criterion : group.criteria) {
        const std::optional<Period> period = aggregator.latestPeriod(unit, criterion.indicator);
        if (period && (!latest || period->isMoreRecentThan(*latest)))
            latest = period;
    }
    return latest;
}

std::optional<UnitFigure> score766Figure(const Aggregator &aggregator, const QString &unit,
                                         const Score766Group &group,
                                         const std::optional<Period> &period)
{
    const std::optional<Period> at = period ? period : score766LatestPeriod(aggregator, unit, group);
    if (!at)
        return std::nullopt;

    Figure shown;
    shown.period = *at;
    bool own = true;
    const auto figureOf = [&](const QString &indicator) -> std::optional<Figure> {
        const UnitFigure figure = aggregator.figure(unit, indicator, *at);
        if (!figure.own && !figure.childrenSum)
            return std::nullopt;
        own = own && figure.own.has_value();
        const Figure &used = figure.shown;
        shown.observedAtMs = std::max(shown.observedAtMs, used.observedAtMs);
        if (shown.oldestObservedAtMs == 0 || used.oldestObservedAtMs < shown.oldestObservedAtMs)
            shown.oldestObservedAtMs = used.oldestObservedAtMs;
        return used;
    };
    const Score766 score = computeScore766(group, figureOf);
    if (!score.hasData)
        return std::nullopt;

    shown.value = score.points;
    shown.isOwn = own;
    UnitFigure result;
    result.shown = shown;
    if (own)
        result.own = shown;
    else
        result.childrenSum = shown;
    return result;
}

} // namespace soc
