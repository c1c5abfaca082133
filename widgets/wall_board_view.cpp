#include "widgets/wall_board_view.h"

#include "models/target_status.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

constexpr double MarkPerText = 0.75;   // side of a row's mark, in text pixel sizes
constexpr double FigurePerText = 1.75; // headline figure size, in text pixel sizes
// Line height in ems: room for Vietnamese marks stacked over capitals (about 1 em above the
// baseline) and for descenders, with less lead than the font's own 1.36 em.
constexpr double LinePerEm = 1.25;
constexpr double AscentPerEm = 0.98;
constexpr int MinNotesWidthInText = 8; // narrower than this, the notes go under the figure

int lineHeight(const QFont &font)
{
    return int(std::lround(font.pixelSize() * LinePerEm));
}

int ascent(const QFont &font)
{
    return int(std::lround(font.pixelSize() * AscentPerEm));
}

QPainterPath triangle(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.center().x(), box.top());
    path.lineTo(box.bottomRight());
    path.lineTo(box.bottomLeft());
    path.closeSubpath();
    return path;
}

// The bar and dot of an alert sign, in black on the filled shape.
void paintExclamation(QPainter &painter, const QRectF &box)
{
    const double width = box.width() / 7;
    const QPointF centre = box.center();
    painter.setBrush(Qt::black);
    painter.setPen(Qt::NoPen);
    painter.drawRect(
        QRectF(centre.x() - width / 2, box.top() + box.height() * 0.3, width, box.height() * 0.38));
    painter.drawRect(QRectF(centre.x() - width / 2, box.top() + box.height() * 0.76, width, width));
}

} // namespace

WallBoardView::WallBoardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("wallBoard"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
}

void WallBoardView::setBoard(const WallBoard &board)
{
    m_board = board;
    update();
}

void WallBoardView::setTextPixels(int pixels)
{
    m_textPixels = std::max(8, pixels);
    update();
}

QColor WallBoardView::markColor(WallMark mark)
{
    // Brighter than the workstation's status colours, which are too dark on black.
    switch (mark) {
    case WallMark::Meets:
        return QColor(0x56, 0xb4, 0xe9);
    case WallMark::Near:
    case WallMark::Warning:
        return QColor(0xff, 0xb0, 0x00);
    case WallMark::Below:
        return QColor(0xff, 0x6b, 0x5a);
    case WallMark::Critical:
        return QColor(0xff, 0x3b, 0x30);
    case WallMark::NoData:
        return QColor(0xb0, 0xb0, 0xb0);
    case WallMark::None:
        break;
    }
    return {};
}

void WallBoardView::paintMark(QPainter &painter, const QRectF &box, WallMark mark, bool hollow,
                              bool greyed)
{
    if (mark == WallMark::None)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = greyed ? soc::greyed(markColor(mark)) : markColor(mark);
    const double line = std::max(2.0, box.width() / 8);
    const bool outline = hollow || mark == WallMark::NoData;
    painter.setPen(outline ? QPen(color, line) : QPen(Qt::NoPen));
    painter.setBrush(outline ? QBrush(Qt::NoBrush) : QBrush(color));
    const QRectF inner = outline ? box.adjusted(line / 2, line / 2, -line / 2, -line / 2) : box;
    switch (mark) {
    case WallMark::Meets:
    case WallMark::NoData:
        painter.drawEllipse(inner);
        break;
    case WallMark::Near:
    case WallMark::Warning:
        painter.drawPath(triangle(inner));
        break;
    case WallMark::Below:
    case WallMark::Critical: {
        const double inset = inner.width() * 0.08;
        painter.drawRect(inner.adjusted(inset, inset, -inset, -inset));
        break;
    }
    case WallMark::None:
        break;
    }
    if (!outline && (mark == WallMark::Critical || mark == WallMark::Warning))
        paintExclamation(painter, box);
    painter.restore();
}

QFont WallBoardView::textFont(bool bold) const
{
    QFont result = font();
    result.setPixelSize(m_textPixels);
    result.setBold(bold);
    return result;
}

QString WallBoardView::fitted(const QFontMetrics &metrics, const QString &text, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    ++m_elidedTexts;
    return metrics.elidedText(text, Qt::ElideRight, std::max(0, width));
}

QColor WallBoardView::textColor() const
{
    // Light grey for figures that no live feed refreshes any more; still 12:1 on black.
    return m_board.stale ? QColor(0xbd, 0xbd, 0xbd) : QColor(Qt::white);
}

void WallBoardView::paintBoardMark(QPainter &painter, const QRectF &box, WallMark mark,
                                   bool hollow) const
{
    paintMark(painter, box, mark, hollow, m_board.stale);
}

void WallBoardView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    painter.setPen(textColor());
    m_elidedTexts = 0;
    const int margin = m_textPixels / 2;
    QRect area = rect().adjusted(margin, margin / 2, -margin, -margin / 2);
    area.setTop(area.top() + paintTitle(painter, area));
    area.setTop(area.top() + paintHeadline(painter, area));
    paintRows(painter, area);
}

int WallBoardView::paintTitle(QPainter &painter, const QRect &area)
{
    const QFont font = textFont(true);
    const QFontMetrics metrics(font);
    QString text = m_board.title;
    if (metrics.horizontalAdvance(text) > area.width() && !m_board.shortTitle.isEmpty())
        text = m_board.shortTitle;
    painter.setFont(font);
    painter.setPen(textColor());
    painter.drawText(QPoint(area.left(), area.top() + ascent(font)),
                     fitted(metrics, text, area.width()));
    return lineHeight(font) + m_textPixels / 4;
}

int WallBoardView::paintHeadline(QPainter &painter, const QRect &area)
{
    if (m_board.figure.isEmpty() && m_board.notes.isEmpty())
        return 0;
    QFont figureFont = textFont(true);
    figureFont.setPixelSize(int(std::lround(m_textPixels * FigurePerText)));
    const QFontMetrics figureMetrics(figureFont);
    const QFont noteFont = textFont(false);
    const QFontMetrics noteMetrics(noteFont);
    const int markSide = int(m_textPixels * MarkPerText);
    const int gap = m_textPixels / 3;

    int x = area.left();
    int figureHeight = 0;
    if (!m_board.figure.isEmpty()) {
        figureHeight = lineHeight(figureFont);
        if (m_board.figureMark != WallMark::None) {
            const int side = int(markSide * 1.6);
            const int capCentre = area.top() + ascent(figureFont) - figureMetrics.capHeight() / 2;
            paintBoardMark(painter, QRectF(x, capCentre - side / 2.0, side, side),
                           m_board.figureMark);
            x += side + gap;
        }
        painter.setFont(figureFont);
        painter.setPen(textColor());
        const QString figure = fitted(figureMetrics, m_board.figure, area.right() - x);
        painter.drawText(QPoint(x, area.top() + ascent(figureFont)), figure);
        x += figureMetrics.horizontalAdvance(figure) + m_textPixels / 2;
    }

    // Beside the figure when the widest note fits there whole, else under it when it fits
    // there, else where there is more room.
    int notesWidth = 0;
    for (const WallBoardNote &note : m_board.notes) {
        const int markWidth = note.mark != WallMark::None ? markSide + gap : 0;
        notesWidth = std::max(notesWidth, markWidth + noteMetrics.horizontalAdvance(note.text));
    }
    // Under the figure the notes take lines from the rows. So they go there only when that
    // leaves two rows, or when the room beside the figure is too narrow to read.
    const int beside = area.right() - x;
    const int notesHeight = int(m_board.notes.size()) * lineHeight(noteFont);
    const int underHeight = figureHeight + notesHeight + m_textPixels / 4;
    const bool roomUnder =
        m_board.rows.isEmpty() || area.height() - underHeight >= 2 * lineHeight(noteFont);
    const bool below = notesWidth > beside && ((notesWidth <= area.width() && roomUnder) ||
                                               beside < MinNotesWidthInText * m_textPixels);
    int noteTop = area.top();
    if (below) {
        x = area.left();
        noteTop += figureHeight;
    } else if (figureHeight > 0) {
        // Centre the notes on the figure when they are fewer than it is tall.
        noteTop += std::max(0, (figureHeight - notesHeight) / 2);
    }
    painter.setFont(noteFont);
    int y = noteTop;
    for (const WallBoardNote &note : m_board.notes) {
        if (y + lineHeight(noteFont) > area.bottom() + 1)
            break; // no room left on the screen
        int noteX = x;
        if (note.mark != WallMark::None) {
            const int centre = y + ascent(noteFont) - noteMetrics.capHeight() / 2;
            paintBoardMark(painter, QRectF(noteX, centre - markSide / 2.0, markSide, markSide),
                           note.mark);
            noteX += markSide + gap;
        }
        painter.setPen(textColor());
        painter.drawText(QPoint(noteX, y + ascent(noteFont)),
                         fitted(noteMetrics, note.text, area.right() - noteX));
        y += lineHeight(noteFont);
    }
    return std::max(area.top() + figureHeight, y) - area.top() + m_textPixels / 4;
}

QString WallBoardView::moreText(int hidden) const
{
    switch (m_board.rowKind) {
    case WallRows::Indicators:
        return tr("+%n more indicator(s)", nullptr, hidden);
    case WallRows::Alerts:
        return tr("+%n more alert(s)", nullptr, hidden);
    case WallRows::Feeds:
        return tr("+%n more feed(s)", nullptr, hidden);
    case WallRows::Units:
        break;
    }
    return tr("+%n more unit(s)", nullptr, hidden);
}

QVector<WallBoardView::RowSlot> WallBoardView::placesFor(int capacity) const
{
    const int count = int(m_board.rows.size());
    QVector<RowSlot> places;
    if (capacity <= 0 || count == 0)
        return places;
    if (count <= capacity) {
        for (int i = 0; i < count; ++i)
            places.append({i, 0});
        return places;
    }
    if (capacity == 1) {
        places.append({-1, count});
        return places;
    }
    const int visible = capacity - 1;
    const int head = m_board.keepFirstAndLast ? (visible + 1) / 2 : visible;
    for (int i = 0; i < head; ++i)
        places.append({i, 0});
    places.append({-1, count - visible});
    for (int i = count - (visible - head); i < count; ++i)
        places.append({i, 0});
    return places;
}

void WallBoardView::paintRows(QPainter &painter, const QRect &area)
{
    const QFont labelFont = textFont(false);
    const QFont valueFont = textFont(true);
    const QFontMetrics labelMetrics(labelFont);
    const QFontMetrics valueMetrics(valueFont);
    const int rowHeight = std::max(lineHeight(labelFont), lineHeight(valueFont));
    const int count = int(m_board.rows.size());
    m_shownRows.clear();
    if (count == 0) {
        painter.setFont(labelFont);
        painter.setPen(textColor());
        if (area.height() >= rowHeight) {
            painter.drawText(QPoint(area.left(), area.top() + ascent(labelFont)),
                             fitted(labelMetrics, m_board.emptyText, area.width()));
        }
        return;
    }

    // The widest row decides how many columns fit side by side.
    int rankWidth = 0;
    int labelWidth = 0;
    int valueWidth = 0;
    for (const WallBoardRow &row : m_board.rows) {
        rankWidth = std::max(rankWidth, valueMetrics.horizontalAdvance(row.rank));
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(row.label));
        valueWidth = std::max(valueWidth, valueMetrics.horizontalAdvance(row.value));
    }
    if (rankWidth > 0)
        rankWidth += m_textPixels / 3;
    const int gap = m_textPixels;
    const int needed = int(m_textPixels * MarkPerText) + m_textPixels / 3 + rankWidth + labelWidth +
                       gap + valueWidth;
    const int rowsPerColumn = area.height() / rowHeight;
    const int columnsNeeded = rowsPerColumn > 0 ? (count + rowsPerColumn - 1) / rowsPerColumn : 1;
    const int columns =
        std::clamp((area.width() + gap) / (needed + gap), 1, std::max(1, columnsNeeded));
    // No wider than the rows need, so that each figure stays near its name.
    const int columnWidth =
        std::min((area.width() - (columns - 1) * gap) / columns, needed + 2 * m_textPixels);

    const QVector<RowSlot> places = placesFor(rowsPerColumn * columns);
    for (int i = 0; i < places.size(); ++i) {
        const QRect box(area.left() + (i / rowsPerColumn) * (columnWidth + gap),
                        area.top() + (i % rowsPerColumn) * rowHeight, columnWidth, rowHeight);
        if (places.at(i).row >= 0) {
            paintRow(painter, box, m_board.rows.at(places.at(i).row), rankWidth);
            m_shownRows.append(places.at(i).row);
            continue;
        }
        painter.setFont(labelFont);
        painter.setPen(textColor());
        const QString more = moreText(places.at(i).hidden);
        painter.drawText(QPoint(box.left(), box.top() + ascent(labelFont)),
                         fitted(labelMetrics, more, box.width()));
    }
}

void WallBoardView::paintRow(QPainter &painter, const QRect &box, const WallBoardRow &row,
                             int rankWidth)
{
    const QFont labelFont = textFont(false);
    const QFont valueFont = textFont(true);
    const QFontMetrics labelMetrics(labelFont);
    const QFontMetrics valueMetrics(valueFont);
    const int baseline = box.top() + ascent(valueFont);
    const double side = m_textPixels * MarkPerText;
    const double centre = baseline - valueMetrics.capHeight() / 2.0;
    paintBoardMark(painter, QRectF(box.left(), centre - side / 2, side, side), row.mark,
                   row.hollow);

    int x = box.left() + int(side) + m_textPixels / 3;
    painter.setPen(textColor());
    painter.setFont(valueFont);
    if (rankWidth > 0) {
        const int width = valueMetrics.horizontalAdvance(row.rank);
        painter.drawText(QPoint(x + rankWidth - m_textPixels / 3 - width, baseline), row.rank);
        x += rankWidth;
    }
    const QString value = fitted(valueMetrics, row.value, box.right() - x);
    const int valueWidth = valueMetrics.horizontalAdvance(value);
    painter.drawText(QPoint(box.right() - valueWidth, baseline), value);

    painter.setFont(labelFont);
    const int labelRoom = box.right() - valueWidth - m_textPixels / 2 - x;
    const bool shorter =
        !row.shortLabel.isEmpty() && labelMetrics.horizontalAdvance(row.label) > labelRoom;
    painter.drawText(QPoint(x, baseline),
                     fitted(labelMetrics, shorter ? row.shortLabel : row.label, labelRoom));
}

} // namespace soc
