#pragma once

#include "core/period.h"
#include "core/sample.h"
#include "core/unit_catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

namespace soc {

// The request behind a portal response. The response itself does not state its period, so it
// comes from the request: a manifest of captures, the command line or the polling source.
struct PortalRequest
{
    Period period;
    qint64 observedAtMs = 0; // when the portal answered; the samples' observed_at
    // The procedure (formalityId) that the request narrowed the figures to; empty for all
    // procedures, the only scope whose figures are the unit's own.
    QString procedureId;
};

// A unit as the portal lists it. `code` is the portal's department code (H44, H44.05) or,
// for a row that has none and whose id no earlier response mapped to a code, the id itself.
struct PortalUnit
{
    QString id;
    QString code;
    QString parent;
    UnitLevel level = UnitLevel::Department;
    QString name; // NFC
};

// The portal's own ratio and score of one unit and criterion, or of a unit's group total
// (indicator = the group's score indicator), kept to check the dashboard's computation.
struct PortalFigure
{
    QString unit;
    QString indicator;
    std::optional<double> ratio; // percent as published, two decimals
    std::optional<double> score;
    double maxScore = 0;
};

// One response of the portal's Decision 766 reporting API, read into samples.
struct PortalReport
{
    QString group;              // score766Groups() id
    QString rootCode;
    QVector<PortalUnit> units;  // the root first
    std::vector<Sample> samples;
    QVector<PortalFigure> portalFigures;
    QStringList warnings;       // rows or metrics left out, each with the reason
    int unknownMetrics = 0;
    int nullMetrics = 0;        // metrics with null figures that the portal did not score
};

// Department ids mapped to codes. Transparency and satisfaction rows carry only the id, so a
// code comes from an earlier response of a group that lists both (the tree endpoints and
// digitization).
using PortalDirectory = QHash<QString, QString>;

// Reads the portal's JSON responses (the six evaluation groups, in the overview/evaluation or
// the parent/children form) into samples of the indicator catalog.
class PortalReader
{
    Q_DECLARE_TR_FUNCTIONS(soc::PortalReader)

public:
    static constexpr qint64 MaxResponseBytes = 64 * 1024 * 1024;
    static constexpr int MaxUnits = 20000;

    // Reads one response. `origin` names it in messages (a file name or a URL). Returns false
    // with an English message naming the origin, and the byte, line and column for invalid
    // JSON; rows and metrics that cannot be read are left out and listed in the warnings.
    static bool read(const QByteArray &json, const QString &origin, const PortalRequest &request,
                     PortalDirectory *directory, PortalReport *report, QString *error);

    // The metric code's indicator, or an empty string for a code the catalog does not map.
    static QString indicatorOfMetric(const QString &metricCode);

    // The period of a request payload: timeType with year, quarter or month, or fromDate and
    // toDate covering one month, quarter or year. Invalid when the payload states neither.
    static Period periodOfPayload(const QJsonObject &payload);

    // Reads a capture manifest (captures[].file, payload, capturedAt) into requests by file,
    // keyed by the path relative to the manifest's folder.
    static bool readManifest(const QString &path, QHash<QString, PortalRequest> *requests,
                             QString *error);
};

// The report as serialized soc.feed.v1 envelopes from `source`: a unit catalog, then KPI
// batches of at most `batchSize` samples. Sequences continue from *sequence.
std::vector<QByteArray> portalEnvelopes(const PortalReport &report, const QString &source,
                                        qint64 sentAtMs, quint64 *sequence, int batchSize = 500);

} // namespace soc
