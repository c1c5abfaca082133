#pragma once

#include "models/wall_board.h"

#include <QWidget>

namespace soc {

// Paints a WallBoard in type no smaller than the text size it is given. The title comes first,
// then the headline figure at 1.75 times that size with its notes beside it, then as many rows
// as fit, in as many columns as the width allows. Rows that do not fit are counted in a last row
// ("+12 more"), or, for a ranking, in a row between the first and the last ones. Text that is
// too wide is cut with an ellipsis, never shrunk. White on black for the most contrast; the
// marks use colours that stay apart for colour-blind readers and differ in shape as well.
class WallBoardView : public QWidget
{
    Q_OBJECT

public:
    explicit WallBoardView(QWidget *parent = nullptr);

    void setBoard(const WallBoard &board);
    const WallBoard &board() const { return m_board; }
    // Pixel size of the smallest type; the headline figure is 1.75 times that.
    void setTextPixels(int pixels);
    int textPixels() const { return m_textPixels; }

    // Of the last layout: the rows shown (indexes into the board's rows), the rows left out,
    // and the texts cut with an ellipsis.
    const QVector<int> &shownRows() const { return m_shownRows; }
    int hiddenRows() const { return int(m_board.rows.size() - m_shownRows.size()); }
    int elidedTexts() const { return m_elidedTexts; }

    // Draws a mark centred in `box`, in its colour and shape.
    // `greyed` takes the colour out, for figures that are no longer current.
    static void paintMark(QPainter &painter, const QRectF &box, WallMark mark, bool hollow = false,
                          bool greyed = false);
    static QColor markColor(WallMark mark);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct RowSlot
    {
        int row = -1;   // index into m_board.rows; -1 for the row that counts the others
        int hidden = 0; // for that row
    };

    QFont textFont(bool bold) const;
    QColor textColor() const;
    void paintBoardMark(QPainter &painter, const QRectF &box, WallMark mark,
                        bool hollow = false) const;
    QString fitted(const QFontMetrics &metrics, const QString &text, int width);
    int paintTitle(QPainter &painter, const QRect &area);
    int paintHeadline(QPainter &painter, const QRect &area);
    void paintRows(QPainter &painter, const QRect &area);
    void paintRow(QPainter &painter, const QRect &box, const WallBoardRow &row, int rankWidth);
    QVector<RowSlot> placesFor(int capacity) const;
    QString moreText(int hidden) const;

    WallBoard m_board;
    int m_textPixels = 48;
    QVector<int> m_shownRows;
    int m_elidedTexts = 0;
};

} // namespace soc
