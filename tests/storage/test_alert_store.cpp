#include "storage/alert_store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using soc::AlertEvent;
using soc::AlertEventType;
using soc::AlertState;
using soc::AlertStore;
using soc::AlertStoreError;
using soc::Severity;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

AlertEvent makeEvent(qint64 atMs, AlertEventType type, const QString &unit, AlertState state)
{
    AlertEvent result;
    result.atMs = atMs;
    result.type = type;
    result.rule = QStringLiteral("e_result_below_target");
    result.unit = unit;
    result.indicator = QStringLiteral("e_result");
    result.alertId = result.rule + QLatin1Char(':') + unit + QStringLiteral(":e_result");
    result.severity = Severity::Warning;
    result.state = state;
    result.conditionActive = state == AlertState::ActiveUnacked || state == AlertState::ActiveAcked;
    return result;
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

private slots:
    void eventsComeBackInOrder();
    void loadSinceSkipsOlderEvents();
    void retentionKeepsLatestOfActiveAlert();
    void newerSchemaIsRejected();
    void garbageFileIsCorrupt();
    void missingFolderIsUnwritable();
};

void TestAlertStore::eventsComeBackInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AlertStore store;
    AlertStoreError error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("alerts.sqlite")), &error),
             qPrintable(error.detail));
    QCOMPARE(store.schemaVersion(), AlertStore::CurrentSchemaVersion);

    AlertEvent raised = makeEvent(StartMs, AlertEventType::Raised, QStringLiteral("760"),
                              AlertState::ActiveUnacked);
    raised.severity = Severity::Critical;
    raised.value = 61.5;
    raised.text = QStringLiteral("Hồ sơ trễ hạn\nOverdue files");
    AlertEvent acked = raised;
    acked.atMs = StartMs + 1000;
    acked.type = AlertEventType::Acknowledged;
    acked.state = AlertState::ActiveAcked;
    acked.operatorName = QStringLiteral("Nguyễn Văn An");
    acked.comment = QStringLiteral("called the ward office");
    AlertEvent shelved = makeEvent(StartMs + 500, AlertEventType::Shelved, QStringLiteral("769"),
                               AlertState::Shelved);
    shelved.shelvedUntilMs = StartMs + DayMs;
    shelved.severity = Severity::None;

    // Appended in two batches, and the second event is older than the first: the order of
    // appending wins over time.
    QVERIFY2(store.append({raised, shelved}, &error), qPrintable(error.detail));
    QVERIFY2(store.append({acked}, &error), qPrintable(error.detail));

    const QVector<AlertEvent> loaded = store.loadAll(&error);
    QVERIFY(!error.isError());
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded[0].alertId, raised.alertId);
    QCOMPARE(loaded[0].type, AlertEventType::Raised);
    QCOMPARE(loaded[0].severity, Severity::Critical);
    QCOMPARE(loaded[0].state, AlertState::ActiveUnacked);
    QVERIFY(loaded[0].conditionActive);
    QCOMPARE(loaded[0].value, std::optional<double>(61.5));
    QCOMPARE(loaded[0].text, raised.text);
    QCOMPARE(loaded[1].type, AlertEventType::Shelved);
    QCOMPARE(loaded[1].shelvedUntilMs, StartMs + DayMs);
    QCOMPARE(loaded[1].severity, Severity::None);
    QVERIFY(!loaded[1].value.has_value());
    QCOMPARE(loaded[2].atMs, StartMs + 1000);
    QCOMPARE(loaded[2].operatorName, acked.operatorName);
    QCOMPARE(loaded[2].comment, acked.comment);
    QCOMPARE(loaded[2].rule, QStringLiteral("e_result_below_target"));
    QCOMPARE(loaded[2].unit, QStringLiteral("760"));
    QCOMPARE(loaded[2].indicator, QStringLiteral("e_result"));
}

void TestAlertStore::loadSinceSkipsOlderEvents()
{
    QTemporaryDir dir;
    AlertStore store;
    AlertStoreError error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("alerts.sqlite")), &error));
    QVERIFY(store.append({makeEvent(StartMs, AlertEventType::Raised, QStringLiteral("760"),
                                AlertState::ActiveUnacked),
                          makeEvent(StartMs + 2000, AlertEventType::Raised, QStringLiteral("769"),
                                AlertState::ActiveUnacked)},
                         &error));

    const QVector<AlertEvent> loaded = store.load(StartMs + 1000, &error);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded[0].unit, QStringLiteral("769"));
}

void TestAlertStore::retentionKeepsLatestOfActiveAlert()
{
    QTemporaryDir dir;
    AlertStore store;
    AlertStoreError error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("alerts.sqlite")), &error));
    const qint64 old = StartMs - 400 * DayMs;
    QVERIFY(store.append(
        {
            // Unit 760: raised and acknowledged long ago, still active.
            makeEvent(old, AlertEventType::Raised, QStringLiteral("760"), AlertState::ActiveUnacked),
            makeEvent(old + 1000, AlertEventType::Acknowledged, QStringLiteral("760"),
                  AlertState::ActiveAcked),
            // Unit 769: raised and back to normal long ago.
            makeEvent(old, AlertEventType::Raised, QStringLiteral("769"), AlertState::ActiveUnacked),
            makeEvent(old + 2000, AlertEventType::ReturnedToNormal, QStringLiteral("769"),
                  AlertState::Normal),
            // Unit 770: recent, within the retention period.
            makeEvent(StartMs - DayMs, AlertEventType::Raised, QStringLiteral("770"),
                  AlertState::ActiveUnacked),
        },
        &error));

    QCOMPARE(store.prune(StartMs, 365, &error), 3);
    const QVector<AlertEvent> kept = store.loadAll(&error);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept[0].unit, QStringLiteral("760"));
    QCOMPARE(kept[0].type, AlertEventType::Acknowledged);
    QCOMPARE(kept[1].unit, QStringLiteral("770"));

    // A second pass finds nothing more to delete.
    QCOMPARE(store.prune(StartMs, 365, &error), 0);
    QCOMPARE(store.eventCount(&error), 2);
}

void TestAlertStore::newerSchemaIsRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    {
        AlertStore store;
        AlertStoreError error;
        QVERIFY(store.open(path, &error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO schema_version (version, applied_at) VALUES (99, 0)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));

    AlertStore store;
    AlertStoreError error;
    QVERIFY(!store.open(path, &error));
    QCOMPARE(error.kind, AlertStoreError::Kind::TooNew);
    QVERIFY(!store.isOpen());
}

void TestAlertStore::garbageFileIsCorrupt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    AlertStore store;
    AlertStoreError error;
    QVERIFY(!store.open(path, &error));
    QCOMPARE(error.kind, AlertStoreError::Kind::Corrupt);
}

void TestAlertStore::missingFolderIsUnwritable()
{
    QTemporaryDir dir;
    // A regular file where the folder should be: mkpath fails even for root.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    AlertStore store;
    AlertStoreError error;
    QVERIFY(!store.open(blocker + QStringLiteral("/alerts.sqlite"), &error));
    QCOMPARE(error.kind, AlertStoreError::Kind::Unwritable);
}

QTEST_GUILESS_MAIN(TestAlertStore)
#include "test_alert_store.moc"
