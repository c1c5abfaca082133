#include "app/live_rewind.h"
#include "feed/feed_hub.h"
#include "feed/feed_worker.h"
#include "feed/replay_source.h"
#include "storage/recording.h"
#include "widgets/replay_bar.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <csignal>
#include <sys/resource.h>

using namespace soc;

namespace {

// True for a state that the rewound replay built, false for one of the live demo feed.
bool isRewound(const DashboardStatePtr &state)
{
    return !state->connections.isEmpty() &&
           state->connections.first().url.startsWith(QLatin1String("file:"));
}

quint64 recordedEnvelopes(const QString &path)
{
    RecordingReader reader;
    QString error;
    return reader.open(path, &error) ? reader.envelopeCount() : 0;
}

// Waits for the next state that `rewind` passes on and returns it.
DashboardStatePtr nextState(QSignalSpy &spy)
{
    spy.clear();
    if (!spy.wait(20000))
        return nullptr;
    return spy.last().first().value<DashboardStatePtr>();
}

// Lowers this process's file size limit (RLIMIT_FSIZE) until destroyed. SIGXFSZ is ignored
// meanwhile, so that a write beyond the limit fails with EFBIG instead of ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        if (getrlimit(RLIMIT_FSIZE, &m_previous) != 0)
            return;
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_set = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_set)
            setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isSet() const { return m_set; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_set = false;
};

} // namespace

class TestLiveRewind : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passesLiveStatesThrough();
    void pauseKeepsRecordingLive();
    void seekBackShowsEarlierState();
    void barRequestsRewindAndReturn();
    void returnsToLiveAfterIdleTime();
    void returnToLiveSettingIsRead();
    void unwritablePathKeepsLiveDisplay();
    void secondRecorderOfFileRejected();
    void recordingStartsWithPicture();
    void fullDiskKeepsLiveDisplay();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FeedHub> m_hub;
    std::unique_ptr<LiveRewind> m_rewind;
    QString m_path;
};

void TestLiveRewind::initTestCase()
{
    qRegisterMetaType<DashboardStatePtr>();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestLiveRewind::init()
{
    QSettings().clear();
    m_hub = std::make_unique<FeedHub>();
    m_hub->setHistoryEnabled(false);
    m_hub->setAlertHistoryEnabled(false);
    QString error;
    QVERIFY2(m_hub->start({QStringLiteral("demo:")}, QString(), &error), qPrintable(error));
    m_rewind = std::make_unique<LiveRewind>(m_hub.get());
    connect(m_hub.get(), &FeedHub::stateReady, m_rewind.get(), &LiveRewind::applyLiveState);
    m_path = m_dir.filePath(QStringLiteral("%1.socrec").arg(QTest::currentTestFunction()));
}

void TestLiveRewind::cleanup()
{
    m_rewind.reset();
    m_hub.reset();
}

void TestLiveRewind::passesLiveStatesThrough()
{
    QSignalSpy shown(m_rewind.get(), &LiveRewind::stateReady);
    QString error;
    QVERIFY2(m_rewind->start(m_path, &error), qPrintable(error));
    QVERIFY(m_rewind->isActive());
    QVERIFY(m_rewind->isLive());
    const DashboardStatePtr state = nextState(shown);
    QVERIFY(state);
    QVERIFY(!isRewound(state));
}

void TestLiveRewind::pauseKeepsRecordingLive()
{
    QSignalSpy shown(m_rewind.get(), &LiveRewind::stateReady);
    QSignalSpy live(m_rewind.get(), &LiveRewind::liveChanged);
    QString error;
    QVERIFY2(m_rewind->start(m_path, &error), qPrintable(error));
    QVERIFY(nextState(shown));
    // Some envelopes in the file, so that the rewound replay has a range.
    QTRY_VERIFY_WITH_TIMEOUT(recordedEnvelopes(m_path) > 0, 20000);

    m_rewind->pause();
    QVERIFY(!m_rewind->isLive());
    QCOMPARE(live.count(), 1);
    QCOMPARE(live.last().first().toBool(), false);
    QVERIFY(m_rewind->rewindSource());

    // Only rewound states are shown now, while the live feed goes on being recorded.
    DashboardStatePtr state = nextState(shown);
    QVERIFY(state);
    QVERIFY(isRewound(state));
    const quint64 atPause = recordedEnvelopes(m_path);
    shown.clear();
    QTRY_VERIFY_WITH_TIMEOUT(recordedEnvelopes(m_path) > atPause, 20000);
    // Every state shown meanwhile is the rewound one, none of the live feed.
    for (const QList<QVariant> &arguments : std::as_const(shown))
        QVERIFY(isRewound(arguments.first().value<DashboardStatePtr>()));

    m_rewind->returnToLive();
    QVERIFY(m_rewind->isLive());
    QCOMPARE(live.last().first().toBool(), true);
    QVERIFY(!m_rewind->rewindSource());
    state = nextState(shown);
    QVERIFY(state);
    QVERIFY(!isRewound(state));
}

void TestLiveRewind::seekBackShowsEarlierState()
{
    QSignalSpy shown(m_rewind.get(), &LiveRewind::stateReady);
    QString error;
    QVERIFY2(m_rewind->start(m_path, &error), qPrintable(error));
    // Wait until the demo feed has sent three batches after the start.
    QTRY_VERIFY_WITH_TIMEOUT(recordedEnvelopes(m_path) > 18, 30000);
    DashboardStatePtr latest = nextState(shown);
    QVERIFY(latest);
    quint64 liveReceived = 0;
    for (const SourceStatus &status : latest->sources)
        liveReceived += status.received;

    // At the start of the recording, fewer envelopes had been received than now.
    m_rewind->seek(m_rewind->recordingStartMs());
    QVERIFY(!m_rewind->isLive());
    DashboardStatePtr rewound;
    // A paused replay publishes once it has moved, then only when its time moves on.
    rewound = nextState(shown);
    QVERIFY(rewound);
    QVERIFY(isRewound(rewound));
    quint64 rewoundReceived = 0;
    for (const SourceStatus &status : rewound->sources)
        rewoundReceived += status.received;
    QVERIFY2(rewoundReceived < liveReceived,
             qPrintable(QStringLiteral("%1 rewound, %2 live").arg(rewoundReceived)
                            .arg(liveReceived)));
}

void TestLiveRewind::barRequestsRewindAndReturn()
{
    ReplayBar bar;
    m_rewind->attachBar(&bar);
    QSignalSpy shown(m_rewind.get(), &LiveRewind::stateReady);
    QString error;
    QVERIFY2(m_rewind->start(m_path, &error), qPrintable(error));
    QVERIFY(bar.isLiveMode());
    QVERIFY(bar.isFollowingLive());
    QTRY_VERIFY_WITH_TIMEOUT(recordedEnvelopes(m_path) > 0, 20000);
    QVERIFY(nextState(shown));

    auto *play = bar.findChild<QToolButton *>(QStringLiteral("replayPlay"));
    auto *live = bar.findChild<QToolButton *>(QStringLiteral("replayLive"));
    auto *mark = bar.findChild<QLabel *>(QStringLiteral("replayMark"));
    QCOMPARE(mark->text(), "LIVE");
    play->click(); // shows Pause while live
    QVERIFY(!m_rewind->isLive());
    QVERIFY(!bar.isFollowingLive());
    QCOMPARE(mark->text(), "REWIND");
    QVERIFY(live->isEnabled());

    live->click();
    QVERIFY(m_rewind->isLive());
    QVERIFY(bar.isFollowingLive());
    QCOMPARE(mark->text(), "LIVE");
}

void TestLiveRewind::returnsToLiveAfterIdleTime()
{
    QSignalSpy live(m_rewind.get(), &LiveRewind::liveChanged);
    QString error;
    QVERIFY2(m_rewind->start(m_path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(recordedEnvelopes(m_path) > 0, 20000);
    m_rewind->setReturnToLiveSeconds(1);
    m_rewind->pause();
    QVERIFY(!m_rewind->isLive());
    QCOMPARE(live.count(), 1);

    // No input arrives, so the display returns to live by itself.
    QVERIFY(live.wait(20000));
    QCOMPARE(live.last().first().toBool(), true);
    QVERIFY(m_rewind->isLive());
}

void TestLiveRewind::returnToLiveSettingIsRead()
{
    QSettings().setValue(QStringLiteral("replay/return_to_live_s"), 42);
    LiveRewind configured(m_hub.get());
    QCOMPARE(configured.returnToLiveSeconds(), 42);
    QSettings().setValue(QStringLiteral("replay/return_to_live_s"), -5);
    LiveRewind negative(m_hub.get());
    QCOMPARE(negative.returnToLiveSeconds(), 0);
    QSettings().remove(QStringLiteral("replay/return_to_live_s"));
    LiveRewind defaulted(m_hub.get());
    QCOMPARE(defaulted.returnToLiveSeconds(), LiveRewind::DefaultReturnToLiveSeconds);
}

void TestLiveRewind::unwritablePathKeepsLiveDisplay()
{
    QSignalSpy shown(m_rewind.get(), &LiveRewind::stateReady);
    QSignalSpy failed(m_rewind.get(), &LiveRewind::errorOccurred);
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/rewind.socrec"));
    QString error;
    // The writer reports a folder that does not exist from its own thread.
    if (m_rewind->start(path, &error))
        QVERIFY(failed.wait(20000));
    else
        QVERIFY(!error.isEmpty());
    QVERIFY(!m_rewind->isActive());
    QVERIFY(m_rewind->isLive());
    // Live states still reach the window.
    const DashboardStatePtr state = nextState(shown);
    QVERIFY(state);
    QVERIFY(!isRewound(state));
}

void TestLiveRewind::secondRecorderOfFileRejected()
{
    QString error;
    QVERIFY2(m_rewind->start(m_path, &error), qPrintable(error));
    // The writer creates the file on its own thread.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_path), 20000);

    // A second dashboard, such as a wall beside the workstation, must not take the file over.
    LiveRewind other(m_hub.get());
    QVERIFY(!other.start(m_path, &error));
    QVERIFY2(error.contains("another soc-dashboard"), qPrintable(error));
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QVERIFY(m_rewind->isActive());
    QVERIFY(QFile::exists(m_path));

    // Once the first one stops, the file is free.
    m_rewind->stop();
    QVERIFY2(other.start(m_path, &error), qPrintable(error));
    QVERIFY(other.isActive());
    other.stop();
}

void TestLiveRewind::recordingStartsWithPicture()
{
    // Everything received before recording starts is in the file's picture.
    QSignalSpy hubStates(m_hub.get(), &FeedHub::stateReady);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (hubStates.isEmpty())
                return false;
            const auto state = hubStates.last().first().value<DashboardStatePtr>();
            return !state->sources.isEmpty() && !state->figures.isEmpty();
        }(),
        20000);
    const auto before = hubStates.last().first().value<DashboardStatePtr>();

    RecordingControl recorder(m_hub.get());
    QString error;
    QVERIFY2(recorder.start(m_path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(recordedEnvelopes(m_path) > 0, 20000);
    QVERIFY2(recorder.stop(&error), qPrintable(error));

    FeedWorker replayed;
    auto *replay = new ReplaySource(QStringLiteral("file:") + m_path, m_path);
    replayed.setClock([replay] { return replay->currentTimeMs(); });
    replayed.addSource(replay);
    QVERIFY2(replay->open(&error), qPrintable(error));
    QVERIFY(replay->seek(replay->startTimeMs()));
    const DashboardStatePtr atStart = replayed.buildState();
    QCOMPARE(atStart->figures.keys().size(), before->figures.keys().size());
    for (const SourceStatus &status : before->sources) {
        QVERIFY2(atStart->sources.value(status.source).received >= status.received,
                 qPrintable(status.source));
    }
}

void TestLiveRewind::fullDiskKeepsLiveDisplay()
{
    QSignalSpy hubStates(m_hub.get(), &FeedHub::stateReady);
    QVERIFY(hubStates.wait(20000));
    RecordingControl recorder(m_hub.get());
    QSignalSpy failed(&recorder, &RecordingControl::errorOccurred);
    QSignalSpy changed(&recorder, &RecordingControl::recordingChanged);
    {
        // A file size limit replaces a full disk; the history writers are off, so only the
        // recording writes files meanwhile.
        const FileSizeLimit limit(16 * 1024);
        QVERIFY(limit.isSet());
        QString error;
        QVERIFY2(recorder.start(m_path, &error), qPrintable(error));
        QVERIFY(failed.wait(20000));
    }
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(m_path), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("stopped")), qPrintable(message));
    QVERIFY(!recorder.isRecording());
    QCOMPARE(changed.last().first().toBool(), false);

    // The live display goes on.
    hubStates.clear();
    QVERIFY(hubStates.wait(20000));
    const auto state = hubStates.last().first().value<DashboardStatePtr>();
    QVERIFY(!state->sources.isEmpty());
}

QTEST_MAIN(TestLiveRewind)
#include "test_live_rewind.moc"
