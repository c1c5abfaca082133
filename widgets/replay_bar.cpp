#include "widgets/replay_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTimeZone>
#include <QToolButton>

#include <algorithm>

namespace soc {

namespace {

constexpr qint64 CityUtcOffsetMs = 7 * 3600 * 1000;

QDateTime cityWallTime(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs + CityUtcOffsetMs, QTimeZone::utc());
}
const double Speeds[] = {0.25, 0.5, 1, 2, 5, 10, 30, 60, 100, 300, 1000};

} // namespace

ReplayBar::ReplayBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("replayBar"));
    m_mark = new QLabel(this);
    m_mark->setObjectName(QStringLiteral("replayMark"));
    m_mark->setTextFormat(Qt::PlainText);
    m_mark->setStyleSheet(QStringLiteral("QLabel#replayMark { background: #56b4e9; color: #111; "
                                         "font-weight: bold; padding: 0.2em 0.8em; }"));
    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("replayPlay"));
    m_stepButton = new QToolButton(this);
    m_stepButton->setObjectName(QStringLiteral("replayStep"));
    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("replaySpeed"));
    for (double speed : Speeds)
        m_speedBox->addItem(QString(), speed);
    m_speedBox->setCurrentIndex(2);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setRange(0, 0);
    m_timeEdit = new QDateTimeEdit(this);
    m_timeEdit->setObjectName(QStringLiteral("replayTime"));
    m_timeEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    // Qt 6.4's QDateTimeEdit has no time zone setting, so it edits city time as if it were UTC.
    m_timeEdit->setTimeSpec(Qt::UTC);
    m_loopBox = new QCheckBox(this);
    m_loopBox->setObjectName(QStringLiteral("replayLoop"));
    m_previousAlertButton = new QToolButton(this);
    m_previousAlertButton->setObjectName(QStringLiteral("replayPreviousAlert"));
    m_nextAlertButton = new QToolButton(this);
    m_nextAlertButton->setObjectName(QStringLiteral("replayNextAlert"));
    m_liveButton = new QToolButton(this);
    m_liveButton->setObjectName(QStringLiteral("replayLive"));
    m_liveButton->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_mark);
    layout->addWidget(m_playButton);
    layout->addWidget(m_stepButton);
    layout->addWidget(m_speedBox);
    layout->addWidget(m_previousAlertButton);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_nextAlertButton);
    layout->addWidget(m_timeEdit);
    layout->addWidget(m_loopBox);
    layout->addWidget(m_liveButton);

    connect(m_playButton, &QToolButton::clicked, this,
            [this] { m_playing ? emit pauseRequested() : emit playRequested(); });
    connect(m_stepButton, &QToolButton::clicked, this, &ReplayBar::stepRequested);
    connect(m_speedBox, &QComboBox::activated, this,
            [this](int index) { emit speedRequested(m_speedBox->itemData(index).toDouble()); });
    // The slider counts seconds from the start of the recording.
    connect(m_slider, &QSlider::sliderReleased, this,
            [this] { emit seekRequested(m_startMs + m_slider->value() * 1000LL); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            emit seekRequested(m_startMs + m_slider->sliderPosition() * 1000LL);
    });
    connect(m_timeEdit, &QDateTimeEdit::editingFinished, this,
            [this] {
                emit seekRequested(m_timeEdit->dateTime().toMSecsSinceEpoch() - CityUtcOffsetMs);
            });
    connect(m_loopBox, &QCheckBox::toggled, this, &ReplayBar::loopRequested);
    connect(m_previousAlertButton, &QToolButton::clicked, this, [this] {
        if (const std::optional<qint64> atMs = previousAlertTime())
            emit seekRequested(*atMs);
    });
    connect(m_nextAlertButton, &QToolButton::clicked, this, [this] {
        if (const std::optional<qint64> atMs = nextAlertTime())
            emit seekRequested(*atMs);
    });
    connect(m_liveButton, &QToolButton::clicked, this, &ReplayBar::liveRequested);
    retranslate();
    updateAlertButtons();
}

void ReplayBar::setRange(qint64 startMs, qint64 endMs)
{
    m_startMs = startMs;
    m_endMs = std::max(startMs, endMs);
    m_slider->setRange(0, static_cast<int>((m_endMs - m_startMs) / 1000));
    m_timeEdit->setDateTimeRange(cityWallTime(m_startMs), cityWallTime(m_endMs));
    setTime(m_timeMs);
}

void ReplayBar::setAlertMarks(QVector<qint64> marks)
{
    std::sort(marks.begin(), marks.end());
    marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
    m_alertMarks = std::move(marks);
    updateAlertButtons();
}

std::optional<qint64> ReplayBar::previousAlertTime() const
{
    const auto it = std::lower_bound(m_alertMarks.cbegin(), m_alertMarks.cend(), m_timeMs);
    if (it == m_alertMarks.cbegin())
        return std::nullopt;
    return *std::prev(it);
}

std::optional<qint64> ReplayBar::nextAlertTime() const
{
    const auto it = std::upper_bound(m_alertMarks.cbegin(), m_alertMarks.cend(), m_timeMs);
    if (it == m_alertMarks.cend())
        return std::nullopt;
    return *it;
}

void ReplayBar::updateAlertButtons()
{
    m_previousAlertButton->setEnabled(previousAlertTime().has_value());
    m_nextAlertButton->setEnabled(nextAlertTime().has_value());
}

void ReplayBar::setLiveMode(bool live)
{
    m_live = live;
    m_following = live;
    m_loopBox->setVisible(!live);
    m_liveButton->setVisible(live);
    retranslate();
}

void ReplayBar::setFollowingLive(bool following)
{
    m_following = following;
    retranslate();
}

void ReplayBar::setRecording(const QString &name, qint64 startMs, qint64 endMs)
{
    m_name = name;
    m_startMs = startMs;
    m_endMs = std::max(startMs, endMs);
    m_slider->setRange(0, static_cast<int>((m_endMs - m_startMs) / 1000));
    m_timeEdit->setDateTimeRange(cityWallTime(m_startMs), cityWallTime(m_endMs));
    retranslate();
    setTime(startMs);
}

void ReplayBar::setTime(qint64 atMs)
{
    m_timeMs = atMs;
    if (!m_slider->isSliderDown())
        m_slider->setValue(static_cast<int>((atMs - m_startMs) / 1000));
    if (!m_timeEdit->hasFocus())
        m_timeEdit->setDateTime(cityWallTime(atMs));
    updateAlertButtons();
}

void ReplayBar::setPlaying(bool playing)
{
    m_playing = playing;
    retranslate();
}

void ReplayBar::retranslate()
{
    if (m_live)
        m_mark->setText(m_following ? tr("LIVE") : tr("REWIND"));
    else
        m_mark->setText(m_name.isEmpty() ? tr("REPLAY") : tr("REPLAY · %1").arg(m_name));
    m_liveButton->setText(tr("Return to live"));
    m_liveButton->setAccessibleName(tr("Return to the live display"));
    m_liveButton->setEnabled(!m_following);
    // setText() replaces a button's shortcut with the text's mnemonic, so the shortcuts follow.
    m_previousAlertButton->setText(tr("◀ Alert"));
    m_previousAlertButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_previousAlertButton->setToolTip(tr("Go to the previous alert change (Alt+PgUp)"));
    m_previousAlertButton->setAccessibleName(tr("Previous alert change"));
    m_nextAlertButton->setText(tr("Alert ▶"));
    m_nextAlertButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    m_nextAlertButton->setToolTip(tr("Go to the next alert change (Alt+PgDown)"));
    m_nextAlertButton->setAccessibleName(tr("Next alert change"));
    m_playButton->setText(m_playing ? tr("Pause") : tr("Play"));
    m_playButton->setAccessibleName(m_playing ? tr("Pause the replay") : tr("Play the replay"));
    m_stepButton->setText(tr("Step"));
    m_stepButton->setAccessibleName(tr("Deliver the next recorded message"));
    for (int i = 0; i < m_speedBox->count(); ++i)
        m_speedBox->setItemText(i, tr("%1×").arg(QLocale().toString(m_speedBox->itemData(i).toDouble())));
    m_speedBox->setAccessibleName(tr("Replay speed"));
    m_slider->setAccessibleName(tr("Replay position"));
    m_timeEdit->setAccessibleName(tr("Replay time (UTC+7); type a time to go there"));
    m_loopBox->setText(tr("Loop"));
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace soc
