#pragma once

#include "core/dashboard_state.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace soc {

// The strip across the top of the wall: the mark of simulated or replayed data, the page on
// show and its place in the playlist, the data age of every source, and the clock in Ho Chi
// Minh City time. UI thread only.
class WallHeader : public QWidget
{
    Q_OBJECT

public:
    // Ages up to LateAfterMs read as current, up to StaleAfterMs as late (amber), and older
    // ones or sources never heard from as stale (red, with a warning sign).
    static constexpr qint64 LateAfterMs = 60 * 1000;
    static constexpr qint64 StaleAfterMs = 5 * 60 * 1000;

    explicit WallHeader(QWidget *parent = nullptr);

    void setState(const DashboardStatePtr &state);
    // Redraws the clock and the ages as of `nowMs` (ms since the epoch).
    void setNow(qint64 nowMs);
    void setPageTitle(const QString &title, int position, int count);
    void setTypeSizes(int headlinePixels, int labelPixels);

    // The text of the mark: "DEMO DATA", "REPLAY …", or empty on live data.
    QString markText() const;
    QString clockText() const;
    QStringList ageTexts() const;

    // Formats an age in seconds, minutes, hours or days, such as "42 s" or "3 h".
    static QString formatAge(qint64 ageMs);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMark();
    void updateTitle();
    void updateAges();
    void rebuildAgeLabels();

    DashboardStatePtr m_state;
    qint64 m_nowMs = 0;
    QString m_pageTitle;
    int m_position = 0;
    int m_count = 0;
    int m_labelPixels = 28;
    QLabel *m_mark = nullptr;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_agesLayout = nullptr;
    QList<QLabel *> m_ageLabels;
    QLabel *m_clock = nullptr;
};

} // namespace soc
