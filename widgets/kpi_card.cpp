#include "widgets/kpi_card.h"

#include "models/display_format.h"
#include "models/target_status.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace soc {

KpiCard::KpiCard(QString indicatorId, QWidget *parent)
    : QAbstractButton(parent), m_indicatorId(std::move(indicatorId))
{
    setCheckable(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
}

void KpiCard::setState(DashboardStatePtr state, const QString &unitCode)
{
    m_state = std::move(state);
    m_unitCode = unitCode;
    updateAccessibleText();
    update();
}

void KpiCard::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

void KpiCard::updateAccessibleText()
{
    if (!m_state)
        return;
    const Indicator *indicator = m_state->indicators->find(m_indicatorId);
    if (!indicator)
        return;
    const UnitFigure *figure = m_state->figure(m_unitCode, m_indicatorId);
    setAccessibleName(indicator->name(currentLanguage()));
    setAccessibleDescription(describeFigure(*indicator, figure ? *figure : UnitFigure{}));
}

void KpiCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(2, 2, -2, -2);
    const double radius = std::min(frame.width(), frame.height()) * 0.06;
    const QPalette &colors = palette();

    painter.setPen(isChecked() ? QPen(colors.color(QPalette::Highlight), std::max(2.0, frame.height() * 0.025))
                               : QPen(colors.color(QPalette::Mid), 1));
    painter.setBrush(colors.color(QPalette::Base));
    painter.drawRoundedRect(frame, radius, radius);
    if (!m_state)
        return;
    const Indicator *indicator = m_state->indicators->find(m_indicatorId);
    if (!indicator)
        return;

    const UnitFigure *unitFigure = m_state->figure(m_unitCode, m_indicatorId);
    const Figure figure = unitFigure ? unitFigure->shown : Figure{};
    const TargetStatus status = targetStatus(*indicator, figure.value);

    const double stripe = std::max(4.0, frame.width() * 0.025);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_stale ? greyed(statusColor(status)) : statusColor(status));
    painter.drawRoundedRect(QRectF(frame.left(), frame.top(), stripe * 2, frame.height()), radius, radius);
    painter.drawRect(QRectF(frame.left() + stripe, frame.top(), stripe, frame.height()));

    const double h = frame.height();
    const QRectF content = frame.adjusted(stripe * 2 + h * 0.08, h * 0.07, -h * 0.08, -h * 0.06);
    const Language language = currentLanguage();

    // Title and details follow the page's type size; the value fills the card.
    const int basePixels = font().pixelSize() > 0 ? font().pixelSize() : 15;
    QFont titleFont = font();
    titleFont.setPixelSize(std::max(9, std::min(static_cast<int>(h * 0.13), basePixels * 5 / 4)));
    const QString title = indicator->shortName(language);
    const double titleWidth = QFontMetricsF(titleFont).horizontalAdvance(title);
    if (titleWidth > content.width()) {
        const int fitted = static_cast<int>(titleFont.pixelSize() * content.width() / titleWidth);
        titleFont.setPixelSize(std::max(titleFont.pixelSize() * 3 / 4, fitted));
    }
    painter.setFont(titleFont);
    painter.setPen(colors.color(QPalette::WindowText));
    painter.drawText(QRectF(content.left(), content.top(), content.width(), h * 0.18),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(titleFont).elidedText(title, Qt::ElideRight,
                                                        static_cast<int>(content.width())));

    const QString value = formatValue(*indicator, figure.value);
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPixelSize(std::max(12, static_cast<int>(h * 0.28)));
    const double valueWidth = QFontMetricsF(valueFont).horizontalAdvance(value);
    if (valueWidth > content.width()) {
        valueFont.setPixelSize(
            std::max(10, static_cast<int>(valueFont.pixelSize() * content.width() / valueWidth)));
    }
    painter.setFont(valueFont);
    painter.setPen(m_stale ? colors.color(QPalette::Disabled, QPalette::Text)
                           : colors.color(QPalette::Text));
    painter.drawText(QRectF(content.left(), content.top() + h * 0.18, content.width(), h * 0.36),
                     Qt::AlignLeft | Qt::AlignVCenter, value);

    // Three detail lines: target, coverage, observation time.
    QFont detailFont = font();
    detailFont.setPixelSize(std::max(8, std::min(static_cast<int>(h * 0.1), basePixels)));
    painter.setFont(detailFont);
    painter.setPen(colors.color(QPalette::PlaceholderText));
    const QFontMetrics detailMetrics(detailFont);
    QStringList details;
    details << (indicator->target ? tr("Target %1").arg(formatTarget(*indicator))
                                  : tr("No target"));
    details << (!figure.isOwn && figure.coverage.total > 0
                    ? tr("%1/%2 units").arg(figure.coverage.reporting).arg(figure.coverage.total)
                    : QString());
    details << (figure.observedAtMs > 0 ? tr("Observed at %1").arg(formatTime(figure.observedAtMs))
                                        : QString());
    const double lineHeight = (content.bottom() - (content.top() + h * 0.55)) / details.size();
    for (int line = 0; line < details.size(); ++line) {
        const QRectF area(content.left(), content.top() + h * 0.55 + line * lineHeight,
                          content.width(), lineHeight);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                         detailMetrics.elidedText(details.at(line), Qt::ElideRight,
                                                  static_cast<int>(content.width())));
    }
}

bool KpiCard::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_state) {
        const Indicator *indicator = m_state->indicators->find(m_indicatorId);
        const UnitFigure *figure = m_state->figure(m_unitCode, m_indicatorId);
        if (indicator) {
            const QString body = describeFigure(*indicator, figure ? *figure : UnitFigure{});
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                               tooltipHtml(indicator->name(currentLanguage()), body), this);
            return true;
        }
    }
    return QAbstractButton::event(event);
}

} // namespace soc
