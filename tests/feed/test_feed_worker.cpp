#include "feed/feed_worker.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace pb = soc::feed::v1;

using soc::DashboardStatePtr;
using soc::FeedWorker;
using soc::Period;
using soc::SourceStatus;

namespace {

constexpr qint64 SentAtMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr qint64 ReceivedAtMs = SentAtMs + 250;

QByteArray serialize(const pb::Envelope &envelope)
{
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

pb::Envelope header(quint64 sequence, const std::string &source = "tthc")
{
    pb::Envelope envelope;
    envelope.set_source(source);
    envelope.set_sequence(sequence);
    envelope.set_sent_at(SentAtMs + static_cast<qint64>(sequence));
    return envelope;
}

void addRatio(pb::Envelope *envelope, const std::string &unit, double numerator, double denominator)
{
    pb::Sample *sample = envelope->mutable_kpi_batch()->add_samples();
    sample->set_unit(unit);
    sample->set_indicator("e_result");
    sample->set_period("2026-12");
    sample->set_observed_at(SentAtMs - 1000);
    sample->set_numerator(numerator);
    sample->set_denominator(denominator);
}

} // namespace

class TestFeedWorker : public QObject
{
    Q_OBJECT

private slots:
    void duplicateEnvelopeCountedOnce();
    void malformedPayloadCountsRejection();
    void unattributedRejectionCounted();
    void badSampleCountedApart();
    void unknownUnitStoredAndListed();
    void unitCatalogAddsUnit();
    void publishesAtBoundedRate();
    void wallClockStepBackKeepsPublishing();
};

void TestFeedWorker::duplicateEnvelopeCountedOnce()
{
    pb::Envelope envelope = header(1);
    addRatio(&envelope, "760", 70, 100);
    const QByteArray bytes = serialize(envelope);

    FeedWorker worker;
    worker.ingest(bytes, QString(), ReceivedAtMs);
    const quint64 revision = worker.store().revision();
    QCOMPARE(worker.store().size(), 1);

    worker.ingest(bytes, QString(), ReceivedAtMs + 10);
    QCOMPARE(worker.store().revision(), revision);
    QCOMPARE(worker.store().size(), 1);

    const DashboardStatePtr state = worker.buildState(ReceivedAtMs + 20);
    QVERIFY(state->sources.contains("tthc"));
    const SourceStatus status = state->sources.value("tthc");
    QCOMPARE(status.received, quint64(1));
    QCOMPARE(status.duplicates, quint64(1));
    QCOMPARE(status.rejected, quint64(0));
    QCOMPARE(status.lastSequence, quint64(1));
    QCOMPARE(status.lastSeenMs, ReceivedAtMs + 10);

    const soc::UnitFigure *figure = state->figure("760", "e_result");
    QVERIFY(figure);
    QCOMPARE(*figure->shown.value, 70.0);
}

void TestFeedWorker::malformedPayloadCountsRejection()
{
    FeedWorker worker;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("rejected envelope from tthc"));
    worker.ingest(QByteArray("\x0a\x10tthc", 6), "tthc", ReceivedAtMs);

    const DashboardStatePtr state = worker.buildState(ReceivedAtMs);
    QVERIFY(state->sources.contains("tthc"));
    const SourceStatus status = state->sources.value("tthc");
    QCOMPARE(status.rejected, quint64(1));
    QCOMPARE(status.received, quint64(0));
    QVERIFY2(status.lastRejection.contains("protobuf parsing failed"),
             qPrintable(status.lastRejection));
    QCOMPARE(state->totalRejected(), quint64(1));
    QCOMPARE(worker.store().size(), 0);
}

void TestFeedWorker::unattributedRejectionCounted()
{
    FeedWorker worker;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("rejected envelope from"));
    worker.ingest(QByteArray("\x0a\x10tthc", 6), QString(), ReceivedAtMs);

    const DashboardStatePtr state = worker.buildState(ReceivedAtMs);
    QCOMPARE(state->sources.size(), 1);
    QVERIFY(!state->sources.contains("tthc"));
    QCOMPARE(state->sources.first().rejected, quint64(1));
    QCOMPARE(state->totalRejected(), quint64(1));
}

void TestFeedWorker::badSampleCountedApart()
{
    pb::Envelope envelope = header(4);
    addRatio(&envelope, "760", 70, 100);
    addRatio(&envelope, "761", 101, 100);

    FeedWorker worker;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("rejected sample from tthc"));
    worker.ingest(serialize(envelope), QString(), ReceivedAtMs);

    const DashboardStatePtr state = worker.buildState(ReceivedAtMs);
    const SourceStatus status = state->sources.value("tthc");
    QCOMPARE(status.received, quint64(1));
    QCOMPARE(status.rejected, quint64(0));
    QCOMPARE(status.rejectedSamples, quint64(1));
    QVERIFY2(status.lastRejection.startsWith("sample 1 of envelope 4: 761/e_result"),
             qPrintable(status.lastRejection));
    QCOMPARE(worker.store().size(), 1);
    QVERIFY(worker.store().find("760", "e_result", Period::month(2026, 12)));
}

void TestFeedWorker::unknownUnitStoredAndListed()
{
    pb::Envelope envelope = header(1);
    addRatio(&envelope, "999", 3, 4);
    addRatio(&envelope, "760", 7, 8);

    FeedWorker worker;
    worker.ingest(serialize(envelope), QString(), ReceivedAtMs);
    QVERIFY(worker.store().find("999", "e_result", Period::month(2026, 12)));

    const DashboardStatePtr state = worker.buildState(ReceivedAtMs);
    const SourceStatus status = state->sources.value("tthc");
    QCOMPARE(status.unknownUnits.value("999"), quint64(1));
    QVERIFY(!status.unknownUnits.contains("760"));
    QCOMPARE(state->unknownUnits(), QStringList{"999"});

    const soc::UnitFigure *figure = state->figure("999", "e_result");
    QVERIFY(figure);
    QCOMPARE(*figure->shown.value, 75.0);
}

void TestFeedWorker::unitCatalogAddsUnit()
{
    pb::Envelope catalog = header(1);
    pb::Unit *ward = catalog.mutable_unit_catalog()->add_units();
    ward->set_code("26740");
    ward->set_parent("79");
    ward->set_level("ward");
    ward->set_name_vi("Phường Sài Gòn");
    ward->set_name_en("Saigon Ward");
    pb::Unit *renamed = catalog.mutable_unit_catalog()->add_units();
    renamed->set_code("760");
    renamed->set_parent("79");
    renamed->set_level("district");
    renamed->set_name_vi("Quận Một");
    renamed->set_name_en("District One");

    FeedWorker worker;
    QVERIFY(!worker.units().contains("26740"));
    const int before = worker.units().size();
    worker.ingest(serialize(catalog), QString(), ReceivedAtMs);

    QCOMPARE(worker.units().size(), before + 1);
    const soc::Unit *added = worker.units().find("26740");
    QVERIFY(added);
    QCOMPARE(added->parent, QString("79"));
    QCOMPARE(added->level, soc::UnitLevel::Ward);
    QCOMPARE(added->nameVi, QStringLiteral("Phường Sài Gòn"));
    QVERIFY(worker.units().children("79").contains("26740"));

    // A feed entry replaces names but keeps the tile position that only the file provides.
    const soc::Unit *district = worker.units().find("760");
    QVERIFY(district);
    QCOMPARE(district->nameEn, QString("District One"));
    QVERIFY(district->hasTile());

    pb::Envelope batch = header(2);
    addRatio(&batch, "26740", 1, 2);
    worker.ingest(serialize(batch), QString(), ReceivedAtMs + 1);
    const DashboardStatePtr state = worker.buildState(ReceivedAtMs + 1);
    QVERIFY(state->unknownUnits().isEmpty());
    QVERIFY(state->units->contains("26740"));
    QCOMPARE(state->sources.value("tthc").received, quint64(2));
}

void TestFeedWorker::publishesAtBoundedRate()
{
    // Thousands of envelopes within a second give at most one state per publish interval.
    FeedWorker worker;
    worker.setPublishIntervalMs(250);
    QSignalSpy states(&worker, &FeedWorker::stateReady);
    worker.start();
    QCOMPARE(states.count(), 1); // start() publishes the initial state at once

    QElapsedTimer clock;
    clock.start();
    quint64 sequence = 0;
    while (clock.elapsed() < 1000) {
        for (int i = 0; i < 50; ++i) {
            pb::Envelope envelope = header(++sequence);
            addRatio(&envelope, "760", static_cast<double>(sequence % 100), 100);
            worker.ingest(serialize(envelope), QString(), ReceivedAtMs);
        }
        QCoreApplication::processEvents();
    }
    const qint64 elapsed = clock.elapsed();
    worker.stop();

    QVERIFY2(sequence > 1000, qPrintable(QString::number(sequence)));
    QVERIFY2(states.count() >= 2, qPrintable(QString::number(states.count())));
    QVERIFY2(states.count() <= 2 + elapsed / 250, qPrintable(QString::number(states.count())));
}

void TestFeedWorker::wallClockStepBackKeepsPublishing()
{
    // The wall clock steps back one hour (an NTP correction, a wrong manual setting). Without
    // news, the worker must still republish after its interval, which it measures on a
    // monotonic clock.
    qint64 wallMs = ReceivedAtMs;
    FeedWorker worker;
    worker.setClock([&wallMs] { return wallMs; });
    worker.setPublishIntervalMs(50);
    QSignalSpy states(&worker, &FeedWorker::stateReady);
    worker.start();
    QCOMPARE(states.count(), 1);
    QCOMPARE(states.first().first().value<DashboardStatePtr>()->builtAtMs, ReceivedAtMs);

    wallMs -= 3600 * 1000;
    // The republish interval is 5 s; the wait allows three of them.
    QVERIFY(states.wait(15000));
    worker.stop();
    const auto republished = states.last().first().value<DashboardStatePtr>();
    QCOMPARE(republished->builtAtMs, wallMs);
}

QTEST_GUILESS_MAIN(TestFeedWorker)
#include "test_feed_worker.moc"
