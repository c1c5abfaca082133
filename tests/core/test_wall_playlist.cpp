#include "core/wall_playlist.h"

#include <QTest>

using soc::Alert;
using soc::AlertState;
using soc::DashboardState;
using soc::Language;
using soc::Severity;
using soc::UnitCatalog;
using soc::WallPlaylist;
using soc::WallRotation;

namespace {

const QString Origin = QStringLiteral("wall.json");

// Four entries on known lines: overview (line 7), unit 760 (8), alerts (9), feeds (10).
const QByteArray ValidPlaylist = R"({
  "version": 1,
  "default_dwell_s": 20,
  "critical_dwell_factor": 3,
  "languages": ["vi", "en"],
  "entries": [
    {"page": "overview", "indicator": "e_result", "dwell_s": 30},
    {"page": "unit", "unit": "760"},
    {"page": "alerts", "dwell_s": 10},
    {"page": "feeds", "dwell_s": 5}
  ]
}
)";

WallPlaylist validPlaylist()
{
    WallPlaylist playlist;
    QString error;
    if (!WallPlaylist::parse(ValidPlaylist, Origin, &playlist, &error))
        qFatal("%s", qPrintable(error));
    return playlist;
}

Alert criticalAlert(const QString &unit, const QString &indicator, AlertState state)
{
    Alert alert;
    alert.id = QStringLiteral("rule:%1:%2").arg(unit, indicator);
    alert.unit = unit;
    alert.indicator = indicator;
    alert.severity = Severity::Critical;
    alert.state = state;
    return alert;
}

} // namespace

class TestWallPlaylist : public QObject
{
    Q_OBJECT

private slots:
    void validFileParses();
    void builtInParses();
    void rejectedFile_data();
    void rejectedFile();
    void missingFileRejected();
    void rotationFollowsPlaylistOrder();
    void criticalEntryFirstAndLonger();
    void criticalRaisedMidCycle();
    void languagesAlternatePerCycle();
    void positionRestores();
    void positionOfOtherPlaylistIgnored();
    void criticalEntriesByPage();
};

void TestWallPlaylist::validFileParses()
{
    const WallPlaylist playlist = validPlaylist();
    QCOMPARE(playlist.entries.size(), 4);
    QCOMPARE(playlist.entries.at(0).page, "overview");
    QCOMPARE(playlist.entries.at(0).indicator, "e_result");
    QCOMPARE(playlist.entries.at(0).dwellSeconds, 30);
    QCOMPARE(playlist.entries.at(1).unit, "760");
    QCOMPARE(playlist.entries.at(1).dwellSeconds, 20); // default_dwell_s
    QCOMPARE(playlist.criticalDwellFactor, 3.0);
    QCOMPARE(playlist.languages, (QVector<Language>{Language::Vietnamese, Language::English}));
    QCOMPARE(playlist.returnToLiveSeconds, 300);
    QCOMPARE(playlist.origin, Origin);
    QCOMPARE(playlist.digest.size(), 64);
}

void TestWallPlaylist::builtInParses()
{
    const WallPlaylist playlist = WallPlaylist::builtIn();
    QVERIFY(playlist.entries.size() >= 5);
    QStringList pages;
    for (const auto &entry : playlist.entries)
        pages << entry.page;
    for (const QString &page : WallPlaylist::pageNames())
        QVERIFY2(pages.contains(page), qPrintable(page));
}

void TestWallPlaylist::rejectedFile_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("invalid JSON") << QByteArray("\"dwell_s\": 30}")
                                  << QByteArray("\"dwell_s\": 30,}") << "wall.json:7: invalid JSON";
    QTest::newRow("unknown page")
        << QByteArray("\"page\": \"alerts\"") << QByteArray("\"page\": \"map\"")
        << "wall.json:9: unknown page 'map'; use one of overview, ranking, unit, alerts, feeds";
    QTest::newRow("dwell too short")
        << QByteArray("\"dwell_s\": 5}") << QByteArray("\"dwell_s\": 2}")
        << "wall.json:10: invalid 'dwell_s': 2; give a number from 5 to 3600";
    QTest::newRow("dwell fraction")
        << QByteArray("\"dwell_s\": 10}") << QByteArray("\"dwell_s\": 10.5}")
        << "wall.json:9: invalid 'dwell_s': 10.5; give whole seconds";
    QTest::newRow("unit page without unit")
        << QByteArray("{\"page\": \"unit\", \"unit\": \"760\"}")
        << QByteArray("{\"page\": \"unit\"}") << "wall.json:8: the unit page needs 'unit'";
    QTest::newRow("unknown indicator")
        << QByteArray("\"indicator\": \"e_result\"") << QByteArray("\"indicator\": \"e_resutl\"")
        << "wall.json:7: unknown indicator 'e_resutl'";
    QTest::newRow("misspelt key")
        << QByteArray("\"dwell_s\": 30") << QByteArray("\"dwel_s\": 30")
        << "wall.json:7: unknown key 'dwel_s'; use page, unit, indicator, dwell_s";
    QTest::newRow("bad language") << QByteArray("[\"vi\", \"en\"]")
                                  << QByteArray("[\"vi\", \"fr\"]")
                                  << "wall.json:5: invalid 'languages'";
    QTest::newRow("factor too large")
        << QByteArray("\"critical_dwell_factor\": 3") << QByteArray("\"critical_dwell_factor\": 30")
        << "wall.json:4: invalid 'critical_dwell_factor': 30; give a number from 1 to 10";
    QTest::newRow("wrong version") << QByteArray("\"version\": 1") << QByteArray("\"version\": 2")
                                   << "wall.json:2: 'version' must be 1";
    QTest::newRow("empty entries")
        << QByteArray(ValidPlaylist.mid(ValidPlaylist.indexOf("\"entries\"")))
        << QByteArray("\"entries\": []\n}\n") << "wall.json:6: 'entries' must be an array";
    QTest::newRow("entry not an object")
        << QByteArray("{\"page\": \"feeds\", \"dwell_s\": 5}") << QByteArray("\"feeds\"")
        << "wall.json:10: entry 4 is not an object";
}

void TestWallPlaylist::rejectedFile()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QByteArray json = ValidPlaylist;
    QVERIFY2(json.contains(from), from.constData());
    json.replace(from, to);

    WallPlaylist playlist;
    playlist.origin = QStringLiteral("unchanged");
    QString error;
    QVERIFY(!WallPlaylist::parse(json, Origin, &playlist, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QCOMPARE(playlist.origin, "unchanged");
}

void TestWallPlaylist::missingFileRejected()
{
    WallPlaylist playlist;
    QString error;
    QVERIFY(!WallPlaylist::load(QStringLiteral("/nonexistent/wall.json"), &playlist, &error));
    QVERIFY2(error.startsWith("/nonexistent/wall.json: cannot read the playlist"),
             qPrintable(error));
}

void TestWallPlaylist::rotationFollowsPlaylistOrder()
{
    WallRotation rotation(validPlaylist());
    QCOMPARE(rotation.current().entry, -1);
    QVector<int> order;
    QVector<qint64> dwells;
    for (int i = 0; i < 6; ++i) {
        const WallRotation::Step &step = rotation.advance({});
        order << step.entry;
        dwells << step.dwellMs;
    }
    QCOMPARE(order, (QVector<int>{0, 1, 2, 3, 0, 1}));
    QCOMPARE(dwells, (QVector<qint64>{30000, 20000, 10000, 5000, 30000, 20000}));
    QCOMPARE(rotation.current().cycle, 1);
}

void TestWallPlaylist::criticalEntryFirstAndLonger()
{
    WallRotation rotation(validPlaylist());
    const QVector<bool> critical = {false, true, true, false};
    QVector<int> order;
    QVector<qint64> dwells;
    for (int i = 0; i < 4; ++i) {
        const WallRotation::Step &step = rotation.advance(critical);
        order << step.entry;
        dwells << step.dwellMs;
    }
    QCOMPARE(order, (QVector<int>{1, 2, 0, 3}));
    // critical_dwell_factor 3 on the two critical entries
    QCOMPARE(dwells, (QVector<qint64>{60000, 30000, 30000, 5000}));
    QVERIFY(!rotation.current().critical);
}

void TestWallPlaylist::criticalRaisedMidCycle()
{
    WallRotation rotation(validPlaylist());
    QCOMPARE(rotation.advance({}).entry, 0);
    // The feeds entry turns critical (as a unit page would) after the overview was shown: it
    // comes next, before the unit and alerts entries that were due.
    QCOMPARE(rotation.advance({false, false, false, true}).entry, 3);
    QCOMPARE(rotation.advance({}).entry, 1);
    QCOMPARE(rotation.advance({}).entry, 2);
    QCOMPARE(rotation.advance({}).entry, 0);
}

void TestWallPlaylist::languagesAlternatePerCycle()
{
    WallRotation rotation(validPlaylist());
    QVector<Language> languages;
    for (int i = 0; i < 9; ++i) {
        rotation.advance({});
        languages << *rotation.language();
    }
    const auto vi = Language::Vietnamese;
    const auto en = Language::English;
    QCOMPARE(languages, (QVector<Language>{vi, vi, vi, vi, en, en, en, en, vi}));

    WallPlaylist single = validPlaylist();
    single.languages.clear();
    WallRotation unchanged(single);
    unchanged.advance({});
    QVERIFY(!unchanged.language().has_value());
}

void TestWallPlaylist::positionRestores()
{
    WallRotation before(validPlaylist());
    for (int i = 0; i < 6; ++i)
        before.advance({false, false, i == 5, false});
    const QJsonObject saved = before.savePosition();

    WallRotation after(validPlaylist());
    QVERIFY(after.restorePosition(saved));
    QCOMPARE(after.current().entry, before.current().entry);
    QCOMPARE(after.current().cycle, before.current().cycle);
    QCOMPARE(after.current().dwellMs, before.current().dwellMs);
    QCOMPARE(after.language(), before.language());
    // Both go on in the same order from there.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(after.advance({}).entry, before.advance({}).entry);
}

void TestWallPlaylist::positionOfOtherPlaylistIgnored()
{
    WallRotation before(validPlaylist());
    before.advance({});
    before.advance({});
    QJsonObject saved = before.savePosition();

    WallRotation other(WallPlaylist::builtIn());
    QVERIFY(!other.restorePosition(saved));
    QCOMPARE(other.current().entry, -1);

    saved[QStringLiteral("entry")] = 99;
    WallRotation outOfRange(validPlaylist());
    QVERIFY(!outOfRange.restorePosition(saved));
    QCOMPARE(outOfRange.current().entry, -1);
}

void TestWallPlaylist::criticalEntriesByPage()
{
    WallPlaylist playlist = validPlaylist();
    playlist.entries.append({QStringLiteral("ranking"), QString(), QStringLiteral("on_time"), 20});
    playlist.entries.append({QStringLiteral("unit"), QStringLiteral("79"), QString(), 20});
    DashboardState state;
    state.units = std::make_shared<UnitCatalog>(UnitCatalog::hcmcDistricts());
    QCOMPARE(soc::criticalEntries(playlist, state), QVector<bool>(6, false));

    // An acknowledged critical alert flags nothing.
    state.alerts = {criticalAlert("761", "e_result", AlertState::ActiveAcked)};
    QCOMPARE(soc::criticalEntries(playlist, state), QVector<bool>(6, false));

    // Unit 760 is in the city 79: its unit page, the city's, the alerts page and the overview
    // coloured by e_result; not the ranking of on_time, nor the feeds.
    state.alerts = {criticalAlert("760", "e_result", AlertState::ActiveUnacked)};
    QCOMPARE(soc::criticalEntries(playlist, state),
             (QVector<bool>{true, true, true, false, false, true}));

    state.alerts = {criticalAlert("761", "on_time", AlertState::ClearedUnacked)};
    QCOMPARE(soc::criticalEntries(playlist, state),
             (QVector<bool>{false, false, true, false, true, true}));
}

QTEST_GUILESS_MAIN(TestWallPlaylist)
#include "test_wall_playlist.moc"
