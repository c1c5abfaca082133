#include "core/score766.h"

#include <algorithm>

namespace soc {

namespace {

struct Criterion
{
    const char *indicator;
    bool inCatalog;
    double maxPoints;
    double fullPointsRatio;
};

// NOTE: "e_certified_copy" is not in the indicator catalog, because no feed reports
// electronic certified copies yet, so the criterion always shows as not reported.
constexpr Criterion Criteria[] = {
    {"e_result", true, 6, 100},
    {"dossier_digitized", true, 4, 100},
    {"data_reused", true, 2, 80},
    {"digitized_shared", true, 4, 100},
    {"population_data_dossier", true, 2, 100},
    {"population_data_procedure", true, 2, 100},
    {"e_certified_copy", false, 2, 100},
};

} // namespace

double score766Points(double maxPoints, double fullPointsRatio, double ratio)
{
    if (fullPointsRatio <= 0)
        return 0;
    return std::clamp(maxPoints * ratio / fullPointsRatio, 0.0, maxPoints);
}

Score766 computeScore766(const std::function<std::optional<double>(const QString &)> &ratioOf)
{
    Score766 score;
    for (const Criterion &criterion : Criteria) {
        Score766Item item;
        item.indicator = QString::fromLatin1(criterion.indicator);
        item.inCatalog = criterion.inCatalog;
        item.maxPoints = criterion.maxPoints;
        item.fullPointsRatio = criterion.fullPointsRatio;
        if (criterion.inCatalog)
            item.ratio = ratioOf(item.indicator);
        if (item.ratio) {
            item.points = score766Points(item.maxPoints, item.fullPointsRatio, *item.ratio);
            score.reportedMaxPoints += item.maxPoints;
        }
        score.points += item.points;
        score.maxPoints += item.maxPoints;
        score.items.append(item);
    }
    return score;
}

} // namespace soc
