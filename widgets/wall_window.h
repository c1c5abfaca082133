#pragma once

#include "core/dashboard_state.h"
#include "core/language.h"
#include "core/wall_playlist.h"

#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace soc {

class AlertsPage;
class FeedsPage;
class OverviewPage;
class RankingPage;
class ReplayBar;
class StaleBanner;
class UnitDetailPage;
class WallHeader;

// The wall display: a header strip, the stale-data, critical-alert and error banners, and the
// pages of a playlist in rotation. It never opens a dialog; errors go to the error banner and
// are counted there. UI thread only. Time comes from a replaceable clock, and poll() runs the
// rotation, so tests drive it without waiting.
class WallWindow : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms since the epoch

    // The cursor hides after this long without mouse movement.
    static constexpr qint64 CursorIdleMs = 3000;

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
    // Sets the headline and label type and the page factor (see wall_scale.h).
    void setTypeSizes(int headlinePixels, int labelPixels);

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
    WallHeader *header() const { return m_header; }
    OverviewPage *overviewPage() const { return m_overview; }
    RankingPage *rankingPage() const { return m_ranking; }
    UnitDetailPage *unitDetailPage() const { return m_unitDetail; }
    bool cursorHidden() const { return m_cursorHidden; }
    QLabel *errorBanner() const { return m_errorBanner; }

signals:
    // The current cycle of the playlist is in another language than the one on show.
    void languageRequested(soc::Language language);
    void returnToLiveRequested();
    // The Unit Detail page needs trend points; see UnitDetailPage::trendRequested.
    void trendRequested(const QString &unit, const QString &indicator, qint64 fromMs, qint64 toMs,
                        int maxPoints);
    void entryShown(int entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showCurrentEntry();
    void updateCriticalBanner();
    void updateTitle();
    void updateErrorBanner();
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
    QString m_lastError;
    int m_headlinePixels = 48;
    WallHeader *m_header = nullptr;
    StaleBanner *m_staleBanner = nullptr;
    QLabel *m_criticalBanner = nullptr;
    QLabel *m_errorBanner = nullptr;
    ReplayBar *m_replayBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    RankingPage *m_ranking = nullptr;
    UnitDetailPage *m_unitDetail = nullptr;
    AlertsPage *m_alerts = nullptr;
    FeedsPage *m_feeds = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace soc
