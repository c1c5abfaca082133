#pragma once

#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace soc {

// One criterion of the Decision 766 digitization group.
struct Score766Item
{
    QString indicator;           // catalog indicator id, or a portal id for criteria not in it
    bool inCatalog = true;       // false for electronic certified copies, which no feed reports
    double maxPoints = 0;
    double fullPointsRatio = 100; // ratio in percent at which the criterion earns maxPoints
    std::optional<double> ratio; // percent; none when the unit reported no figure
    double points = 0;

    bool isReported() const { return ratio.has_value(); }
    double lostPoints() const { return maxPoints - points; }
};

// The digitization group score of one unit: 22 points over seven criteria.
struct Score766
{
    QVector<Score766Item> items; // in the portal's order
    double points = 0;           // sum over the reported criteria
    double maxPoints = 0;        // 22
    double reportedMaxPoints = 0; // maximum of the criteria that have a ratio

    double lostPoints() const { return maxPoints - points; }
};

// Points of one criterion: maxPoints x ratio / fullPointsRatio, kept within [0, maxPoints].
double score766Points(double maxPoints, double fullPointsRatio, double ratio);

// Scores a unit from its ratios, looked up by indicator id; a criterion without a ratio earns
// nothing and counts as not reported. The weights are those of the national portal's
// digitization group: e-result 6, dossier digitized 4, data reused 2 (full points at 80%),
// digitized shared 4, population data in dossiers 2, procedures connected to population data
// 2, electronic certified copies 2. Each scores min(max, max x ratio / 100), except data reused,
// which scores min(2, 2 x ratio / 80); the portal's published scores fit these rules to within
// 0.015 points.
Score766 computeScore766(const std::function<std::optional<double>(const QString &)> &ratioOf);

} // namespace soc
