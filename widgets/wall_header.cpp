#include "widgets/wall_header.h"

#include "models/display_format.h"
#include "widgets/wall_board_view.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace soc {

namespace {

constexpr double MarkPerText = 0.75;

} // namespace

WallHeader::WallHeader(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("wallHeader"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    relayout();
}

void WallHeader::setTextPixels(int pixels)
{
    m_textPixels = std::max(8, pixels);
    relayout();
}

void WallHeader::setState(const DashboardStatePtr &state)
{
    m_state = state;
    relayout();
}

void WallHeader::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    relayout();
}

int WallHeader::lineHeight() const
{
    return int(std::lround(m_textPixels * 1.25));
}

QFont WallHeader::headerFont() const
{
    QFont result = font();
    result.setPixelSize(m_textPixels);
    result.setBold(true);
    return result;
}

void WallHeader::setErrorCount(int count)
{
    if (count == m_errorCount)
        return;
    m_errorCount = count;
    relayout();
}

QString WallHeader::errorText() const
{
    return m_errorCount > 0 ? tr("%n error(s)", nullptr, m_errorCount) : QString();
}

QString WallHeader::markText() const
{
    if (!m_state)
        return QString();
    if (isReplayState(*m_state)) {
        // Day and month as words in English, where 05/12 reads as 12 May to many.
        const QDateTime moment = cityDateTime(m_state->builtAtMs);
        const QString text = currentLanguage() == Language::English
                                 ? QLocale(QLocale::English).toString(moment, "d MMM HH:mm")
                                 : moment.toString(QStringLiteral("dd/MM HH:mm"));
        // A rewound demo feed is still simulated.
        return m_state->demo ? tr("DEMO REPLAY %1").arg(text) : tr("REPLAY %1").arg(text);
    }
    if (m_state->demo)
        return tr("DEMO DATA", "short mark on the wall");
    return QString();
}

QString WallHeader::clockText() const
{
    if (m_nowMs <= 0)
        return QString();
    return formatTime(m_nowMs);
}

QVector<WallHeader::AgeItem> WallHeader::ageItems() const
{
    QVector<AgeItem> items;
    if (!m_state)
        return items;
    if (m_state->sources.isEmpty() && !m_state->connections.isEmpty()) {
        items.append({tr("no source heard from yet"), WallMark::NoData});
        return items;
    }
    const qint64 now = ageReference(*m_state, m_nowMs);
    QVector<const SourceStatus *> sources;
    for (const SourceStatus &source : m_state->sources)
        sources.append(&source);
    // Oldest first, sources never heard from before all others.
    auto age = [now](const SourceStatus *source) {
        return source->lastSeenMs <= 0 ? std::numeric_limits<qint64>::max()
                                       : now - source->lastSeenMs;
    };
    std::stable_sort(
        sources.begin(), sources.end(),
        [&age](const SourceStatus *a, const SourceStatus *b) { return age(a) > age(b); });
    for (const SourceStatus *source : sources)
        items.append({sourceAgeText(*source, now), dataAgeMark(dataAge(*source, now))});
    return items;
}

QStringList WallHeader::ageTexts() const
{
    QStringList texts;
    for (const AgeItem &item : ageItems()) {
        texts << (item.mark == WallMark::Below ? tr("⚠ %1").arg(item.text) : item.text);
    }
    return texts;
}

int WallHeader::itemWidth(const QFontMetrics &metrics, const AgeItem &item) const
{
    return int(m_textPixels * MarkPerText) + m_textPixels / 4 +
           metrics.horizontalAdvance(item.text);
}

QVector<WallHeader::AgeItem> WallHeader::fitAges(const QVector<AgeItem> &items, int width) const
{
    const QFontMetrics metrics(headerFont());
    const int gap = m_textPixels;
    auto fits = [&](const QVector<AgeItem> &row) {
        int total = -gap;
        for (const AgeItem &item : row)
            total += itemWidth(metrics, item) + gap;
        return total <= width;
    };
    for (int shown = int(items.size()); shown >= 0; --shown) {
        const QVector<AgeItem> named = items.mid(0, shown);
        const int rest = int(items.size()) - shown;
        if (rest == 0) {
            if (fits(named))
                return named;
            continue;
        }
        // Items come oldest first, so the rest are no older than the last one shown.
        const bool allCurrent =
            std::all_of(items.begin() + shown, items.end(),
                        [](const AgeItem &item) { return item.mark == WallMark::Meets; });
        QStringList counts;
        if (allCurrent && shown == 0) {
            counts << tr("%n sources, all under 1 min", nullptr, rest)
                   << tr("%n < 1 min", "sources whose data is under a minute old", rest);
        } else if (allCurrent) {
            counts << tr("+%n more, all under 1 min", nullptr, rest)
                   << tr("+%n more", nullptr, rest);
        } else {
            counts << tr("+%n more", nullptr, rest);
        }
        for (const QString &count : counts) {
            QVector<AgeItem> row = named;
            row.append({count, items.at(shown).mark});
            if (fits(row))
                return row;
        }
    }
    return {};
}

QRect WallHeader::markRect(const QFontMetrics &metrics) const
{
    const QString mark = markText();
    if (mark.isEmpty())
        return {};
    const int padding = m_textPixels / 3;
    return QRect(m_textPixels / 2, m_textPixels / 4, metrics.horizontalAdvance(mark) + 2 * padding,
                 lineHeight());
}

QRect WallHeader::errorRect(const QFontMetrics &metrics) const
{
    if (m_errorCount <= 0)
        return {};
    const QRect mark = markRect(metrics);
    const int left = mark.isNull() ? m_textPixels / 2 : mark.right() + m_textPixels;
    const int width =
        int(m_textPixels * MarkPerText) + m_textPixels / 4 + metrics.horizontalAdvance(errorText());
    return QRect(left, m_textPixels / 4, width, lineHeight());
}

void WallHeader::relayout()
{
    const QFontMetrics metrics(headerFont());
    const int margin = m_textPixels / 2;
    const QRect mark = markRect(metrics);
    const QRect errors = errorRect(metrics);
    int left = mark.isNull() ? margin : mark.right() + m_textPixels;
    if (!errors.isNull())
        left = errors.right() + m_textPixels;
    const int right = width() - margin - metrics.horizontalAdvance(clockText()) - m_textPixels;
    const QVector<AgeItem> items = ageItems();

    // A late or stale source needs its name in view, on a row of its own if that names it.
    auto namesOldest = [&items](const QVector<AgeItem> &row) {
        return !row.isEmpty() && row.first().text == items.first().text;
    };
    m_layout = fitAges(items, right - left);
    m_secondRow = false;
    if (!items.isEmpty() && !namesOldest(m_layout) &&
        (m_layout.isEmpty() || items.first().mark != WallMark::Meets)) {
        const QVector<AgeItem> below = fitAges(items, width() - 2 * margin);
        if (m_layout.isEmpty() || namesOldest(below)) {
            m_layout = below;
            m_secondRow = true;
        }
    }
    m_shownAges.clear();
    for (const AgeItem &item : m_layout)
        m_shownAges << item.text;

    const int rows = m_secondRow ? 2 : 1;
    const int height = rows * lineHeight() + m_textPixels / 2 + (rows - 1) * m_textPixels / 8;
    if (height != this->height())
        setFixedHeight(height);
    update();
}

void WallHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    const QFont font = headerFont();
    const QFontMetrics metrics(font);
    painter.setFont(font);
    const int margin = m_textPixels / 2;
    const int top = m_textPixels / 4;

    const QRect mark = markRect(metrics);
    if (!mark.isNull()) {
        // Black on amber, the reverse of everything else on the wall.
        painter.fillRect(mark, QColor(0xff, 0xb0, 0x00));
        painter.setPen(Qt::black);
        painter.drawText(mark, Qt::AlignCenter, markText());
    }
    const QRect errors = errorRect(metrics);
    if (!errors.isNull()) {
        const double side = m_textPixels * MarkPerText;
        const int baseline = top + int(std::lround(m_textPixels * 0.98));
        const double centre = baseline - metrics.capHeight() / 2.0;
        WallBoardView::paintMark(painter, QRectF(errors.left(), centre - side / 2, side, side),
                                 WallMark::Warning);
        painter.setPen(WallBoardView::markColor(WallMark::Warning));
        painter.drawText(QPoint(errors.left() + int(side) + m_textPixels / 4, baseline),
                         errorText());
    }
    painter.setPen(Qt::white);
    const QString clock = clockText();
    painter.drawText(QPoint(width() - margin - metrics.horizontalAdvance(clock),
                            top + int(std::lround(m_textPixels * 0.98))),
                     clock);

    int x = margin;
    if (!m_secondRow)
        x = !errors.isNull() ? errors.right() + m_textPixels
                             : (mark.isNull() ? margin : mark.right() + m_textPixels);
    const int baseline = top + int(std::lround(m_textPixels * 0.98)) +
                         (m_secondRow ? lineHeight() + m_textPixels / 8 : 0);
    const double side = m_textPixels * MarkPerText;
    for (const AgeItem &item : m_layout) {
        const double centre = baseline - metrics.capHeight() / 2.0;
        WallBoardView::paintMark(painter, QRectF(x, centre - side / 2, side, side), item.mark);
        x += int(side) + m_textPixels / 4;
        painter.setPen(item.mark == WallMark::Meets ? QColor(Qt::white)
                                                    : WallBoardView::markColor(item.mark));
        painter.drawText(QPoint(x, baseline), item.text);
        x += metrics.horizontalAdvance(item.text) + m_textPixels;
    }
}

void WallHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WallHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}

} // namespace soc
