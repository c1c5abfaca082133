#include "app/wall_mode.h"

#include <QFile>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

class TestWallMode : public QObject
{
    Q_OBJECT

private slots:
    void defaultPlaylistWithoutFile();
    void badPlaylistKeepsDefault();
    void missingPlaylistKeepsDefault();
    void goodPlaylistLoads();
    void unknownScreenListsScreens();
    void primaryScreenByDefault();
    void positionInStateFolder();

private:
    QString writeFile(const QByteArray &contents);
    QTemporaryDir m_dir;
};

QString TestWallMode::writeFile(const QByteArray &contents)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("playlist-%1.json").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestWallMode::defaultPlaylistWithoutFile()
{
    QString error = QStringLiteral("stale");
    const WallPlaylist playlist = loadWallPlaylist(QString(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(playlist.digest, WallPlaylist::builtIn().digest);
}

void TestWallMode::badPlaylistKeepsDefault()
{
    const QString path = writeFile("{\n  \"version\": 1,\n  \"entries\": [\n"
                                   "    {\"page\": \"overview\", \"dwell_s\": 1}\n  ]\n}\n");
    QString error;
    const WallPlaylist playlist = loadWallPlaylist(path, &error);
    QCOMPARE(playlist.digest, WallPlaylist::builtIn().digest);
    QVERIFY2(error.contains(path + ":4: invalid 'dwell_s': 1; give a number from 5 to 3600"),
             qPrintable(error));
    // The file, line and reason come first, so that a banner cut at the edge keeps them.
    QVERIFY2(error.startsWith(path + ":4: "), qPrintable(error));
    QVERIFY2(error.endsWith("(playlist rejected; the default one is shown)"), qPrintable(error));
}

void TestWallMode::missingPlaylistKeepsDefault()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.json"));
    QString error;
    const WallPlaylist playlist = loadWallPlaylist(path, &error);
    QCOMPARE(playlist.digest, WallPlaylist::builtIn().digest);
    QVERIFY2(error.contains(path + ": cannot read the playlist"), qPrintable(error));
}

void TestWallMode::goodPlaylistLoads()
{
    const QString path =
        writeFile(R"({"version": 1, "entries": [{"page": "alerts", "dwell_s": 12}]})");
    QString error;
    const WallPlaylist playlist = loadWallPlaylist(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(playlist.origin, path);
    QCOMPARE(playlist.entries.size(), 1);
    QCOMPARE(playlist.entries.first().dwellSeconds, 12);
}

void TestWallMode::unknownScreenListsScreens()
{
    QString error;
    QCOMPARE(wallScreen(99, &error), nullptr);
    const QScreen *first = QGuiApplication::screens().first();
    const QString listed = QStringLiteral("0 (%1, %2x%3)")
                               .arg(first->name())
                               .arg(first->geometry().width())
                               .arg(first->geometry().height());
    QVERIFY2(error.startsWith("screen 99 does not exist; give --screen one of: "),
             qPrintable(error));
    QVERIFY2(error.contains(listed), qPrintable(error));
}

void TestWallMode::primaryScreenByDefault()
{
    QString error;
    QCOMPARE(wallScreen(-1, &error), QGuiApplication::primaryScreen());
    QCOMPARE(wallScreen(0, &error), QGuiApplication::screens().first());
    QVERIFY(error.isEmpty());
}

void TestWallMode::positionInStateFolder()
{
    // The test runs with its own XDG_STATE_HOME.
    const QString state = qEnvironmentVariable("XDG_STATE_HOME");
    QVERIFY(!state.isEmpty());
    QCOMPARE(wallPositionPath(), state + "/soc-dashboard/wall-position.json");
    // Walls on two screens of one host keep their own places.
    QCOMPARE(wallPositionPath(1), state + "/soc-dashboard/wall-position-screen-1.json");
}

QTEST_MAIN(TestWallMode)
#include "test_wall_mode.moc"
