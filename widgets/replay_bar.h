#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSlider;
class QToolButton;

namespace soc {

// The timeline of a replayed recording: a REPLAY mark with the file name, play and pause, step,
// speed from 0.25x to 1000x, a slider to seek by dragging, a field to type a time (UTC+7), and
// loop. It only emits requests; the owner carries them out on the replay and reports back the
// replay time and whether it plays.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(QWidget *parent = nullptr);

    void setRecording(const QString &name, qint64 startMs, qint64 endMs);
    void setTime(qint64 atMs);
    void setPlaying(bool playing);
    qint64 time() const { return m_timeMs; }

signals:
    void playRequested();
    void pauseRequested();
    void stepRequested();
    void speedRequested(double speed);
    void seekRequested(qint64 atMs);
    void loopRequested(bool loop);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_mark = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_stepButton = nullptr;
    QComboBox *m_speedBox = nullptr;
    QSlider *m_slider = nullptr;
    QDateTimeEdit *m_timeEdit = nullptr;
    QCheckBox *m_loopBox = nullptr;
    QString m_name;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_timeMs = 0;
    bool m_playing = false;
};

} // namespace soc
