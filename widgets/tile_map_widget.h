#pragma once

#include "core/dashboard_state.h"

#include <QHash>
#include <QRectF>
#include <QWidget>

namespace soc {

// A tile map of the child units of one parent: one square per unit, placed by the catalog's
// tile_row and tile_col (roughly where the unit lies), or in a grid by code when the catalog
// gives no positions. Each tile is coloured by the chosen indicator against its target, or by
// the spread of values when the indicator has no target. Hover shows exact figures.
class TileMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TileMapWidget(QWidget *parent = nullptr);

    void setState(DashboardStatePtr state);
    void setIndicator(const QString &indicatorId);
    void setParentUnit(const QString &unitCode);
    // Greys every tile, for figures that no live feed refreshes any more.
    void setStale(bool stale);

    // The tile under a point in widget coordinates; empty when there is none.
    QString unitAt(const QPointF &position) const;
    QRectF tileRect(const QString &unitCode) const { return m_tileRects.value(unitCode); }

signals:
    void unitActivated(const QString &unitCode);
    void unitHovered(const QString &unitCode);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    // Arrow keys move between tiles by their map position; Enter or Space opens the tile.
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    QSize sizeHint() const override { return {640, 640}; }

private:
    struct Tile
    {
        QString code;
        int row = 0;
        int column = 0;
    };

    void layoutTiles();
    void moveCurrentTile(int rowStep, int columnStep);
    QColor tileColor(const Indicator &indicator, const QString &code) const;
    void paintLegend(QPainter &painter, const Indicator &indicator, const QRectF &area);
    void paintFreshnessMark(QPainter &painter, const QRectF &rect, const UnitFigure *figure);
    void paintAlertMark(QPainter &painter, const QRectF &rect, const QString &code);

    DashboardStatePtr m_state;
    QString m_indicator = QStringLiteral("e_result");
    QString m_parentUnit = QStringLiteral("79");
    QVector<Tile> m_tiles;
    QHash<QString, QRectF> m_tileRects;
    QString m_hovered;
    double m_bestValue = 0;
    double m_worstValue = 0;
    bool m_stale = false;
};

} // namespace soc
