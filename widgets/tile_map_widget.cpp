#include "widgets/tile_map_widget.h"

#include "models/display_format.h"
#include "models/target_status.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace soc {

namespace {

constexpr double LegendShare = 0.07; // of the widget height

} // namespace

TileMapWidget::TileMapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(240, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
}

void TileMapWidget::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    layoutTiles();
    update();
}

void TileMapWidget::setIndicator(const QString &indicatorId)
{
    m_indicator = indicatorId;
    layoutTiles();
    update();
}

void TileMapWidget::setParentUnit(const QString &unitCode)
{
    m_parentUnit = unitCode;
    layoutTiles();
    update();
}

void TileMapWidget::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

QString TileMapWidget::unitAt(const QPointF &position) const
{
    for (auto it = m_tileRects.cbegin(); it != m_tileRects.cend(); ++it) {
        if (it.value().contains(position))
            return it.key();
    }
    return {};
}

void TileMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}

void TileMapWidget::layoutTiles()
{
    m_tiles.clear();
    m_tileRects.clear();
    if (!m_state)
        return;

    const QStringList children = m_state->units->children(m_parentUnit);
    bool allPlaced = !children.isEmpty();
    for (const QString &code : children) {
        const Unit *unit = m_state->units->find(code);
        allPlaced = allPlaced && unit && unit->hasTile();
    }

    QStringList ordered = children;
    ordered.sort();
    const int gridColumns = std::max(1, static_cast<int>(std::ceil(std::sqrt(ordered.size() * 1.3))));
    for (int i = 0; i < ordered.size(); ++i) {
        const Unit *unit = m_state->units->find(ordered.at(i));
        Tile tile{ordered.at(i), i / gridColumns, i % gridColumns};
        if (allPlaced) {
            tile.row = unit->tileRow;
            tile.column = unit->tileColumn;
        }
        m_tiles.append(tile);
    }
    if (m_tiles.isEmpty())
        return;

    int minRow = m_tiles.first().row, maxRow = minRow;
    int minColumn = m_tiles.first().column, maxColumn = minColumn;
    for (const Tile &tile : std::as_const(m_tiles)) {
        minRow = std::min(minRow, tile.row);
        maxRow = std::max(maxRow, tile.row);
        minColumn = std::min(minColumn, tile.column);
        maxColumn = std::max(maxColumn, tile.column);
    }
    const int rows = maxRow - minRow + 1;
    const int columns = maxColumn - minColumn + 1;
    const QRectF area(0, 0, width(), height() * (1.0 - LegendShare));
    const double cell = std::min(area.width() / columns, area.height() / rows);
    const double gap = cell * 0.05;
    const QPointF origin(area.left() + (area.width() - cell * columns) / 2,
                         area.top() + (area.height() - cell * rows) / 2);
    for (const Tile &tile : std::as_const(m_tiles)) {
        const QRectF rect(origin.x() + (tile.column - minColumn) * cell + gap / 2,
                          origin.y() + (tile.row - minRow) * cell + gap / 2, cell - gap,
                          cell - gap);
        m_tileRects.insert(tile.code, rect);
    }

    // The value range on screen, for indicators without a target.
    const Indicator *indicator = m_state->indicators->find(m_indicator);
    bool first = true;
    for (const Tile &tile : std::as_const(m_tiles)) {
        const UnitFigure *figure = m_state->figure(tile.code, m_indicator);
        if (!indicator || !figure || !figure->shown.value)
            continue;
        const double value = *figure->shown.value;
        if (first || indicator->isBetter(value, m_bestValue))
            m_bestValue = value;
        if (first || indicator->isBetter(m_worstValue, value))
            m_worstValue = value;
        first = false;
    }
}

QColor TileMapWidget::tileColor(const Indicator &indicator, const QString &code) const
{
    const UnitFigure *figure = m_state->figure(code, m_indicator);
    const std::optional<double> value = figure ? figure->shown.value : std::nullopt;
    const TargetStatus status = targetStatus(indicator, value);
    if (status != TargetStatus::NoTarget)
        return statusColor(status);
    const double span = m_worstValue - m_bestValue;
    const double position = span == 0 ? 0.0 : (*value - m_bestValue) / span;
    return spreadColor(position);
}

void TileMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_state)
        return;
    const Indicator *indicator = m_state->indicators->find(m_indicator);
    if (!indicator)
        return;

    const Language language = currentLanguage();
    for (const Tile &tile : std::as_const(m_tiles)) {
        const QRectF rect = m_tileRects.value(tile.code);
        const QColor fill = m_stale ? greyed(tileColor(*indicator, tile.code))
                                    : tileColor(*indicator, tile.code);
        const QColor ink = textColorOn(fill);
        const double radius = rect.width() * 0.06;

        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, radius, radius);
        if (tile.code == m_hovered || (hasFocus() && tile.code == m_hovered)) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), rect.width() * 0.04));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(rect, radius, radius);
        }

        paintFreshnessMark(painter, rect, m_state->figure(tile.code, m_indicator));
        paintAlertMark(painter, rect, tile.code);

        const Unit *unit = m_state->units->find(tile.code);
        const QString label = unit ? unit->shortName(language) : tile.code;
        const UnitFigure *figure = m_state->figure(tile.code, m_indicator);
        const QString value = formatValue(*indicator, figure ? figure->shown.value : std::nullopt);

        const QRectF inner = rect.adjusted(rect.width() * 0.06, rect.height() * 0.06,
                                           -rect.width() * 0.06, -rect.height() * 0.06);
        QFont labelFont = font();
        labelFont.setPixelSize(std::max(8, static_cast<int>(rect.height() * 0.15)));
        painter.setFont(labelFont);
        painter.setPen(ink);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.5),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);

        QFont valueFont = font();
        valueFont.setBold(true);
        valueFont.setPixelSize(std::max(9, static_cast<int>(rect.height() * 0.22)));
        const QFontMetricsF metrics(valueFont);
        if (metrics.horizontalAdvance(value) > inner.width())
            valueFont.setPixelSize(std::max(8, static_cast<int>(valueFont.pixelSize() * inner.width() /
                                                                 metrics.horizontalAdvance(value))));
        painter.setFont(valueFont);
        painter.drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.5, inner.width(),
                                inner.height() * 0.5),
                         Qt::AlignCenter, value);
    }

    const QRectF legendArea(0, height() * (1.0 - LegendShare), width(), height() * LegendShare);
    paintLegend(painter, *indicator, legendArea);
}

// A corner triangle on a tile whose figure is late (amber) or stale (grey), apart from its
// colour against the target.
void TileMapWidget::paintFreshnessMark(QPainter &painter, const QRectF &rect,
                                       const UnitFigure *figure)
{
    if (!figure || (figure->freshness != Freshness::Late && figure->freshness != Freshness::Stale))
        return;
    const double size = rect.width() * 0.22;
    QPainterPath corner;
    corner.moveTo(rect.right() - size, rect.top());
    corner.lineTo(rect.right(), rect.top());
    corner.lineTo(rect.right(), rect.top() + size);
    corner.closeSubpath();
    painter.setPen(QPen(palette().color(QPalette::Window), rect.width() * 0.015));
    painter.setBrush(figure->freshness == Freshness::Late ? statusColor(TargetStatus::Near)
                                                          : statusColor(TargetStatus::NoData));
    painter.drawPath(corner);
}

// A dot in the top-left corner of a unit with an active alert on any indicator: vermilion
// for critical, amber for warning.
void TileMapWidget::paintAlertMark(QPainter &painter, const QRectF &rect, const QString &code)
{
    const QVector<Alert> alerts = m_state->activeAlerts(code);
    if (alerts.isEmpty())
        return;
    const double size = rect.width() * 0.16;
    const QRectF dot(rect.left() + size * 0.4, rect.top() + size * 0.4, size, size);
    painter.setPen(QPen(Qt::white, rect.width() * 0.02));
    painter.setBrush(alerts.first().severity == Severity::Critical
                         ? statusColor(TargetStatus::Below)
                         : statusColor(TargetStatus::Near));
    painter.drawEllipse(dot);
}

void TileMapWidget::paintLegend(QPainter &painter, const Indicator &indicator, const QRectF &area)
{
    QFont legendFont = font();
    painter.setFont(legendFont);
    const QFontMetricsF metrics(legendFont);
    const double swatch = metrics.height() * 0.9;
    const double y = area.center().y();
    double x = area.left() + swatch;

    auto drawEntry = [&](const QColor &color, const QString &text) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(x, y - swatch / 2, swatch, swatch), 3, 3);
        x += swatch * 1.4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), text);
        x += metrics.horizontalAdvance(text) + swatch * 1.5;
    };

    if (indicator.target) {
        const QString target = formatTarget(indicator);
        drawEntry(statusColor(TargetStatus::Meets), tr("Meets target (%1)").arg(target));
        drawEntry(statusColor(TargetStatus::Near), tr("Near target"));
        drawEntry(statusColor(TargetStatus::Below), tr("Below target"));
    } else {
        drawEntry(spreadColor(0), tr("Best: %1").arg(formatValue(indicator, m_bestValue)));
        drawEntry(spreadColor(0.5), tr("Middle"));
        drawEntry(spreadColor(1), tr("Worst: %1").arg(formatValue(indicator, m_worstValue)));
    }
    drawEntry(statusColor(TargetStatus::NoData), tr("No data"));
}

void TileMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = unitAt(event->position());
    if (code != m_hovered) {
        m_hovered = code;
        setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        emit unitHovered(code);
        update();
    }
}

void TileMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QString code = unitAt(event->position());
    if (event->button() == Qt::LeftButton && !code.isEmpty())
        emit unitActivated(code);
}

void TileMapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrentTile(0, -1);
        return;
    case Qt::Key_Right:
        moveCurrentTile(0, 1);
        return;
    case Qt::Key_Up:
        moveCurrentTile(-1, 0);
        return;
    case Qt::Key_Down:
        moveCurrentTile(1, 0);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_hovered.isEmpty()) {
            emit unitActivated(m_hovered);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void TileMapWidget::moveCurrentTile(int rowStep, int columnStep)
{
    if (m_tiles.isEmpty())
        return;
    const auto current = std::find_if(m_tiles.cbegin(), m_tiles.cend(),
                                      [this](const Tile &tile) { return tile.code == m_hovered; });
    QString next = m_tiles.first().code;
    if (current != m_tiles.cend()) {
        // The nearest tile in the direction of the step: the fewest steps along it first, then
        // the smallest offset across it.
        int best = std::numeric_limits<int>::max();
        next = current->code;
        for (const Tile &tile : std::as_const(m_tiles)) {
            const int along = (tile.row - current->row) * rowStep +
                              (tile.column - current->column) * columnStep;
            const int across = std::abs(rowStep != 0 ? tile.column - current->column
                                                     : tile.row - current->row);
            if (along <= 0)
                continue;
            const int distance = along * 100 + across;
            if (distance < best) {
                best = distance;
                next = tile.code;
            }
        }
    }
    if (next == m_hovered)
        return;
    m_hovered = next;
    emit unitHovered(next);
    const Unit *unit = m_state ? m_state->units->find(next) : nullptr;
    setAccessibleDescription(unit ? unit->name(currentLanguage()) : next);
    update();
}

void TileMapWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    m_hovered.clear();
    update();
}

bool TileMapWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_state)
        return QWidget::event(event);

    auto *help = static_cast<QHelpEvent *>(event);
    const QString code = unitAt(help->pos());
    const Indicator *indicator = m_state->indicators->find(m_indicator);
    if (code.isEmpty() || !indicator) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Unit *unit = m_state->units->find(code);
    const QString title = QStringLiteral("%1 (%2)").arg(unit ? unit->name(currentLanguage()) : code, code);
    UnitFigure figure;
    if (const UnitFigure *found = m_state->figure(code, m_indicator))
        figure = *found;
    const QString body = indicator->name(currentLanguage()) + QLatin1Char('\n') +
                         describeFigure(*indicator, figure);
    QToolTip::showText(help->globalPos(), tooltipHtml(title, body), this,
                       m_tileRects.value(code).toRect());
    return true;
}

} // namespace soc
