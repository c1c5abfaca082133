#pragma once

#include "core/aggregation.h"

#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace soc {

// The national portal's score for a criterion whose denominator is zero, as its published
// scores show it.
enum class ZeroDenominatorRule {
    NotScored, // no points and no score: the portal writes null (transparency, digitization)
    NoPoints,  // 0 points
    FullPoints // the criterion's maximum: nothing was due, so nothing was missed
};

// One criterion of a Decision 766 group: an indicator of the catalog and how its ratio turns
// into points.
struct Score766Criterion
{
    QString indicator;
    double maxPoints = 0;
    double fullPointsRatio = 100; // ratio in percent at which the criterion earns maxPoints
    ZeroDenominatorRule zeroDenominator = ZeroDenominatorRule::NoPoints;
    // The figure is the portal's own points for the group, not a ratio. Used where the portal's
    // formula is not known (online public services).
    bool reportedPoints = false;
};

// One of the six indicator groups of Decision 766, worth 100 points together.
struct Score766Group
{
    QString id;             // transparency, timeliness, online_services, online_payment,
                            // digitization, satisfaction
    QString scoreIndicator; // catalog indicator of the group's score, "score_<id>"
    double maxPoints = 0;
    QVector<Score766Criterion> criteria;
};

// The six groups, in the portal's order.
const QVector<Score766Group> &score766Groups();
// The group with this id; nullptr when there is none.
const Score766Group *findScore766Group(const QString &id);
// The group whose score indicator this is; nullptr for any other indicator. Group ids and
// indicator ids overlap ("satisfaction" is both), so the two lookups are kept apart.
const Score766Group *findScore766GroupOfScore(const QString &indicatorId);
// The digitization group (22 points).
const Score766Group &score766Digitization();

// One criterion of a unit's score.
struct Score766Item
{
    QString indicator;
    double maxPoints = 0;
    double fullPointsRatio = 100;
    bool reported = false;       // the unit has a figure for the criterion in the period
    std::optional<double> ratio; // percent; none when not reported or the denominator is zero
    std::optional<double> points; // none when not reported or not scored

    bool isReported() const { return reported; }
    // Points short of the maximum; a criterion without points has lost all of them.
    double lostPoints() const { return maxPoints - points.value_or(0.0); }
};

// A unit's score in one group.
struct Score766
{
    QString group;
    QVector<Score766Item> items; // in the portal's order
    double points = 0;            // sum of the items' points, capped at maxPoints
    double maxPoints = 0;
    bool hasData = false;         // at least one criterion was reported

    double lostPoints() const { return maxPoints - points; }
};

// Points of one criterion: maxPoints x ratio / fullPointsRatio, kept within [0, maxPoints] and
// rounded to 0.01 half up, as the portal publishes them. The portal's group totals are the sums
// of these rounded points.
double score766Points(double maxPoints, double fullPointsRatio, double ratio);

// Scores a unit in `group` from its figures, looked up by indicator id. A lookup without a
// figure means that the unit did not report the criterion. A figure with a value scores its ratio;
// one without (a zero denominator) scores by the criterion's rule. A figure that carries only
// a value (no numerator and denominator) is a ratio the portal gave without figures.
Score766 computeScore766(const Score766Group &group,
                         const std::function<std::optional<Figure>(const QString &)> &figureOf);

// The group's score of `unit` as a figure of the group's score indicator, computed from the
// figures at `period`, or, without one, at the most recent period in which the unit or a unit
// below it reported any criterion. None when no criterion was reported. For a group of
// reported points (online services) the reported figure itself.
std::optional<UnitFigure> score766Figure(const Aggregator &aggregator, const QString &unit,
                                         const Score766Group &group,
                                         const std::optional<Period> &period = std::nullopt);

// The most recent period in which `unit` or a unit below it reported a criterion of `group`.
std::optional<Period> score766LatestPeriod(const Aggregator &aggregator, const QString &unit,
                                           const Score766Group &group);

} // namespace soc
