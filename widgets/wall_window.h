#pragma once

#include "core/dashboard_state.h"
#include "core/language.h"
#include "core/wall_playlist.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace soc {

class ReplayBar;
class StaleBanner;
class WallBoardView;
class WallHeader;

// The wall display: a header strip, the stale-data, critical-alert and error banners, and the
// boards of a playlist in rotation, all in type legible from the playlist's viewing distance.
// While the data is not live (demo or replay), an amber frame runs round the screen. It never opens
// a dialog; errors go to the error banner and are counted there. UI thread only. Time comes from a
// replaceable clock, and poll() runs the rotation, so tests drive it without waiting.
class WallWindow : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms since the epoch

    // The cursor hides after this long without mouse movement.
    static constexpr qint64 CursorIdleMs = 3000;
    // The error banner stays this long after the last error; the header keeps the count.
    static constexpr qint64 ErrorBannerMs = 5 * 60 * 1000;

    // `positionPath` is the file where the rotation's position is kept across restarts; empty
    // keeps none.
    explicit WallWindow(const WallPlaylist &playlist, const QString &positionPath = QString(),
                        QWidget *parent = nullptr);
    ~WallWindow() override;

    void setClock(Clock clock);
    // Replaces the playlist and starts it from the beginning (or from the saved position when
    // it is the same file).
    void setPlaylist(const WallPlaylist &playlist);
    const WallRotation &rotation() const { return *m_rotation; }
    // Sets the smallest type of the header, banners and boards (see wall_scale.h).
    void setTextPixels(int pixels);

    void applyState(DashboardStatePtr state);
    // Shows a translated error in the banner and counts it.
    void showError(const QString &message);
    int errorCount() const { return m_errorCount; }

    // Tells the wall whether it is behind live data because someone rewound it. After the
    // playlist's return_to_live_s without mouse or key input, returnToLiveRequested() is
    // emitted. While rewound, the replay bar stays in view.
    void setRewound(bool rewound);
    // Shows the replay bar (the rewind control of live data) while the mouse is in use or the
    // wall is rewound; off by default, and for recordings, which the wall plays in a loop.
    void setRewindControlEnabled(bool enabled);
    ReplayBar *replayBar() const { return m_replayBar; }

    // Runs the clock: header, rotation, cursor and return to live. A 1 s timer calls it.
    void poll();
    // Moves to the next playlist entry at once.
    void advance();

    QString currentPage() const;
    // The entry on show; an empty page before the first.
    WallPlaylistEntry currentEntry() const;
    WallHeader *header() const { return m_header; }
    WallBoardView *boardView() const { return m_board; }
    bool cursorHidden() const { return m_cursorHidden; }
    QLabel *errorBanner() const { return m_errorBanner; }

signals:
    // The current cycle of the playlist is in another language than the one on show.
    void languageRequested(soc::Language language);
    void returnToLiveRequested();
    void entryShown(int entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCurrentEntry();
    void updateCriticalBanner();
    void updateBoard();
    void updateFrame();
    void updateErrorBanner();
    void setBannerText(QLabel *banner, const QString &text);
    void fitBanner(QLabel *banner);
    void savePosition() const;
    void restorePosition();
    void setCursorHidden(bool hidden);
    void updateReplayBar();

    std::unique_ptr<WallRotation> m_rotation;
    QString m_positionPath;
    Clock m_clock;
    DashboardStatePtr m_state;
    qint64 m_stepStartedMs = -1;
    qint64 m_lastInputMs = 0;
    qint64 m_rewoundSinceMs = 0; // when rewound, or the last input since; 0 while live
    int m_languageCycle = -1;    // cycle whose language was last requested
    bool m_cursorHidden = false;
    bool m_rewindControl = false;
    int m_errorCount = 0;
    qint64 m_lastErrorMs = 0;
    QString m_lastError;
    int m_textPixels = 48;
    WallHeader *m_header = nullptr;
    StaleBanner *m_staleBanner = nullptr;
    QLabel *m_criticalBanner = nullptr;
    QLabel *m_errorBanner = nullptr;
    ReplayBar *m_replayBar = nullptr;
    WallBoardView *m_board = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace soc
