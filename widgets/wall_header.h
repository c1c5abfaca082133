#pragma once

#include "core/dashboard_state.h"
#include "models/wall_board.h"

#include <QWidget>

namespace soc {

// The strip across the top of the wall, in the wall's text size. The mark of simulated or
// replayed data is on the left, the clock in Ho Chi Minh City time on the right, and the data
// age of every source between them, oldest first. Sources that do not fit are counted in a
// last item ("+4 more, all under 1 min"). When all are current and none fits by name, one item
// counts them ("6 < 1 min"). The ages take a second row when nothing fits beside the mark, or
// when a late or stale source fits by name only there. UI thread only.
class WallHeader : public QWidget
{
    Q_OBJECT

public:
    explicit WallHeader(QWidget *parent = nullptr);

    void setState(const DashboardStatePtr &state);
    // Redraws the clock and the ages as of `nowMs` (ms since the epoch).
    void setNow(qint64 nowMs);
    void setTextPixels(int pixels);
    // Errors since the start, shown after the mark while there are any.
    void setErrorCount(int count);
    QString errorText() const;

    // The text of the mark: "DEMO DATA", "REPLAY 04/12 10:00", or empty on live data.
    QString markText() const;
    QString clockText() const;
    // "tthc 42 s" for every source, oldest first, with "⚠ " before stale ones.
    QStringList ageTexts() const;
    // Of the last layout: the ages in view, and whether they took a second row.
    const QStringList &shownAgeTexts() const { return m_shownAges; }
    bool agesOnSecondRow() const { return m_secondRow; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct AgeItem
    {
        QString text;
        WallMark mark = WallMark::None;
    };

    QVector<AgeItem> ageItems() const;
    QFont headerFont() const;
    int lineHeight() const; // as the boards' rows, see WallBoardView
    int itemWidth(const QFontMetrics &metrics, const AgeItem &item) const;
    // The items that fit in `width`, with the item that counts the others when needed.
    QVector<AgeItem> fitAges(const QVector<AgeItem> &items, int width) const;
    QRect markRect(const QFontMetrics &metrics) const;
    // The error count's place, after the mark; null without errors.
    QRect errorRect(const QFontMetrics &metrics) const;
    void relayout();

    DashboardStatePtr m_state;
    qint64 m_nowMs = 0;
    int m_textPixels = 48;
    int m_errorCount = 0;
    bool m_secondRow = false;
    QStringList m_shownAges;
    QVector<AgeItem> m_layout; // ages in view
};

} // namespace soc
