#pragma once

#include "core/language.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace soc {

// ratio: numerator over denominator, shown as a percentage; count: a number of things that sums
// over units; gauge: a level such as a lag in seconds, aggregated by its worst value.
enum class IndicatorKind { Ratio, Count, Gauge };
enum class Direction { HigherIsBetter, LowerIsBetter };

QString indicatorKindName(IndicatorKind kind);

struct Indicator
{
    QString id;
    IndicatorKind kind = IndicatorKind::Ratio;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> target; // percent for ratios, the indicator's own unit otherwise
    int cadenceSeconds = 300;     // expected time between updates from the source
    QString source;               // source id that normally reports it
    QString nameVi;
    QString nameEn;
    QString shortVi;
    QString shortEn;
    QString unitVi; // measurement unit of gauges ("giây"); empty for ratios and counts
    QString unitEn;
    // False for indicators that only a real source reports or that the dashboard computes,
    // such as the portal's group scores. The demo simulator leaves them out.
    bool simulated = true;
    // Decimals shown for counts and gauges; by default 1 below 10 and none above.
    std::optional<int> decimals;

    const QString &name(Language language) const { return pickName(language, nameVi, nameEn); }
    const QString &shortName(Language language) const;
    const QString &unitName(Language language) const { return pickName(language, unitVi, unitEn); }

    // True when `a` is better than `b` in this indicator's direction.
    bool isBetter(double a, double b) const
    {
        return direction == Direction::HigherIsBetter ? a > b : a < b;
    }
    // True when the value meets the target; false when there is no target.
    bool meetsTarget(double value) const;
};

// The indicators known to the dashboard. Loaded from JSON: the built-in catalog is a resource,
// and the same format loads from a file.
class IndicatorCatalog
{
public:
    static IndicatorCatalog builtIn();

    // Far above a real catalog: the built-in one of 20 indicators is about 6 kB.
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    // Reads at most MaxFileBytes; a larger file is rejected with its size in `error`.
    bool loadJsonFile(const QString &path, QString *error);
    bool loadJson(const QByteArray &json, const QString &origin, QString *error);

    const Indicator *find(const QString &id) const;
    const QVector<Indicator> &indicators() const { return m_indicators; }
    int size() const { return m_indicators.size(); }

private:
    QVector<Indicator> m_indicators;
    QHash<QString, int> m_index;
};

} // namespace soc
