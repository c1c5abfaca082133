#include "storage/alert_writer.h"

#include "feed/feed_worker.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace pb = soc::feed::v1;

using soc::AlertEvent;
using soc::AlertEventType;
using soc::AlertState;
using soc::AlertStore;
using soc::AlertStoreError;
using soc::AlertWriter;
using soc::FeedWorker;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z

QByteArray sourceAlert(quint64 sequence, bool active)
{
    pb::Envelope message;
    message.set_source("tthc");
    message.set_sequence(sequence);
    message.set_sent_at(StartMs);
    pb::Alert *alert = message.mutable_alert();
    alert->set_id("overdue-760");
    alert->set_unit("760");
    alert->set_indicator("e_result");
    alert->set_severity("critical");
    alert->set_active(active);
    alert->set_text_vi("Hồ sơ trễ hạn tăng");
    alert->set_text_en("Overdue files rising");
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

class TestAlertWriter : public QObject
{
    Q_OBJECT

private slots:
    void restartRestoresAcknowledgedAlert();
    void unwritableFolderIsReported();
    void corruptFileIsMovedAside();
};

void TestAlertWriter::restartRestoresAcknowledgedAlert()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    qint64 now = StartMs;
    QString alertId;
    {
        AlertWriter writer(path);
        QVERIFY(writer.open().isEmpty());
        QVERIFY(writer.isAvailable());
        FeedWorker worker;
        worker.setClock([&now] { return now; });
        worker.setAlertEventSink(
            [&writer](const QVector<AlertEvent> &events) { writer.append(events); });

        worker.ingest(sourceAlert(1, true), QStringLiteral("tthc"), now);
        const QVector<soc::Alert> raised = worker.buildState()->alerts;
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0].state, AlertState::ActiveUnacked);
        alertId = raised[0].id;

        now += 60 * 1000;
        QString error;
        QVERIFY2(worker.acknowledgeAlert(alertId, QStringLiteral("Trần Thị Bích"),
                                         QStringLiteral("ward office informed"), &error),
                 qPrintable(error));
        worker.stop();
        writer.close();
    }

    AlertWriter writer(path);
    const QVector<AlertEvent> stored = writer.open();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].type, AlertEventType::Raised);
    QCOMPARE(stored[1].type, AlertEventType::Acknowledged);

    FeedWorker restarted;
    restarted.setClock([&now] { return now; });
    restarted.restoreAlerts(stored);
    const std::shared_ptr<const soc::DashboardState> state = restarted.buildState();
    QCOMPARE(state->alerts.size(), 1);
    const soc::Alert &alert = state->alerts[0];
    QCOMPARE(alert.id, alertId);
    QCOMPARE(alert.state, AlertState::ActiveAcked);
    QCOMPARE(alert.severity, soc::Severity::Critical);
    QVERIFY(alert.conditionActive);
    QCOMPARE(alert.sinceMs, StartMs);
    QCOMPARE(alert.actions.size(), 1);
    QCOMPARE(alert.actions[0].type, AlertEventType::Acknowledged);
    QCOMPARE(alert.actions[0].operatorName, QStringLiteral("Trần Thị Bích"));
    QCOMPARE(alert.actions[0].comment, QStringLiteral("ward office informed"));
    QCOMPARE(alert.actions[0].atMs, StartMs + 60 * 1000);
}

void TestAlertWriter::unwritableFolderIsReported()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    AlertWriter writer(blocker + QStringLiteral("/alerts.sqlite"));
    QSignalSpy errors(&writer, &AlertWriter::errorOccurred);
    QVERIFY(writer.open().isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("cannot be written")));
    QVERIFY(!writer.isAvailable());

    // Later events are dropped and counted, without touching the file.
    AlertEvent event;
    event.alertId = QStringLiteral("source:760:e_result");
    writer.append({event});
    writer.flush();
    QCOMPARE(writer.droppedEvents(), 1);
    QCOMPARE(errors.size(), 1);
}

void TestAlertWriter::corruptFileIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    AlertWriter writer(path);
    QSignalSpy warnings(&writer, &AlertWriter::warningOccurred);
    QSignalSpy errors(&writer, &AlertWriter::errorOccurred);
    QVERIFY(writer.open().isEmpty());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(errors.size(), 0);
    QVERIFY(writer.isAvailable());

    const QStringList kept =
        QDir(dir.path()).entryList({QStringLiteral("alerts.sqlite.corrupt-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY(warnings.at(0).at(0).toString().contains(kept[0]));

    // The new file takes events.
    AlertEvent event;
    event.atMs = StartMs;
    event.alertId = QStringLiteral("source:760:e_result");
    event.rule = QStringLiteral("source");
    event.state = AlertState::ActiveUnacked;
    QSignalSpy batches(&writer, &AlertWriter::batchWritten);
    writer.append({event});
    writer.flush();
    QCOMPARE(batches.size(), 1);
    writer.close();

    AlertStore store;
    AlertStoreError error;
    QVERIFY(store.open(path, &error));
    QCOMPARE(store.eventCount(&error), 1);
}

QTEST_GUILESS_MAIN(TestAlertWriter)
#include "test_alert_writer.moc"
