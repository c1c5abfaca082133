#include "storage/history_store.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using soc::HistoryError;
using soc::HistoryRetention;
using soc::HistoryStore;
using soc::Period;
using soc::PruneResult;
using soc::Sample;
using soc::TrendQuery;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

Sample ratio(qint64 observedAtMs, double numerator, double denominator = 200,
             const QString &period = QStringLiteral("2026-12"))
{
    Sample sample;
    sample.unit = QStringLiteral("760");
    sample.indicator = QStringLiteral("e_result");
    sample.period = Period::parse(period);
    sample.observedAtMs = observedAtMs;
    sample.hasRatio = true;
    sample.numerator = numerator;
    sample.denominator = denominator;
    sample.source = QStringLiteral("tthc");
    return sample;
}

Sample count(qint64 observedAtMs, double value)
{
    Sample sample;
    sample.unit = QStringLiteral("760");
    sample.indicator = QStringLiteral("overdue_backlog");
    sample.period = Period::parse(QStringLiteral("2026-12-04"));
    sample.observedAtMs = observedAtMs;
    sample.value = value;
    return sample;
}

TrendQuery series(qint64 fromMs, qint64 toMs, int maxPoints = 0)
{
    TrendQuery query;
    query.unit = QStringLiteral("760");
    query.indicator = QStringLiteral("e_result");
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.maxPoints = maxPoints;
    return query;
}

QVector<qint64> times(const QVector<Sample> &points)
{
    QVector<qint64> result;
    for (const Sample &point : points)
        result.append(point.observedAtMs);
    return result;
}

// Creates an SQLite file through a separate connection, as another program would.
void runOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test.handmade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void trendReturnsPointsInOrder();
    void sameSampleInsertsOnce();
    void trendSurvivesReopen();
    void trendFiltersPeriodAndRange();
    void trendThinsToMaxPoints();
    void latestAtPicksPointAtOrBefore();
    void retentionThinsThenDeletes();
    void retentionSlicesAreBounded();
    void migratesVersionZeroFile();
    void newerSchemaRejected();
    void corruptFileReportedAndMovedAside();
    void unwritableFolderReported_data();
    void unwritableFolderReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
}

void TestHistoryStore::trendReturnsPointsInOrder()
{
    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
    QCOMPARE(store.schemaVersion(), HistoryStore::CurrentSchemaVersion);

    const QVector<Sample> batch = {ratio(StartMs + 2 * MinuteMs, 150), ratio(StartMs, 140),
                                   ratio(StartMs + MinuteMs, 145, 0), count(StartMs, 12)};
    QCOMPARE(store.insert(batch, &error), 4);

    const QVector<Sample> points = store.trend(series(StartMs, StartMs + HourMs), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(times(points), (QVector<qint64>{StartMs, StartMs + MinuteMs, StartMs + 2 * MinuteMs}));
    QVERIFY(points[0].hasRatio);
    QCOMPARE(points[0].numerator, 140.0);
    QCOMPARE(points[0].denominator, 200.0);
    QCOMPARE(points[0].period, Period::parse(QStringLiteral("2026-12")));
    QVERIFY(!points[1].displayValue().has_value()); // zero denominator stays "no data"
    QCOMPARE(*points[2].displayValue(), 75.0);

    TrendQuery counts = series(StartMs, StartMs);
    counts.indicator = QStringLiteral("overdue_backlog");
    const QVector<Sample> backlog = store.trend(counts, &error);
    QCOMPARE(backlog.size(), 1);
    QVERIFY(!backlog[0].hasRatio);
    QCOMPARE(backlog[0].value, 12.0);
}

void TestHistoryStore::sameSampleInsertsOnce()
{
    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));

    const Sample sample = ratio(StartMs, 140);
    QCOMPARE(store.insert({sample, sample}, &error), 1);
    QCOMPARE(store.insert({sample}, &error), 0);
    Sample otherSource = sample;
    otherSource.source = QStringLiteral("dvcqg");
    QCOMPARE(store.insert({otherSource}, &error), 0);
    QCOMPARE(store.pointCount(&error), 1);
}

void TestHistoryStore::trendSurvivesReopen()
{
    HistoryError error;
    {
        HistoryStore store;
        QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
        QCOMPARE(store.insert({ratio(StartMs, 140), ratio(StartMs + MinuteMs, 141)}, &error), 2);
    }
    HistoryStore reopened;
    QVERIFY2(reopened.open(m_path, &error), qPrintable(error.detail));
    const QVector<Sample> points = reopened.trend(series(StartMs, StartMs + HourMs), &error);
    QCOMPARE(times(points), (QVector<qint64>{StartMs, StartMs + MinuteMs}));
    QCOMPARE(points[1].numerator, 141.0);
}

void TestHistoryStore::trendFiltersPeriodAndRange()
{
    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
    QCOMPARE(store.insert({ratio(StartMs - 1, 1), ratio(StartMs, 2),
                           ratio(StartMs, 3, 200, QStringLiteral("2026-12-04")),
                           ratio(StartMs + HourMs, 4), ratio(StartMs + HourMs + 1, 5)},
                          &error),
             5);

    TrendQuery month = series(StartMs, StartMs + HourMs);
    month.period = Period::parse(QStringLiteral("2026-12"));
    QCOMPARE(times(store.trend(month, &error)), (QVector<qint64>{StartMs, StartMs + HourMs}));

    const QVector<Sample> mixed = store.trend(series(StartMs, StartMs + HourMs), &error);
    QCOMPARE(mixed.size(), 3);
}

void TestHistoryStore::trendThinsToMaxPoints()
{
    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
    QVector<Sample> batch;
    for (int minute = 0; minute < 1000; ++minute)
        batch.append(ratio(StartMs + minute * MinuteMs, minute));
    QCOMPARE(store.insert(batch, &error), 1000);

    const qint64 endMs = StartMs + 999 * MinuteMs;
    const QVector<Sample> thinned = store.trend(series(StartMs, endMs, 100), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY(thinned.size() <= 100);
    QVERIFY(thinned.size() >= 90);
    const QVector<qint64> observed = times(thinned);
    QVERIFY(std::is_sorted(observed.begin(), observed.end()));
    QCOMPARE(observed.last(), endMs); // the latest point of the last bucket

    // Fewer points than the limit come back unthinned.
    QCOMPARE(store.trend(series(StartMs, StartMs + 9 * MinuteMs, 100), &error).size(), 10);
}

void TestHistoryStore::latestAtPicksPointAtOrBefore()
{
    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
    QCOMPARE(store.insert({ratio(StartMs, 1), ratio(StartMs + HourMs, 2),
                           ratio(StartMs + 30 * MinuteMs, 9, 200, QStringLiteral("2026-12-04"))},
                          &error),
             3);

    const auto unit = QStringLiteral("760");
    const auto indicator = QStringLiteral("e_result");
    const std::optional<Period> month = Period::parse(QStringLiteral("2026-12"));
    QVERIFY(!store.latestAt(unit, indicator, month, StartMs - 1, &error));
    QCOMPARE(store.latestAt(unit, indicator, month, StartMs, &error)->numerator, 1.0);
    QCOMPARE(store.latestAt(unit, indicator, month, StartMs + HourMs - 1, &error)->numerator, 1.0);
    QCOMPARE(store.latestAt(unit, indicator, std::nullopt, StartMs + HourMs - 1, &error)->numerator,
             9.0);
    QCOMPARE(store.latestAt(unit, indicator, month, StartMs + DayMs, &error)->numerator, 2.0);
    QVERIFY(!error.isError());
}

void TestHistoryStore::retentionThinsThenDeletes()
{
    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));

    // One point every 20 minutes over two days in each age band. Local days (UTC+7) start at
    // 17:00 UTC, and the bands start there so that each contains whole days.
    const qint64 nowMs = StartMs + 14 * HourMs; // 2026-12-04T17:00:00Z, a local midnight
    const HistoryRetention retention;           // 7 days raw, 90 days hourly, 3 years daily
    const qint64 bands[] = {nowMs - 2 * DayMs, nowMs - 20 * DayMs, nowMs - 200 * DayMs,
                            nowMs - 4 * 365 * DayMs};
    QVector<Sample> batch;
    for (qint64 band : bands) {
        for (qint64 t = band; t < band + 2 * DayMs; t += 20 * MinuteMs)
            batch.append(ratio(t, double(t / MinuteMs % 1000)));
    }
    QCOMPARE(store.insert(batch, &error), 4 * 144);

    PruneResult result;
    int slices = 0;
    int thinned = 0;
    int deleted = 0;
    do {
        result = store.pruneSlice(retention, nowMs, 50, &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        thinned += result.thinned;
        deleted += result.deleted;
        QVERIFY(++slices < 1000);
    } while (!result.done);

    const auto inBand = [&](qint64 band) {
        return times(store.trend(series(band, band + 2 * DayMs - 1), &error));
    };
    QCOMPARE(inBand(bands[0]).size(), 144); // raw: untouched

    const QVector<qint64> hourly = inBand(bands[1]);
    QCOMPARE(hourly.size(), 48);
    for (qint64 t : hourly)
        QCOMPARE(t % HourMs, 40 * MinuteMs); // the latest point of each hour

    const QVector<qint64> daily = inBand(bands[2]);
    QCOMPARE(daily, (QVector<qint64>{bands[2] + DayMs - 20 * MinuteMs,
                                     bands[2] + 2 * DayMs - 20 * MinuteMs}));

    QVERIFY(inBand(bands[3]).isEmpty());
    QCOMPARE(deleted, 144);
    QCOMPARE(thinned, (144 - 48) + (144 - 2));

    // A second pass finds nothing to do.
    result = store.pruneSlice(retention, nowMs, 50, &error);
    QVERIFY(result.done);
    QCOMPARE(result.thinned + result.deleted, 0);
}

void TestHistoryStore::retentionSlicesAreBounded()
{
    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
    const qint64 nowMs = StartMs;
    QVector<Sample> batch;
    for (int minute = 0; minute < 600; ++minute)
        batch.append(ratio(nowMs - 30 * DayMs + minute * MinuteMs, minute));
    QCOMPARE(store.insert(batch, &error), 600);

    // Each slice covers whole hours up to about maxRows points: 120 points are two hours.
    const PruneResult first = store.pruneSlice(HistoryRetention(), nowMs, 120, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY(!first.done);
    QVERIFY(first.thinned > 0);
    QVERIFY(first.thinned <= 120);
    QCOMPARE(store.pointCount(&error), 600 - first.thinned);
}

void TestHistoryStore::migratesVersionZeroFile()
{
    // A version-0 file: an SQLite database without a schema_version table, here with a table of
    // another program that the upgrade must keep.
    runOnFile(m_path, {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                       QStringLiteral("INSERT INTO notes VALUES ('kept')")});

    HistoryStore store;
    HistoryError error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
    QCOMPARE(store.schemaVersion(), 1);
    QCOMPARE(store.insert({ratio(StartMs, 1)}, &error), 1);
    store.close();

    const QString name = QStringLiteral("test.inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT text FROM notes")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!query.next());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestHistoryStore::newerSchemaRejected()
{
    runOnFile(m_path, {QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                      "applied_at INTEGER NOT NULL)"),
                       QStringLiteral("INSERT INTO schema_version VALUES (2, 0)")});

    HistoryStore store;
    HistoryError error;
    QVERIFY(!store.open(m_path, &error));
    QCOMPARE(error.kind, HistoryError::Kind::TooNew);
    QVERIFY(error.detail.contains(QStringLiteral("version 2")));
    QVERIFY(!store.isOpen());
}

void TestHistoryStore::corruptFileReportedAndMovedAside()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    HistoryStore store;
    HistoryError error;
    QVERIFY(!store.open(m_path, &error));
    QCOMPARE(error.kind, HistoryError::Kind::Corrupt);
    QVERIFY(!store.isOpen());

    QString renameError;
    const QString keptAs = HistoryStore::moveAside(m_path, StartMs, &renameError);
    QVERIFY2(!keptAs.isEmpty(), qPrintable(renameError));
    QCOMPARE(keptAs, m_path + QStringLiteral(".corrupt-20261204T030000Z"));
    QVERIFY(QFile::exists(keptAs));
    QVERIFY(!QFile::exists(m_path));

    error = {};
    QVERIFY2(store.open(m_path, &error), qPrintable(error.detail));
    QCOMPARE(store.insert({ratio(StartMs, 1)}, &error), 1);
}

void TestHistoryStore::unwritableFolderReported_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("parent is a file") << false;
    QTest::newRow("read-only folder") << true;
}

void TestHistoryStore::unwritableFolderReported()
{
    QFETCH(bool, readOnlyFolder);
    QString path;
    if (readOnlyFolder) {
        const QString folder = m_dir->filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly))
            QSKIP("this user writes into read-only folders (root)");
        path = folder + QStringLiteral("/history.sqlite");
    } else {
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        path = blocker.fileName() + QStringLiteral("/history.sqlite");
    }

    HistoryStore store;
    HistoryError error;
    QVERIFY(!store.open(path, &error));
    QCOMPARE(error.kind, HistoryError::Kind::Unwritable);
    QVERIFY(!error.detail.isEmpty());
    QVERIFY(!store.isOpen());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_history_store.moc"
