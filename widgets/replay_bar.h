#pragma once

#include <QVector>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSlider;
class QToolButton;

namespace soc {

// The timeline of a replayed recording: a REPLAY mark with the file name, play and pause, step,
// speed from 0.25x to 1000x, a slider to seek by dragging, a field to type a time (UTC+7), jumps
// to the previous and next alert change (Alt+PgUp, Alt+PgDown), and loop. In live mode the same
// bar rewinds the live display: the mark reads LIVE or REWIND, loop is hidden, and a button
// returns to live. It only emits requests; the owner carries them out and reports back the
// time, the range and whether it plays.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(QWidget *parent = nullptr);

    void setRecording(const QString &name, qint64 startMs, qint64 endMs);
    // Moves the ends of the timeline, keeping the time, such as while a live recording grows.
    void setRange(qint64 startMs, qint64 endMs);
    void setTime(qint64 atMs);
    void setPlaying(bool playing);
    qint64 time() const { return m_timeMs; }
    qint64 startTime() const { return m_startMs; }
    qint64 endTime() const { return m_endMs; }

    // Times of alert changes (ms since the epoch) to jump between; any order, repeats allowed.
    void setAlertMarks(QVector<qint64> marks);
    const QVector<qint64> &alertMarks() const { return m_alertMarks; }
    // The nearest alert change before or after the current time, if any.
    std::optional<qint64> previousAlertTime() const;
    std::optional<qint64> nextAlertTime() const;

    // Live mode: the bar rewinds the live display. `following` is true while it shows live data,
    // false while paused or rewound.
    void setLiveMode(bool live);
    void setFollowingLive(bool following);
    bool isLiveMode() const { return m_live; }
    bool isFollowingLive() const { return m_following; }

signals:
    void playRequested();
    void pauseRequested();
    void stepRequested();
    void speedRequested(double speed);
    void seekRequested(qint64 atMs);
    void loopRequested(bool loop);
    void liveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateAlertButtons();

    QLabel *m_mark = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_stepButton = nullptr;
    QComboBox *m_speedBox = nullptr;
    QSlider *m_slider = nullptr;
    QDateTimeEdit *m_timeEdit = nullptr;
    QCheckBox *m_loopBox = nullptr;
    QToolButton *m_previousAlertButton = nullptr;
    QToolButton *m_nextAlertButton = nullptr;
    QToolButton *m_liveButton = nullptr;
    QVector<qint64> m_alertMarks; // sorted, no repeats
    QString m_name;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_timeMs = 0;
    bool m_playing = false;
    bool m_live = false;
    bool m_following = false;
};

} // namespace soc
