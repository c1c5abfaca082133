#include "feed/demo_feed.h"
#include "feed/feed_worker.h"
#include "feed/recording_indexer.h"
#include "feed/replay_source.h"
#include "storage/recording.h"
#include "soc/feed/v1/envelope.pb.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soc::DashboardState;
using soc::DashboardStatePtr;
using soc::FeedWorker;
using soc::RecordedEnvelope;
using soc::ReplaySource;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr qint64 DurationMs = 40 * 60 * 1000;

// Forty minutes of the demo feed, received when sent, so the file has seven keyframes.
QString writeDemoRecording(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.socrec"));
    soc::RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>());
    writer.setBlockWhenFull(true);
    writer.start();
    soc::DemoFeed feed;
    qint64 atMs = StartMs;
    for (const QByteArray &envelope : feed.picture(atMs))
        writer.append({0, atMs, {}, true, envelope, envelope.size()});
    for (; atMs < StartMs + DurationMs; atMs += 1000) {
        for (const QByteArray &envelope : feed.advance(atMs, atMs + 1000))
            writer.append({0, atMs + 1000, {}, false, envelope, envelope.size()});
    }
    // An envelope that every worker rejects, so that rejections replay too.
    writer.append({0, atMs, QStringLiteral("tthc"), false, QByteArray("junk"), 4});
    return writer.stop() ? path : QString();
}

// Compares what the dashboard shows: every figure and every source counter except the rate.
void compareStates(const DashboardState &actual, const DashboardState &expected, qint64 atMs)
{
    const QByteArray where = QByteArray::number(atMs - StartMs) + " ms after the start";
    QVERIFY2(actual.figures.keys() == expected.figures.keys(), where.constData());
    for (auto unitIt = expected.figures.cbegin(); unitIt != expected.figures.cend(); ++unitIt) {
        const auto &actualUnit = actual.figures.value(unitIt.key());
        QVERIFY2(actualUnit.keys() == unitIt->keys(), where.constData());
        for (auto it = unitIt->cbegin(); it != unitIt->cend(); ++it) {
            const soc::UnitFigure &want = it.value();
            const soc::UnitFigure got = actualUnit.value(it.key());
            const QByteArray what = where + " " + unitIt.key().toUtf8() + " " + it.key().toUtf8();
            QVERIFY2(got.shown.value == want.shown.value, what.constData());
            QVERIFY2(got.shown.numerator == want.shown.numerator, what.constData());
            QVERIFY2(got.shown.denominator == want.shown.denominator, what.constData());
            QVERIFY2(got.shown.period == want.shown.period, what.constData());
            QVERIFY2(got.shown.observedAtMs == want.shown.observedAtMs, what.constData());
            QVERIFY2(got.shown.coverage.reporting == want.shown.coverage.reporting,
                     what.constData());
            QVERIFY2(got.freshness == want.freshness, what.constData());
        }
    }
    QVERIFY2(actual.sources.keys() == expected.sources.keys(), where.constData());
    for (const soc::SourceStatus &want : expected.sources) {
        const soc::SourceStatus got = actual.sources.value(want.source);
        const QByteArray what = where + " source " + want.source.toUtf8();
        QVERIFY2(got.received == want.received, what.constData());
        QVERIFY2(got.rejected == want.rejected, what.constData());
        QVERIFY2(got.duplicates == want.duplicates, what.constData());
        QVERIFY2(got.gaps == want.gaps, what.constData());
        QVERIFY2(got.restarts == want.restarts, what.constData());
        QVERIFY2(got.lastSequence == want.lastSequence, what.constData());
        QVERIFY2(got.lastSeenMs == want.lastSeenMs, what.constData());
        QVERIFY2(got.lastRejection == want.lastRejection, what.constData());
    }
}

// An alert that the tthc source raises (active) or clears itself.
QByteArray sourceAlert(quint64 sequence, qint64 sentAtMs, bool active)
{
    soc::feed::v1::Envelope envelope;
    envelope.set_source("tthc");
    envelope.set_sequence(sequence);
    envelope.set_sent_at(sentAtMs);
    soc::feed::v1::Alert *alert = envelope.mutable_alert();
    alert->set_id("backlog-760");
    alert->set_unit("760");
    alert->set_indicator("overdue_backlog");
    alert->set_severity("critical");
    alert->set_active(active);
    alert->set_text_vi("Hồ sơ trễ hạn tăng");
    alert->set_text_en("Overdue dossiers rising");
    return QByteArray::fromStdString(envelope.SerializeAsString());
}

const QString SourceAlertId = QStringLiteral("source:760:overdue_backlog");

} // namespace

class TestReplaySource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seekMatchesReplayFromStart();
    void replayShowsPictureAndOperatorActions();
    void stepDeliversOneEnvelope();
    void playReachesEndAndFinishes();
    void loopStartsAgain();
    void speedOutsideRangeIsRejected();
    void missingFileFailsSource();
    void parseUrlReadsPath_data();
    void parseUrlReadsPath();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestReplaySource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = writeDemoRecording(m_dir);
    QVERIFY(!m_path.isEmpty());
}

void TestReplaySource::seekMatchesReplayFromStart()
{
    // Reference: one worker fed every envelope in order, through the same source, by step().
    FeedWorker reference;
    auto *sequential = new ReplaySource(QStringLiteral("file:") + m_path, m_path);
    reference.addSource(sequential);
    QString error;
    QVERIFY2(sequential->open(&error), qPrintable(error));

    FeedWorker seeking;
    auto *replay = new ReplaySource(QStringLiteral("file:") + m_path, m_path);
    seeking.addSource(replay);
    QVERIFY2(replay->open(&error), qPrintable(error));

    QList<qint64> targets;
    QRandomGenerator random(20261204);
    for (int i = 0; i < 50; ++i)
        targets.append(StartMs + static_cast<qint64>(random.bounded(DurationMs + 2000)));
    targets.append(StartMs);
    std::sort(targets.begin(), targets.end());

    // Seeks go back and forth, so each starts from a state unrelated to its target.
    QList<qint64> order = targets;
    std::shuffle(order.begin(), order.end(), std::mt19937(7));
    QHash<qint64, DashboardStatePtr> seekStates;
    for (qint64 atMs : std::as_const(order)) {
        QVERIFY(replay->seek(atMs));
        QCOMPARE(replay->currentTimeMs(), std::min(atMs, replay->endTimeMs()));
        seekStates.insert(atMs, seeking.buildState(atMs));
    }

    soc::RecordingReader reader;
    QVERIFY(reader.open(m_path, &error));
    qint64 due = 0; // envelopes received up to the target; ids run from 1 without holes
    qint64 stepped = 0;
    for (qint64 atMs : std::as_const(targets)) {
        QVERIFY(reader.forEachEnvelopeAfter(due, atMs, [&due](const RecordedEnvelope &) {
            ++due;
            return true;
        }, &error));
        for (; stepped < due; ++stepped)
            QVERIFY(sequential->step());
        compareStates(*seekStates.value(atMs), *reference.buildState(atMs), atMs);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestReplaySource::replayShowsPictureAndOperatorActions()
{
    // A live worker raises an alert and an operator acknowledges it before recording starts.
    qint64 liveNowMs = StartMs;
    FeedWorker live;
    live.setClock([&liveNowMs] { return liveNowMs; });
    live.ingest(sourceAlert(1, StartMs, true), QStringLiteral("tthc"), StartMs);
    liveNowMs = StartMs + 1000;
    QString error;
    QVERIFY2(live.acknowledgeAlert(SourceAlertId, QStringLiteral("lan"),
                                   QStringLiteral("seen"), &error),
             qPrintable(error));

    // Recording starts with the picture, then keeps envelopes and operator actions in order.
    const QString path = m_dir.filePath(QStringLiteral("actions.socrec"));
    soc::RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>());
    writer.setInitialPicture(StartMs + 2000, live.saveCheckpoint());
    connect(&live, &FeedWorker::envelopeArrived, &writer,
            [&writer](const QByteArray &payload, const QString &hint, qint64 atMs) {
                writer.append({0, atMs, hint, false, payload, payload.size()});
            });
    connect(&live, &FeedWorker::operatorActionTaken, &writer,
            [&writer](const QByteArray &action, qint64 atMs) {
                writer.append({0, atMs, QString(), false, action, action.size(),
                               RecordedEnvelope::Kind::OperatorAction});
            });
    writer.start();
    liveNowMs = StartMs + 3000;
    live.ingest(sourceAlert(2, StartMs + 3000, true), QStringLiteral("tthc"), StartMs + 3000);
    liveNowMs = StartMs + 5000;
    QVERIFY2(live.shelveAlert(SourceAlertId, 3600000, QStringLiteral("minh"),
                              QStringLiteral("maintenance"), &error),
             qPrintable(error));
    liveNowMs = StartMs + 7000;
    live.ingest(sourceAlert(3, StartMs + 7000, true), QStringLiteral("tthc"), StartMs + 7000);
    QVERIFY(writer.stop());

    soc::RecordingReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    soc::RecordingSummary summary;
    QVERIFY2(reader.summarize(&summary, &error), qPrintable(error));
    QCOMPARE(summary.envelopes, 2u);
    QCOMPARE(summary.operatorActions, 1u);
    QVector<soc::RecordedAlertMark> marks;
    QVERIFY2(reader.alertMarks(&marks, &error), qPrintable(error));
    const bool shelvedMarked =
        std::any_of(marks.cbegin(), marks.cend(), [](const soc::RecordedAlertMark &mark) {
            return mark.atMs == StartMs + 5000 && mark.alertId == SourceAlertId &&
                   mark.event == QLatin1String("shelved");
        });
    QVERIFY(shelvedMarked);

    FeedWorker replayed;
    auto *replay = new ReplaySource(QStringLiteral("file:") + path, path);
    replayed.setClock([replay] { return replay->currentTimeMs(); });
    replayed.addSource(replay);
    QVERIFY2(replay->open(&error), qPrintable(error));

    // At the start, the acknowledgement made before recording is there, from the picture.
    QVERIFY(replay->seek(replay->startTimeMs()));
    std::optional<soc::Alert> alert = replayed.alerts().find(SourceAlertId);
    QVERIFY(alert);
    QCOMPARE(alert->state, soc::AlertState::ActiveAcked);
    QCOMPARE(alert->actions.size(), 1);
    QCOMPARE(alert->actions.first().operatorName, "lan");
    QCOMPARE(alert->actions.first().comment, "seen");
    QCOMPARE(alert->actions.first().atMs, StartMs + 1000);

    // After the recorded shelving, the alert is shelved by its operator, at its time.
    QVERIFY(replay->seek(StartMs + 7000));
    alert = replayed.alerts().find(SourceAlertId);
    QVERIFY(alert);
    QCOMPARE(alert->state, soc::AlertState::Shelved);
    QCOMPARE(alert->actions.size(), 2);
    QCOMPARE(alert->actions.last().type, soc::AlertEventType::Shelved);
    QCOMPARE(alert->actions.last().operatorName, "minh");
    QCOMPARE(alert->actions.last().comment, "maintenance");
    QCOMPARE(alert->actions.last().atMs, StartMs + 5000);

    // Back before the shelving, only the acknowledgement remains.
    QVERIFY(replay->seek(StartMs + 4000));
    alert = replayed.alerts().find(SourceAlertId);
    QVERIFY(alert);
    QCOMPARE(alert->state, soc::AlertState::ActiveAcked);
    QCOMPARE(alert->actions.size(), 1);
}

void TestReplaySource::stepDeliversOneEnvelope()
{
    FeedWorker worker;
    auto *replay = new ReplaySource(QStringLiteral("file:") + m_path, m_path);
    worker.addSource(replay);
    QString error;
    QVERIFY2(replay->open(&error), qPrintable(error));
    QSignalSpy envelopes(replay, &ReplaySource::snapshotEnvelopeReceived);
    QVERIFY(replay->step());
    QCOMPARE(envelopes.size(), 1);
    QCOMPARE(replay->currentTimeMs(), StartMs);
    QVERIFY(!replay->isPlaying());
}

void TestReplaySource::playReachesEndAndFinishes()
{
    FeedWorker worker;
    auto *replay = new ReplaySource(QStringLiteral("file:") + m_path, m_path);
    worker.addSource(replay);
    QString error;
    QVERIFY2(replay->open(&error), qPrintable(error));
    QVERIFY(replay->seek(replay->endTimeMs() - 60 * 1000));
    QVERIFY(replay->setSpeed(1000)); // the last minute in 60 ms
    QSignalSpy finished(replay, &ReplaySource::finished);
    QSignalSpy times(replay, &ReplaySource::replayTimeChanged);
    replay->play();
    QVERIFY(finished.wait(10000));
    QVERIFY(!replay->isPlaying());
    QCOMPARE(replay->currentTimeMs(), replay->endTimeMs());
    QVERIFY(!times.isEmpty());
    QCOMPARE(worker.buildState()->sources.value(QStringLiteral("tthc")).rejected, quint64(1));
}

void TestReplaySource::loopStartsAgain()
{
    FeedWorker worker;
    auto *replay = new ReplaySource(QStringLiteral("file:") + m_path, m_path);
    worker.addSource(replay);
    QString error;
    QVERIFY2(replay->open(&error), qPrintable(error));
    QVERIFY(replay->seek(replay->endTimeMs() - 1000));
    QVERIFY(replay->setSpeed(1000));
    replay->setLoop(true);
    QSignalSpy times(replay, &ReplaySource::replayTimeChanged);
    replay->play();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(times.cbegin(), times.cend(),
                                         [replay](const QList<QVariant> &arguments) {
                                             return arguments.first().toLongLong() ==
                                                    replay->startTimeMs();
                                         }),
                             10000);
    QVERIFY(replay->isPlaying());
    replay->pause();
}

void TestReplaySource::speedOutsideRangeIsRejected()
{
    ReplaySource replay(QStringLiteral("file:") + m_path, m_path);
    QVERIFY(!replay.setSpeed(0.1));
    QVERIFY(!replay.setSpeed(2000));
    QVERIFY(!replay.setSpeed(std::numeric_limits<double>::quiet_NaN()));
    QCOMPARE(replay.speed(), 1.0);
    QVERIFY(replay.setSpeed(0.25));
    QVERIFY(replay.setSpeed(1000));
    QCOMPARE(replay.speed(), 1000.0);
}

void TestReplaySource::missingFileFailsSource()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.socrec"));
    ReplaySource replay(QStringLiteral("file:") + path, path);
    QSignalSpy states(&replay, &soc::FeedSource::stateChanged);
    replay.start();
    QCOMPARE(replay.state(), soc::ConnectionState::Failed);
    QVERIFY(!states.isEmpty());
    QVERIFY(states.last().at(1).toString().contains(path));
}

void TestReplaySource::parseUrlReadsPath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::newRow("relative") << QStringLiteral("file:rec/day.socrec")
                              << QStringLiteral("rec/day.socrec");
    QTest::newRow("absolute") << QStringLiteral("file:/tmp/day.socrec")
                              << QStringLiteral("/tmp/day.socrec");
    QTest::newRow("file url") << QStringLiteral("file:///tmp/a%20b.socrec")
                              << QStringLiteral("/tmp/a b.socrec");
    QTest::newRow("empty") << QStringLiteral("file:") << QString();
}

void TestReplaySource::parseUrlReadsPath()
{
    QFETCH(QString, url);
    QFETCH(QString, path);
    QString parsed;
    QString error;
    QCOMPARE(ReplaySource::parseUrl(url, &parsed, &error), !path.isEmpty());
    if (path.isEmpty())
        QVERIFY(error.contains(url));
    else
        QCOMPARE(parsed, path);
}

QTEST_GUILESS_MAIN(TestReplaySource)
#include "test_replay_source.moc"
