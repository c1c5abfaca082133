#include "feed/envelope_decoder.h"

#include "soc/feed/v1/envelope.pb.h"

#include <cmath>

namespace soc {

namespace {

namespace pb = soc::feed::v1;

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Field numbers of the Envelope's body oneof in this version of the schema.
QString unknownBodyDescription(const pb::Envelope &message)
{
    const google::protobuf::UnknownFieldSet &unknown =
        message.GetReflection()->GetUnknownFields(message);
    for (int i = 0; i < unknown.field_count(); ++i) {
        const int number = unknown.field(i).number();
        if (number >= 10)
            return QStringLiteral("unknown body (field %1); the sender uses a newer schema than "
                                  "soc.feed.v1 as this dashboard knows it")
                .arg(number);
    }
    return QStringLiteral("missing body: set one of kpi_batch, unit_catalog, alert or heartbeat");
}

} // namespace

bool EnvelopeDecoder::checkCode(const std::string &text, const char *field, QString *reason) const
{
    if (text.empty()) {
        *reason = QStringLiteral("missing %1").arg(QLatin1String(field));
        return false;
    }
    const QString value = fromUtf8(text);
    if (value.size() > m_limits.maxCodeLength) {
        *reason = QStringLiteral("%1 is %2 characters long; the limit is %3")
                      .arg(QLatin1String(field))
                      .arg(value.size())
                      .arg(m_limits.maxCodeLength);
        return false;
    }
    if (hasControlCharacters(value) || value.contains(QLatin1Char(' '))) {
        *reason = QStringLiteral("%1 '%2' contains spaces or control characters")
                      .arg(QLatin1String(field), value.simplified());
        return false;
    }
    return true;
}

bool EnvelopeDecoder::checkText(const std::string &text, const char *field, QString *reason) const
{
    const QString value = fromUtf8(text);
    if (value.size() > m_limits.maxTextLength) {
        *reason = QStringLiteral("%1 is %2 characters long; the limit is %3")
                      .arg(QLatin1String(field))
                      .arg(value.size())
                      .arg(m_limits.maxTextLength);
        return false;
    }
    return true;
}

DecodeResult EnvelopeDecoder::decode(const QByteArray &bytes) const
{
    DecodeResult result;
    if (bytes.size() > m_limits.maxEnvelopeBytes) {
        result.error = QStringLiteral("envelope of %1 bytes exceeds the limit of %2 bytes")
                           .arg(bytes.size())
                           .arg(m_limits.maxEnvelopeBytes);
        return result;
    }
    pb::Envelope message;
    if (!message.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()))) {
        result.error = QStringLiteral("not a soc.feed.v1.Envelope: protobuf parsing failed on "
                                      "%1 bytes")
                           .arg(bytes.size());
        return result;
    }
    return validate(message);
}

DecodeResult EnvelopeDecoder::validate(const pb::Envelope &message) const
{
    DecodeResult result;
    QString reason;
    if (!checkCode(message.source(), "source", &reason)) {
        result.error = reason;
        return result;
    }
    DecodedEnvelope &envelope = result.envelope;
    envelope.source = fromUtf8(message.source());
    result.source = envelope.source;

    if (message.sequence() == 0) {
        result.error = QStringLiteral("missing sequence: sequences start at 1");
        return result;
    }
    if (message.sent_at() <= 0) {
        result.error = QStringLiteral("missing sent_at: give milliseconds since the Unix epoch");
        return result;
    }
    envelope.sequence = message.sequence();
    envelope.sentAtMs = message.sent_at();

    switch (message.body_case()) {
    case pb::Envelope::kKpiBatch: {
        envelope.body = DecodedEnvelope::Body::KpiBatch;
        const pb::KpiBatch &batch = message.kpi_batch();
        if (batch.samples_size() > m_limits.maxSamples) {
            result.error = QStringLiteral("batch of %1 samples exceeds the limit of %2")
                               .arg(batch.samples_size())
                               .arg(m_limits.maxSamples);
            return result;
        }
        envelope.samples.reserve(batch.samples_size());
        for (int i = 0; i < batch.samples_size(); ++i) {
            Sample sample;
            if (validateSample(batch.samples(i), envelope.source, &sample, &reason))
                envelope.samples.append(sample);
            else
                envelope.rejectedSamples.append({i, reason});
        }
        break;
    }
    case pb::Envelope::kUnitCatalog: {
        envelope.body = DecodedEnvelope::Body::UnitCatalog;
        const pb::UnitCatalog &catalog = message.unit_catalog();
        if (catalog.units_size() > m_limits.maxUnits) {
            result.error = QStringLiteral("unit catalog of %1 units exceeds the limit of %2")
                               .arg(catalog.units_size())
                               .arg(m_limits.maxUnits);
            return result;
        }
        for (int i = 0; i < catalog.units_size(); ++i) {
            const pb::Unit &item = catalog.units(i);
            Unit unit;
            if (!checkCode(item.code(), "unit code", &reason) ||
                !checkText(item.name_vi(), "name_vi", &reason) ||
                !checkText(item.name_en(), "name_en", &reason)) {
                result.error = QStringLiteral("unit catalog entry %1: %2").arg(i).arg(reason);
                return result;
            }
            unit.code = fromUtf8(item.code());
            unit.parent = fromUtf8(item.parent());
            unit.nameVi = fromUtf8(item.name_vi()).normalized(QString::NormalizationForm_C);
            unit.nameEn = fromUtf8(item.name_en());
            if (!parseUnitLevel(fromUtf8(item.level()), &unit.level)) {
                result.error = QStringLiteral("unit catalog entry %1 (%2): invalid level '%3'; "
                                              "use city, district, ward or department")
                                   .arg(i)
                                   .arg(unit.code, fromUtf8(item.level()));
                return result;
            }
            if (unit.parent == unit.code) {
                result.error = QStringLiteral("unit catalog entry %1: unit %2 names itself as its "
                                              "parent")
                                   .arg(i)
                                   .arg(unit.code);
                return result;
            }
            envelope.units.append(unit);
        }
        break;
    }
    case pb::Envelope::kAlert: {
        envelope.body = DecodedEnvelope::Body::Alert;
        const pb::Alert &item = message.alert();
        if (!checkCode(item.id(), "alert id", &reason) ||
            !checkText(item.text_vi(), "text_vi", &reason) ||
            !checkText(item.text_en(), "text_en", &reason)) {
            result.error = QStringLiteral("alert: %1").arg(reason);
            return result;
        }
        SourceAlert &alert = envelope.alert;
        alert.id = fromUtf8(item.id());
        alert.unit = fromUtf8(item.unit());
        alert.indicator = fromUtf8(item.indicator());
        alert.active = item.active();
        alert.textVi = fromUtf8(item.text_vi()).normalized(QString::NormalizationForm_C);
        alert.textEn = fromUtf8(item.text_en());
        const QString severity = fromUtf8(item.severity());
        if (severity == QLatin1String("warning")) {
            alert.severity = AlertSeverity::Warning;
        } else if (severity == QLatin1String("critical")) {
            alert.severity = AlertSeverity::Critical;
        } else {
            result.error = QStringLiteral("alert %1: invalid severity '%2'; use warning or "
                                          "critical")
                               .arg(alert.id, severity);
            return result;
        }
        break;
    }
    case pb::Envelope::kHeartbeat:
        envelope.body = DecodedEnvelope::Body::Heartbeat;
        break;
    case pb::Envelope::BODY_NOT_SET:
        result.error = unknownBodyDescription(message);
        return result;
    }

    result.ok = true;
    return result;
}

bool EnvelopeDecoder::validateSample(const pb::Sample &message, const QString &source,
                                     Sample *sample, QString *reason) const
{
    if (!checkCode(message.unit(), "unit", reason) ||
        !checkCode(message.indicator(), "indicator", reason))
        return false;
    sample->unit = fromUtf8(message.unit());
    sample->indicator = fromUtf8(message.indicator());
    sample->source = source;
    const QString where = QStringLiteral("%1/%2").arg(sample->unit, sample->indicator);

    const Indicator *indicator = m_indicators.find(sample->indicator);
    if (!indicator) {
        *reason = QStringLiteral("%1: unknown indicator '%2'; add it to the indicator catalog")
                      .arg(where, sample->indicator);
        return false;
    }
    sample->period = Period::parse(fromUtf8(message.period()));
    if (!sample->period.isValid()) {
        *reason = QStringLiteral("%1: invalid period '%2'; use 2026-12-04, 2026-12, 2026-Q4 or "
                                 "2026")
                      .arg(where, fromUtf8(message.period()).left(32));
        return false;
    }
    if (message.observed_at() <= 0) {
        *reason = QStringLiteral("%1: missing observed_at").arg(where);
        return false;
    }
    sample->observedAtMs = message.observed_at();

    for (const auto &[present, number, name] :
         {std::tuple{message.has_numerator(), message.numerator(), "numerator"},
          std::tuple{message.has_denominator(), message.denominator(), "denominator"},
          std::tuple{message.has_value(), message.value(), "value"}}) {
        if (present && !std::isfinite(number)) {
            *reason = QStringLiteral("%1: %2 is %3; send a finite number or leave it out")
                          .arg(where, QLatin1String(name), QString::number(number));
            return false;
        }
    }

    if (indicator->kind == IndicatorKind::Ratio) {
        // A source that publishes only the percentage, such as the national portal for a
        // criterion it rates without figures, sends it as the value.
        if (message.has_value() && !message.has_numerator() && !message.has_denominator()) {
            if (message.value() < 0 || message.value() > 100) {
                *reason = QStringLiteral("%1: ratio value %2 is outside 0 to 100 percent")
                              .arg(where)
                              .arg(message.value());
                return false;
            }
            sample->value = message.value();
            return true;
        }
        if (!message.has_numerator() || !message.has_denominator()) {
            *reason = QStringLiteral("%1: a ratio needs both numerator and denominator, or only "
                                     "a value in percent")
                          .arg(where);
            return false;
        }
        if (message.numerator() < 0 || message.denominator() < 0) {
            *reason = QStringLiteral("%1: negative count (numerator %2, denominator %3)")
                          .arg(where)
                          .arg(message.numerator())
                          .arg(message.denominator());
            return false;
        }
        if (message.numerator() > message.denominator()) {
            *reason = QStringLiteral("%1: numerator %2 is above denominator %3")
                          .arg(where)
                          .arg(message.numerator())
                          .arg(message.denominator());
            return false;
        }
        sample->hasRatio = true;
        sample->numerator = message.numerator();
        sample->denominator = message.denominator();
        return true;
    }

    if (!message.has_value() || message.has_numerator() || message.has_denominator()) {
        *reason = QStringLiteral("%1: a %2 needs a value and no numerator or denominator")
                      .arg(where, indicatorKindName(indicator->kind));
        return false;
    }
    if (indicator->kind == IndicatorKind::Count && message.value() < 0) {
        *reason = QStringLiteral("%1: negative count %2").arg(where).arg(message.value());
        return false;
    }
    sample->value = message.value();
    return true;
}

} // namespace soc
