#pragma once

#include "core/indicator_catalog.h"
#include "core/sample.h"
#include "core/unit_catalog.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace soc::feed::v1 {
class Envelope;
class Sample;
} // namespace soc::feed::v1

namespace soc {

// Size limits for one envelope. A message over a limit is rejected whole.
struct DecodeLimits
{
    int maxEnvelopeBytes = 4 * 1024 * 1024;
    int maxSamples = 100000;
    int maxUnits = 100000;
    int maxCodeLength = 64;    // source ids, unit codes, indicator ids, alert ids
    int maxTextLength = 1024;  // names and alert texts, in characters
};

enum class AlertSeverity { Warning, Critical };

// An alert raised by a source itself.
struct SourceAlert
{
    QString id;
    QString unit;
    QString indicator;
    AlertSeverity severity = AlertSeverity::Warning;
    bool active = false;
    QString textVi;
    QString textEn;
};

struct SampleRejection
{
    int index = 0; // position in the batch
    QString reason;
};

// A validated envelope. Text is plain text: nothing from a feed is meant to be rendered as
// rich text or used as a path.
struct DecodedEnvelope
{
    enum class Body { KpiBatch, UnitCatalog, Alert, Heartbeat };

    QString source;
    quint64 sequence = 0;
    qint64 sentAtMs = 0;
    Body body = Body::Heartbeat;
    QVector<Sample> samples;                 // valid samples of a KPI batch
    QVector<SampleRejection> rejectedSamples; // invalid samples of a KPI batch, left out
    QVector<Unit> units;
    SourceAlert alert;
};

struct DecodeResult
{
    bool ok = false;
    QString error;  // why the envelope was rejected, in English
    QString source; // the source id when it could be read, for counting the rejection
    DecodedEnvelope envelope;
};

// Parses and validates feed envelopes (protobuf soc.feed.v1.Envelope). Envelope-level faults
// (unparsable bytes, oversize, missing source, sequence or send time, no or unknown body)
// reject the envelope. A bad sample inside a batch is left out with its reason and the rest of
// the batch is kept. Thread-compatible: one decoder per thread, or const use only.
class EnvelopeDecoder
{
public:
    explicit EnvelopeDecoder(const IndicatorCatalog &indicators, DecodeLimits limits = {})
        : m_indicators(indicators), m_limits(limits)
    {
    }
    // The decoder keeps a reference to the catalog, so a temporary one would dangle.
    EnvelopeDecoder(IndicatorCatalog &&indicators, DecodeLimits limits = {}) = delete;

    DecodeResult decode(const QByteArray &bytes) const;
    DecodeResult validate(const feed::v1::Envelope &message) const;

private:
    bool validateSample(const feed::v1::Sample &message, const QString &source, Sample *sample,
                        QString *reason) const;
    bool checkCode(const std::string &text, const char *field, QString *reason) const;
    bool checkText(const std::string &text, const char *field, QString *reason) const;

    const IndicatorCatalog &m_indicators;
    DecodeLimits m_limits;
};

} // namespace soc
