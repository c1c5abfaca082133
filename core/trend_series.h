#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace soc {

// One point of a trend: an observation time and the value shown for it (percent for ratios).
struct TrendPoint
{
    qint64 atMs = 0; // milliseconds since the Unix epoch, UTC
    double value = 0;
};

// The history of one unit and indicator over [fromMs, toMs], oldest point first, as the Unit
// Detail page requested it. The request fields come back unchanged so that the page can tell
// which of its requests a series answers.
struct TrendSeries
{
    QString unit;
    QString indicator;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QVector<TrendPoint> points;
    QString error; // English, for the log; empty when the query succeeded
};

} // namespace soc

Q_DECLARE_METATYPE(soc::TrendSeries)
