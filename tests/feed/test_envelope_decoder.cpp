#include "feed/envelope_decoder.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QTest>

#include <limits>

namespace pb = soc::feed::v1;

using soc::DecodedEnvelope;
using soc::DecodeLimits;
using soc::DecodeResult;
using soc::EnvelopeDecoder;
using soc::IndicatorCatalog;
using soc::Period;
using soc::UnitLevel;

Q_DECLARE_METATYPE(soc::DecodeLimits)

namespace {

constexpr qint64 SentAtMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr qint64 ObservedAtMs = SentAtMs - 60000;

QByteArray serialize(const google::protobuf::Message &message)
{
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

pb::Envelope header(const std::string &source = "tthc", quint64 sequence = 1,
                    qint64 sentAtMs = SentAtMs)
{
    pb::Envelope envelope;
    envelope.set_source(source);
    envelope.set_sequence(sequence);
    envelope.set_sent_at(sentAtMs);
    return envelope;
}

pb::Sample ratioSample(const std::string &unit, double numerator, double denominator)
{
    pb::Sample sample;
    sample.set_unit(unit);
    sample.set_indicator("e_result");
    sample.set_period("2026-12");
    sample.set_observed_at(ObservedAtMs);
    sample.set_numerator(numerator);
    sample.set_denominator(denominator);
    return sample;
}

pb::Sample valueSample(const std::string &unit, const std::string &indicator, double value)
{
    pb::Sample sample;
    sample.set_unit(unit);
    sample.set_indicator(indicator);
    sample.set_period("2026-12-04");
    sample.set_observed_at(ObservedAtMs);
    sample.set_value(value);
    return sample;
}

pb::Unit unitMessage(const std::string &code, const std::string &level)
{
    pb::Unit unit;
    unit.set_code(code);
    unit.set_parent("79");
    unit.set_level(level);
    unit.set_name_vi("Phường Sài Gòn");
    unit.set_name_en("Saigon Ward");
    return unit;
}

pb::Alert alertMessage(const std::string &severity)
{
    pb::Alert alert;
    alert.set_id("overdue-760");
    alert.set_unit("760");
    alert.set_indicator("overdue_backlog");
    alert.set_severity(severity);
    alert.set_active(true);
    alert.set_text_vi("Hồ sơ quá hạn tăng");
    alert.set_text_en("Overdue dossiers rising");
    return alert;
}

} // namespace

class TestEnvelopeDecoder : public QObject
{
    Q_OBJECT

private slots:
    void validBatchAccepted();
    void unitCatalogAccepted();
    void alertAccepted();
    void heartbeatAccepted();
    void envelopeRejected_data();
    void envelopeRejected();
    void sampleRejected_data();
    void sampleRejected();

private:
    IndicatorCatalog m_indicators = IndicatorCatalog::builtIn();
};

void TestEnvelopeDecoder::validBatchAccepted()
{
    pb::Envelope envelope = header("tthc", 42);
    pb::KpiBatch *batch = envelope.mutable_kpi_batch();
    *batch->add_samples() = ratioSample("760", 70, 100);
    *batch->add_samples() = valueSample("761", "overdue_backlog", 12);
    *batch->add_samples() = valueSample("79", "business_sync_lag", 95.5);

    const EnvelopeDecoder decoder(m_indicators);
    const DecodeResult result = decoder.decode(serialize(envelope));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.source, QString("tthc"));

    const DecodedEnvelope &decoded = result.envelope;
    QCOMPARE(decoded.source, QString("tthc"));
    QCOMPARE(decoded.sequence, quint64(42));
    QCOMPARE(decoded.sentAtMs, SentAtMs);
    QCOMPARE(decoded.body, DecodedEnvelope::Body::KpiBatch);
    QCOMPARE(decoded.rejectedSamples.size(), 0);
    QCOMPARE(decoded.samples.size(), 3);

    const soc::Sample &ratio = decoded.samples.at(0);
    QCOMPARE(ratio.unit, QString("760"));
    QCOMPARE(ratio.indicator, QString("e_result"));
    QCOMPARE(ratio.period, Period::month(2026, 12));
    QCOMPARE(ratio.observedAtMs, ObservedAtMs);
    QVERIFY(ratio.hasRatio);
    QCOMPARE(ratio.numerator, 70.0);
    QCOMPARE(ratio.denominator, 100.0);
    QCOMPARE(ratio.source, QString("tthc"));

    const soc::Sample &count = decoded.samples.at(1);
    QVERIFY(!count.hasRatio);
    QCOMPARE(count.value, 12.0);
    QCOMPARE(count.period, Period::day(QDate(2026, 12, 4)));

    const soc::Sample &gauge = decoded.samples.at(2);
    QCOMPARE(gauge.unit, QString("79"));
    QCOMPARE(gauge.value, 95.5);
}

void TestEnvelopeDecoder::unitCatalogAccepted()
{
    pb::Envelope envelope = header("tthc", 1);
    pb::UnitCatalog *catalog = envelope.mutable_unit_catalog();
    *catalog->add_units() = unitMessage("26740", "ward");
    pb::Unit *decomposed = catalog->add_units();
    *decomposed = unitMessage("26743", "ward");
    // "Tân Định" with the tone mark as a combining character (NFD).
    decomposed->set_name_vi(
        QStringLiteral("Phường Tân Định").normalized(QString::NormalizationForm_D).toStdString());

    const EnvelopeDecoder decoder(m_indicators);
    const DecodeResult result = decoder.decode(serialize(envelope));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.envelope.body, DecodedEnvelope::Body::UnitCatalog);
    QCOMPARE(result.envelope.units.size(), 2);

    const soc::Unit &ward = result.envelope.units.at(0);
    QCOMPARE(ward.code, QString("26740"));
    QCOMPARE(ward.parent, QString("79"));
    QCOMPARE(ward.level, UnitLevel::Ward);
    QCOMPARE(ward.nameVi, QStringLiteral("Phường Sài Gòn"));
    QCOMPARE(ward.nameEn, QString("Saigon Ward"));
    QCOMPARE(result.envelope.units.at(1).nameVi, QStringLiteral("Phường Tân Định"));
}

void TestEnvelopeDecoder::alertAccepted()
{
    pb::Envelope envelope = header("tthc", 3);
    *envelope.mutable_alert() = alertMessage("critical");

    const EnvelopeDecoder decoder(m_indicators);
    const DecodeResult result = decoder.decode(serialize(envelope));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.envelope.body, DecodedEnvelope::Body::Alert);
    QCOMPARE(result.envelope.alert.id, QString("overdue-760"));
    QCOMPARE(result.envelope.alert.unit, QString("760"));
    QCOMPARE(result.envelope.alert.indicator, QString("overdue_backlog"));
    QCOMPARE(result.envelope.alert.severity, soc::AlertSeverity::Critical);
    QVERIFY(result.envelope.alert.active);
    QCOMPARE(result.envelope.alert.textVi, QStringLiteral("Hồ sơ quá hạn tăng"));
    QCOMPARE(result.envelope.alert.textEn, QString("Overdue dossiers rising"));
}

void TestEnvelopeDecoder::heartbeatAccepted()
{
    pb::Envelope envelope = header("dkkd", 7);
    envelope.mutable_heartbeat();

    const EnvelopeDecoder decoder(m_indicators);
    const DecodeResult result = decoder.decode(serialize(envelope));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.envelope.body, DecodedEnvelope::Body::Heartbeat);
    QCOMPARE(result.envelope.source, QString("dkkd"));
}

void TestEnvelopeDecoder::envelopeRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DecodeLimits>("limits");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("fragment");

    const DecodeLimits defaults;

    // Field 1 announces 16 bytes of text, but only 4 follow.
    QTest::newRow("not protobuf") << QByteArray("\x0a\x10tthc", 6) << defaults << QString()
                                  << "protobuf parsing failed on 6 bytes";
    QTest::newRow("JSON text") << QByteArray(R"({"source": "tthc"})") << defaults << QString()
                               << "protobuf parsing failed";

    pb::Envelope heartbeat = header();
    heartbeat.mutable_heartbeat();
    const QByteArray heartbeatBytes = serialize(heartbeat);
    DecodeLimits small;
    small.maxEnvelopeBytes = 8;
    QTest::newRow("oversize envelope")
        << heartbeatBytes << small << QString()
        << QStringLiteral("envelope of %1 bytes exceeds the limit of 8 bytes")
               .arg(heartbeatBytes.size());

    pb::Envelope noSource = header("");
    noSource.mutable_heartbeat();
    QTest::newRow("missing source")
        << serialize(noSource) << defaults << QString() << "missing source";

    pb::Envelope spacedSource = header("tthc portal");
    spacedSource.mutable_heartbeat();
    QTest::newRow("source with space") << serialize(spacedSource) << defaults << QString()
                                       << "contains spaces or control characters";

    pb::Envelope longSource = header(std::string(65, 'a'));
    longSource.mutable_heartbeat();
    QTest::newRow("source too long") << serialize(longSource) << defaults << QString()
                                     << "source is 65 characters long; the limit is 64";

    pb::Envelope noSequence = header("tthc", 0);
    noSequence.mutable_heartbeat();
    QTest::newRow("missing sequence") << serialize(noSequence) << defaults << "tthc"
                                      << "missing sequence";

    pb::Envelope noSentAt = header("tthc", 1, 0);
    noSentAt.mutable_heartbeat();
    QTest::newRow("missing sent_at") << serialize(noSentAt) << defaults << "tthc"
                                     << "missing sent_at";

    pb::Envelope negativeSentAt = header("tthc", 1, -5);
    negativeSentAt.mutable_heartbeat();
    QTest::newRow("negative sent_at") << serialize(negativeSentAt) << defaults << "tthc"
                                      << "missing sent_at";

    QTest::newRow("no body") << serialize(header()) << defaults << "tthc"
                             << "missing body";

    // Field 14 with wire type 2 (length-delimited) and two bytes of payload is a body that a
    // newer schema could define.
    const QByteArray unknownBody = serialize(header()) + QByteArray("\x72\x02\x08\x01", 4);
    QTest::newRow("unknown body field") << unknownBody << defaults << "tthc"
                                        << "unknown body (field 14)";

    pb::Envelope badSeverity = header();
    *badSeverity.mutable_alert() = alertMessage("urgent");
    QTest::newRow("alert with bad severity") << serialize(badSeverity) << defaults << "tthc"
                                             << "invalid severity 'urgent'";

    pb::Envelope alertWithoutId = header();
    *alertWithoutId.mutable_alert() = alertMessage("warning");
    alertWithoutId.mutable_alert()->clear_id();
    QTest::newRow("alert without id") << serialize(alertWithoutId) << defaults << "tthc"
                                      << "alert: missing alert id";

    pb::Envelope badLevel = header();
    *badLevel.mutable_unit_catalog()->add_units() = unitMessage("26740", "ward");
    *badLevel.mutable_unit_catalog()->add_units() = unitMessage("26743", "province");
    QTest::newRow("unit with bad level") << serialize(badLevel) << defaults << "tthc"
                                         << "unit catalog entry 1 (26743): invalid level "
                                            "'province'";

    pb::Envelope ownParent = header();
    pb::Unit *selfParent = ownParent.mutable_unit_catalog()->add_units();
    *selfParent = unitMessage("26740", "ward");
    selfParent->set_parent("26740");
    QTest::newRow("unit names itself as parent") << serialize(ownParent) << defaults << "tthc"
                                                 << "names itself as its parent";

    pb::Envelope longName = header();
    pb::Unit *longNamed = longName.mutable_unit_catalog()->add_units();
    *longNamed = unitMessage("26740", "ward");
    longNamed->set_name_en(std::string(1025, 'x'));
    QTest::newRow("unit name too long") << serialize(longName) << defaults << "tthc"
                                        << "name_en is 1025 characters long; the limit is 1024";

    pb::Envelope bigBatch = header();
    for (int i = 0; i < 3; ++i)
        *bigBatch.mutable_kpi_batch()->add_samples() = ratioSample("760", 1, 2);
    DecodeLimits fewSamples;
    fewSamples.maxSamples = 2;
    QTest::newRow("batch over sample limit") << serialize(bigBatch) << fewSamples << "tthc"
                                             << "batch of 3 samples exceeds the limit of 2";
}

void TestEnvelopeDecoder::envelopeRejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DecodeLimits, limits);
    QFETCH(QString, source);
    QFETCH(QString, fragment);

    const EnvelopeDecoder decoder(m_indicators, limits);
    const DecodeResult result = decoder.decode(bytes);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
    QCOMPARE(result.source, source);
}

void TestEnvelopeDecoder::sampleRejected_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("fragment");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();

    pb::Sample nanNumerator = ratioSample("770", 1, 2);
    nanNumerator.set_numerator(nan);
    QTest::newRow("NaN numerator") << serialize(nanNumerator) << "770/e_result: numerator is nan";

    pb::Sample infiniteValue = valueSample("770", "pending_backlog", infinity);
    QTest::newRow("infinite value") << serialize(infiniteValue) << "value is inf";

    pb::Sample infiniteDenominator = ratioSample("770", 1, -infinity);
    QTest::newRow("infinite denominator")
        << serialize(infiniteDenominator) << "denominator is -inf";

    QTest::newRow("negative count") << serialize(valueSample("770", "overdue_backlog", -3))
                                    << "770/overdue_backlog: negative count -3";
    QTest::newRow("negative numerator")
        << serialize(ratioSample("770", -1, 10)) << "negative count (numerator -1, denominator 10)";
    QTest::newRow("numerator above denominator")
        << serialize(ratioSample("770", 11, 10)) << "numerator 11 is above denominator 10";

    pb::Sample unknownIndicator = valueSample("770", "happiness", 1);
    QTest::newRow("unknown indicator")
        << serialize(unknownIndicator) << "unknown indicator 'happiness'";

    pb::Sample badPeriod = ratioSample("770", 1, 2);
    badPeriod.set_period("2026-13");
    QTest::newRow("invalid period") << serialize(badPeriod) << "invalid period '2026-13'";

    pb::Sample noObservedAt = ratioSample("770", 1, 2);
    noObservedAt.clear_observed_at();
    QTest::newRow("missing observed_at") << serialize(noObservedAt) << "missing observed_at";

    pb::Sample noDenominator = ratioSample("770", 1, 2);
    noDenominator.clear_denominator();
    QTest::newRow("ratio without denominator")
        << serialize(noDenominator) << "a ratio needs both numerator and denominator";
    QTest::newRow("ratio value above 100")
        << serialize(valueSample("770", "e_result", 120))
        << "ratio value 120 is outside 0 to 100 percent";

    pb::Sample countWithNumerator = valueSample("770", "overdue_backlog", 4);
    countWithNumerator.set_numerator(4);
    QTest::newRow("count with numerator")
        << serialize(countWithNumerator) << "a count needs a value and no numerator";

    pb::Sample gaugeWithoutValue = valueSample("770", "business_sync_lag", 1);
    gaugeWithoutValue.clear_value();
    QTest::newRow("gauge without value") << serialize(gaugeWithoutValue) << "a gauge needs a value";

    pb::Sample noUnit = ratioSample("", 1, 2);
    QTest::newRow("missing unit") << serialize(noUnit) << "missing unit";

    pb::Sample spacedIndicator = ratioSample("770", 1, 2);
    spacedIndicator.set_indicator("e result");
    QTest::newRow("indicator with space")
        << serialize(spacedIndicator) << "indicator 'e result' contains spaces";
}

void TestEnvelopeDecoder::sampleRejected()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, fragment);

    pb::Sample bad;
    QVERIFY(bad.ParseFromArray(sample.constData(), static_cast<int>(sample.size())));

    pb::Envelope envelope = header("tthc", 5);
    pb::KpiBatch *batch = envelope.mutable_kpi_batch();
    *batch->add_samples() = ratioSample("760", 70, 100);
    *batch->add_samples() = bad;
    *batch->add_samples() = valueSample("761", "overdue_backlog", 3);

    const EnvelopeDecoder decoder(m_indicators);
    const DecodeResult result = decoder.decode(serialize(envelope));
    QVERIFY2(result.ok, qPrintable(result.error));

    const DecodedEnvelope &decoded = result.envelope;
    QCOMPARE(decoded.rejectedSamples.size(), 1);
    QCOMPARE(decoded.rejectedSamples.at(0).index, 1);
    QVERIFY2(decoded.rejectedSamples.at(0).reason.contains(fragment),
             qPrintable(decoded.rejectedSamples.at(0).reason));

    QCOMPARE(decoded.samples.size(), 2);
    QCOMPARE(decoded.samples.at(0).unit, QString("760"));
    QCOMPARE(decoded.samples.at(0).numerator, 70.0);
    QCOMPARE(decoded.samples.at(1).unit, QString("761"));
    QCOMPARE(decoded.samples.at(1).value, 3.0);
}

QTEST_GUILESS_MAIN(TestEnvelopeDecoder)
#include "test_envelope_decoder.moc"
