#pragma once

#include <QString>

namespace soc {

// The MQTT topic scheme of feed version 1 (docs/FEED.md, section MQTT). Every topic starts with
// `soc/v1/{source}/`; a level that comes from data has `/`, `+`, `#` and `%` percent-encoded.
namespace mqtt_topics {

// The subscription that covers every source.
inline constexpr char Subscription[] = "soc/v1/+/#";

enum class Kind
{
    Invalid,   // not a topic of this scheme; `error` gives the reason
    KpiSample, // soc/v1/{source}/kpi/{unit}/{indicator}, retained, one sample
    KpiBatch,  // soc/v1/{source}/kpi, live batches
    Catalog,   // soc/v1/{source}/catalog, retained
    Alert,     // soc/v1/{source}/alert/{id}, retained
    Heartbeat, // soc/v1/{source}/heartbeat
    State,     // soc/v1/{source}/state, retained `online` or `offline`
};

struct Topic
{
    Kind kind = Kind::Invalid;
    QString source; // decoded; set whenever the source level could be read
    QString error;  // why the topic is not part of the scheme, in English
};

QString escapeLevel(const QString &level);
// Returns false for a `%` that does not start a valid escape.
bool unescapeLevel(const QString &level, QString *decoded);

Topic parse(const QString &topic);

QString kpiSample(const QString &source, const QString &unit, const QString &indicator);
QString kpiBatch(const QString &source);
QString catalog(const QString &source);
QString alert(const QString &source, const QString &id);
QString heartbeat(const QString &source);
QString state(const QString &source);

} // namespace mqtt_topics

} // namespace soc
