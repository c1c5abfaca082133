#include "widgets/stale_banner.h"

#include "models/display_format.h"

#include <QEvent>

namespace soc {

StaleBanner::StaleBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("staleBanner"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel#staleBanner { background: #b3261e; color: white; "
                                 "font-weight: bold; padding: 0.4em; }"));
    setVisible(false);
}

void StaleBanner::setState(const DashboardStatePtr &state)
{
    m_state = state;
    updateText();
}

void StaleBanner::setShort(bool isShort)
{
    m_short = isShort;
    updateText();
}

void StaleBanner::updateText()
{
    const bool down = m_state && m_state->liveFeedsDown();
    setVisible(down);
    if (!down)
        return;
    if (m_short) {
        setText(m_state->lastReceivedMs > 0
                    ? tr("NO LIVE DATA since %1").arg(formatTime(m_state->lastReceivedMs))
                    : tr("NO LIVE DATA yet"));
    } else if (m_state->lastReceivedMs > 0) {
        setText(tr("NO LIVE DATA: every feed is down. Figures are stale since %1 and shown "
                   "greyed; reconnecting.")
                    .arg(formatDateTime(m_state->lastReceivedMs)));
    } else {
        setText(tr("NO LIVE DATA: no feed has connected yet; reconnecting."));
    }
}

void StaleBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QLabel::changeEvent(event);
}

} // namespace soc
