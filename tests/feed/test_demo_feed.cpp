#include "feed/demo_feed.h"
#include "feed/envelope_decoder.h"
#include "feed/feed_worker.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using soc::DecodedEnvelope;
using soc::DecodeResult;
using soc::DemoFeed;
using soc::EnvelopeDecoder;
using soc::Indicator;
using soc::IndicatorCatalog;

namespace {

const QString CityCode = QStringLiteral("79");

qint64 utcMs(const QString &isoTime)
{
    return QDateTime::fromString(isoTime, Qt::ISODate).toMSecsSinceEpoch();
}

// 2026-12-04T03:00:00Z, 10:00 in Ho Chi Minh City (UTC+7).
const qint64 PictureAtMs = utcMs(QStringLiteral("2026-12-04T03:00:00Z"));

// Decodes every envelope into *decoded. Returns false with the first error in *error.
bool decodeAll(const std::vector<QByteArray> &envelopes, const IndicatorCatalog &indicators,
               QVector<DecodedEnvelope> *decoded, QString *error)
{
    const EnvelopeDecoder decoder(indicators);
    for (const QByteArray &bytes : envelopes) {
        const DecodeResult result = decoder.decode(bytes);
        if (!result.ok) {
            *error = result.error;
            return false;
        }
        decoded->append(result.envelope);
    }
    return true;
}

} // namespace

class TestDemoFeed : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes();
    void otherSeedOtherBytes();
    void pictureCoversUnitsAndIndicators();
    void growingBacklogRaisesAlert();
    void pictureDecodesCleanly();
    void advanceDecodesCleanly();
    void cityFiguresCalibrated_data();
    void cityFiguresCalibrated();
    void districtOnTimeCalibrated();
    void backlogGrowsThroughDay();
    void figuresMoveOverTime();

private:
    IndicatorCatalog m_indicators = IndicatorCatalog::builtIn();
};

void TestDemoFeed::sameSeedSameBytes()
{
    DemoFeed first(7);
    DemoFeed second(7);
    const std::vector<QByteArray> firstPicture = first.picture(PictureAtMs);
    QVERIFY(firstPicture.size() > 1);
    QVERIFY(firstPicture == second.picture(PictureAtMs));

    const qint64 later = PictureAtMs + 90 * 1000;
    const std::vector<QByteArray> firstUpdates = first.advance(PictureAtMs, later);
    QVERIFY(!firstUpdates.empty());
    QVERIFY(firstUpdates == second.advance(PictureAtMs, later));
}

void TestDemoFeed::otherSeedOtherBytes()
{
    DemoFeed first(7);
    DemoFeed second(8);
    const std::vector<QByteArray> firstPicture = first.picture(PictureAtMs);
    const std::vector<QByteArray> secondPicture = second.picture(PictureAtMs);
    // The unit catalog envelope and the six KPI batches come first; the active source alerts
    // that follow depend on the seed, so only the first seven envelopes line up.
    QVERIFY(firstPicture.size() >= 7);
    QVERIFY(secondPicture.size() >= 7);
    // The unit catalog envelope is the same for every seed, but the KPI batches differ.
    QCOMPARE(firstPicture.front(), secondPicture.front());
    for (size_t i = 1; i < 7; ++i)
        QVERIFY2(firstPicture.at(i) != secondPicture.at(i), qPrintable(QString::number(i)));
}

void TestDemoFeed::pictureCoversUnitsAndIndicators()
{
    DemoFeed feed;
    QCOMPARE(feed.reportingUnits().size(), 22);
    QVERIFY(!feed.reportingUnits().contains(CityCode));

    QVector<DecodedEnvelope> decoded;
    QString error;
    QVERIFY2(decodeAll(feed.picture(PictureAtMs), m_indicators, &decoded, &error),
             qPrintable(error));
    QVERIFY(!decoded.isEmpty());
    QCOMPARE(decoded.front().body, DecodedEnvelope::Body::UnitCatalog);
    QCOMPARE(decoded.front().units.size(), 23);

    QSet<QString> units;
    QSet<QString> indicators;
    QSet<std::pair<QString, QString>> pairs;
    int sampleCount = 0;
    for (const DecodedEnvelope &envelope : std::as_const(decoded)) {
        for (const soc::Sample &sample : envelope.samples) {
            units.insert(sample.unit);
            indicators.insert(sample.indicator);
            pairs.insert({sample.unit, sample.indicator});
            ++sampleCount;
        }
    }
    const QStringList reporting = feed.reportingUnits();
    QCOMPARE(units, QSet<QString>(reporting.cbegin(), reporting.cend()));
    QCOMPARE(indicators.size(), 20);
    for (const Indicator &indicator : m_indicators.indicators())
        QVERIFY2(indicators.contains(indicator.id) == indicator.simulated,
                 qPrintable(indicator.id));
    QCOMPARE(sampleCount, 22 * 20);
    QCOMPARE(pairs.size(), 22 * 20);
}

void TestDemoFeed::pictureDecodesCleanly()
{
    DemoFeed feed;
    QVector<DecodedEnvelope> decoded;
    QString error;
    QVERIFY2(decodeAll(feed.picture(PictureAtMs), m_indicators, &decoded, &error),
             qPrintable(error));
    for (const DecodedEnvelope &envelope : std::as_const(decoded)) {
        QVERIFY2(envelope.rejectedSamples.isEmpty(),
                 qPrintable(envelope.source + ": " + envelope.rejectedSamples.value(0).reason));
    }
}

void TestDemoFeed::advanceDecodesCleanly()
{
    DemoFeed feed;
    feed.picture(PictureAtMs);
    QVector<DecodedEnvelope> decoded;
    QString error;
    // Steps of 5 s over ten minutes cover every update cadence and several heartbeats.
    for (qint64 at = PictureAtMs; at < PictureAtMs + 600 * 1000; at += 5000)
        QVERIFY2(decodeAll(feed.advance(at, at + 5000), m_indicators, &decoded, &error),
                 qPrintable(error));
    QVERIFY(!decoded.isEmpty());

    int heartbeats = 0;
    for (const DecodedEnvelope &envelope : std::as_const(decoded)) {
        QVERIFY2(envelope.rejectedSamples.isEmpty(),
                 qPrintable(envelope.source + ": " + envelope.rejectedSamples.value(0).reason));
        if (envelope.body == DecodedEnvelope::Body::Heartbeat)
            ++heartbeats;
    }
    QVERIFY(heartbeats > 0);
}

void TestDemoFeed::cityFiguresCalibrated_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");

    QTest::newRow("e_result") << "e_result" << 65.0 << 75.0;
    QTest::newRow("dossier_digitized") << "dossier_digitized" << 61.0 << 71.0;
    QTest::newRow("data_reused") << "data_reused" << 13.0 << 21.0;
}

void TestDemoFeed::cityFiguresCalibrated()
{
    QFETCH(QString, indicator);
    QFETCH(double, minimum);
    QFETCH(double, maximum);

    DemoFeed feed;
    soc::FeedWorker worker;
    for (const QByteArray &bytes : feed.picture(PictureAtMs))
        worker.ingest(bytes, QString(), PictureAtMs);
    const soc::DashboardStatePtr state = worker.buildState(PictureAtMs);

    const soc::UnitFigure *city = state->figure(CityCode, indicator);
    QVERIFY(city);
    QVERIFY(!city->shown.isOwn);
    QCOMPARE(city->shown.coverage.reporting, 22);
    QVERIFY(city->shown.value.has_value());
    const double value = *city->shown.value;
    QVERIFY2(value >= minimum, qPrintable(QString::number(value)));
    QVERIFY2(value <= maximum, qPrintable(QString::number(value)));
}

void TestDemoFeed::districtOnTimeCalibrated()
{
    DemoFeed feed;
    soc::FeedWorker worker;
    for (const QByteArray &bytes : feed.picture(PictureAtMs))
        worker.ingest(bytes, QString(), PictureAtMs);
    const soc::DashboardStatePtr state = worker.buildState(PictureAtMs);

    for (const QString &unit : feed.reportingUnits()) {
        const soc::UnitFigure *figure = state->figure(unit, "on_time");
        QVERIFY2(figure, qPrintable(unit));
        QVERIFY2(figure->shown.value.has_value(), qPrintable(unit));
        const double value = *figure->shown.value;
        const QString detail = QStringLiteral("%1: on_time %2").arg(unit).arg(value);
        QVERIFY2(value >= 90.0, qPrintable(detail));
        QVERIFY2(value <= 99.5, qPrintable(detail));
    }
}

void TestDemoFeed::backlogGrowsThroughDay()
{
    DemoFeed feed;
    const Indicator *overdue = m_indicators.find("overdue_backlog");
    QVERIFY(overdue);
    const QStringList growing = feed.growingBacklogUnits();
    QVERIFY(!growing.isEmpty());

    // 08:00 and 16:00 in Ho Chi Minh City on 4 December 2026.
    const qint64 morning = utcMs(QStringLiteral("2026-12-04T01:00:00Z"));
    const qint64 afternoon = utcMs(QStringLiteral("2026-12-04T09:00:00Z"));
    for (const QString &unit : growing) {
        QVERIFY2(feed.reportingUnits().contains(unit), qPrintable(unit));
        const soc::Sample early = feed.sampleAt(unit, *overdue, morning);
        const soc::Sample late = feed.sampleAt(unit, *overdue, afternoon);
        QCOMPARE(early.period, late.period);
        QVERIFY2(late.value > early.value,
                 qPrintable(QStringLiteral("%1: overdue_backlog %2 at 08:00, %3 at 16:00")
                                .arg(unit)
                                .arg(early.value)
                                .arg(late.value)));
    }
}

void TestDemoFeed::figuresMoveOverTime()
{
    DemoFeed feed;
    const qint64 hourLater = PictureAtMs + 3600 * 1000;
    for (const char *id : {"e_result", "pending_backlog"}) {
        const Indicator *indicator = m_indicators.find(id);
        QVERIFY(indicator);
        const soc::Sample now = feed.sampleAt("760", *indicator, PictureAtMs);
        const soc::Sample later = feed.sampleAt("760", *indicator, hourLater);
        QVERIFY2(later.observedAtMs > now.observedAtMs, qPrintable(id));
        QVERIFY2(!later.sameFigures(now), qPrintable(id));
    }
}

void TestDemoFeed::growingBacklogRaisesAlert()
{
    // By late afternoon the growing backlogs have crossed the warning level, so the picture
    // carries an active tthc alert on overdue_backlog for at least one of those districts.
    DemoFeed feed;
    const qint64 afternoon = QDateTime::fromString(QStringLiteral("2026-12-04T10:00:00Z"),
                                                   Qt::ISODate)
                                 .toMSecsSinceEpoch();
    const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    const EnvelopeDecoder decoder(indicators);
    int active = 0;
    for (const QByteArray &bytes : feed.picture(afternoon)) {
        const DecodeResult result = decoder.decode(bytes);
        QVERIFY2(result.ok, qPrintable(result.error));
        if (result.envelope.body != DecodedEnvelope::Body::Alert)
            continue;
        const soc::SourceAlert &alert = result.envelope.alert;
        QVERIFY(alert.active);
        QVERIFY(!alert.textVi.isEmpty());
        QVERIFY(!alert.textEn.isEmpty());
        if (alert.indicator == QLatin1String("overdue_backlog")) {
            QCOMPARE(result.envelope.source, "tthc");
            QVERIFY2(feed.growingBacklogUnits().contains(alert.unit), qPrintable(alert.unit));
            ++active;
        }
    }
    QVERIFY(active >= 1);
}

QTEST_GUILESS_MAIN(TestDemoFeed)
#include "test_demo_feed.moc"
