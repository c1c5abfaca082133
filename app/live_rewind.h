#pragma once

#include "app/recording_control.h"
#include "core/dashboard_state.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWidget;

namespace soc {

class FeedHub;
class ReplayBar;
class ReplaySource;

// Live rewind: pauses or rewinds the display while the live feeds keep arriving and being
// recorded. It records the live hub into a rolling recording, a file in the data folder that is
// replaced at each start and once it is older than the maximum age. While rewound, it replays
// that file on a FeedHub of its own. The window shows the states that stateReady() passes on:
// the live ones, or the rewound ones. After `replay/return_to_live_s` seconds (QSettings, 300 by
// default, 0 for never) without any input in the watched window, it returns to live by itself,
// as an unattended wall display must. Lives on the UI thread.
class LiveRewind : public QObject
{
    Q_OBJECT

public:
    explicit LiveRewind(FeedHub *live, QObject *parent = nullptr);
    ~LiveRewind() override;

    static constexpr int DefaultReturnToLiveSeconds = 300;
    static constexpr qint64 DefaultMaxAgeMs = 24 * 3600 * 1000LL;

    // Starts recording the live hub into `path`, replacing an earlier file there. Returns false
    // with a translated message when the file cannot be created; live display goes on.
    bool start(const QString &path, QString *error);
    // Returns to live, stops the recording and releases the bar.
    void stop();
    bool isActive() const { return m_recorder.isRecording(); }
    // The rolling file in the data folder: live-rewind[-ROLE][-demo].socrec, with a role such
    // as "wall" for a display that runs beside the workstation on the same host.
    static QString defaultPath(bool simulated, const QString &role = QString());

    // The unit catalog CSV the live hub started from (empty for the built-in districts), so
    // that the rewound replay starts from the same catalog.
    void setUnitCatalogPath(const QString &path) { m_unitCatalogPath = path; }
    // Routes the bar's requests here and shows it in live mode.
    // NOTE: the bar gets no alert marks in live mode, so the alert jumps stay disabled there.
    void attachBar(ReplayBar *bar);
    // Counts mouse, wheel and key input in `window` as interaction.
    void watchInteraction(QWidget *window);
    // Seconds without interaction before a rewound display returns to live; 0 for never.
    void setReturnToLiveSeconds(int seconds);
    int returnToLiveSeconds() const { return m_returnToLiveSeconds; }
    // Recordings older than this are started afresh while live, so the file stays bounded.
    void setMaxAgeMs(qint64 maxAgeMs) { m_maxAgeMs = maxAgeMs; }

    bool isLive() const { return !m_rewindHub; }
    // The rewound replay, while not live; it lives on the rewind hub's feed thread.
    ReplaySource *rewindSource() const;
    const QString &path() const { return m_path; }
    qint64 recordingStartMs() const { return m_startMs; }

    // Freezes the display at the current moment; live data goes on being recorded.
    void pause();
    // Shows the state at atMs (ms since the epoch), clamped to the recorded range.
    void seek(qint64 atMs);
    // Shows live data again.
    void returnToLive();
    // Restarts the countdown to the automatic return to live.
    void noteInteraction();

    // The live hub's states come in here.
    void applyLiveState(soc::DashboardStatePtr state);

signals:
    // The state to show: live, or the rewound moment.
    void stateReady(soc::DashboardStatePtr state);
    void liveChanged(bool live);
    // Translated, for the status bar.
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool enterRewind(qint64 atMs);
    void applyRewindState(soc::DashboardStatePtr state);
    void rotateIfOld();
    template <typename Command>
    void onReplay(Command command);

    FeedHub *m_live;
    RecordingControl m_recorder;
    std::unique_ptr<FeedHub> m_rewindHub;
    QPointer<ReplayBar> m_bar;
    QList<QMetaObject::Connection> m_barConnections;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock; // held while recording into m_path
    QString m_unitCatalogPath;
    DashboardStatePtr m_lastLive;
    qint64 m_startMs = 0;
    qint64 m_maxAgeMs = DefaultMaxAgeMs;
    int m_returnToLiveSeconds = DefaultReturnToLiveSeconds;
    double m_speed = 1;
    QTimer m_returnTimer;
    QTimer m_rotateTimer;
};

} // namespace soc
