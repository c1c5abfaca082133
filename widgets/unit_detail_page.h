#pragma once

#include "core/dashboard_state.h"
#include "core/trend_series.h"
#include "models/time_range.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QPushButton;
class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QTableView;
class QToolButton;

namespace soc {

class Score766Model;
class TimeRangeDialog;
class UnitDetailModel;

// Unit Detail: one unit's indicators as a table, the trend of the selected indicator against
// its target over a chosen time range, the overdue backlog trend, and the unit's Decision 766
// score in a chosen group (digitization first) with the points each criterion lost.
//
// The page never reads history itself. It emits trendRequested() when it needs points, and the
// owner answers through setTrend() on the UI thread; series that no longer match the unit,
// indicator or range on screen are ignored.
class UnitDetailPage : public QWidget
{
    Q_OBJECT

public:
    static inline const QString BacklogIndicator = QStringLiteral("overdue_backlog");

    explicit UnitDetailPage(QWidget *parent = nullptr);

    void setState(DashboardStatePtr state);
    void setUnit(const QString &unitCode);
    const QString &unit() const { return m_unit; }
    void setSelectedIndicator(const QString &indicatorId);
    const QString &selectedIndicator() const { return m_indicator; }
    // Sets the range of both trend plots and requests their points again.
    void setTimeRange(const soc::TimeRange &range);
    const TimeRange &timeRange() const { return m_range; }
    // Shows the points of a series that answers the latest request for the selected indicator
    // or the backlog; other series are ignored.
    void setTrend(const soc::TrendSeries &series);

    UnitDetailModel *unitDetailModel() const { return m_model; }
    Score766Model *scoreModel() const { return m_scoreModel; }
    QComboBox *scoreGroupBox() const { return m_scoreGroupBox; }
    QCustomPlot *trendPlot() const { return m_trendPlot; }
    QCustomPlot *backlogPlot() const { return m_backlogPlot; }
    // The dialog of the custom range while it is open; null otherwise.
    TimeRangeDialog *rangeDialog() const { return m_rangeDialog; }

signals:
    // Points of one unit and indicator observed in [fromMs, toMs] (UTC milliseconds), at most
    // maxPoints of them.
    void trendRequested(const QString &unit, const QString &indicator, qint64 fromMs,
                        qint64 toMs, int maxPoints);
    // The user asked to open another unit, such as the parent from the header.
    void unitActivated(const QString &unitCode);
    // The user asked to rank every unit on this indicator, such as a Decision 766 group score.
    void rankingRequested(const QString &indicatorId);
    // The user chose another time range, with a button or the custom range dialog.
    void timeRangeChanged(const soc::TimeRange &range);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createRangeButtons();
    void setUpPlot(QCustomPlot *plot);
    void requestTrends();
    void showTrend(QCustomPlot *plot, const QString &indicatorId, const TrendSeries &series);
    void showHover(QCustomPlot *plot, const QString &indicatorId, QMouseEvent *event);
    void openRangeDialog();
    void checkRangeButton();
    void selectTableRow();
    void updateHeader();
    void updateScore();
    void fillScoreGroups();
    static void replotIfShown(QCustomPlot *plot);
    void retranslate();
    void applyScale();
    void stylePlot(QCustomPlot *plot, double scale);
    void updateGraphStyle(QCustomPlot *plot);

    DashboardStatePtr m_state;
    QString m_unit;
    QString m_indicator = QStringLiteral("e_result");
    TimeRange m_range;
    double m_scale = 1; // uiScale() of the page's size
    qint64 m_requestedFromMs = 0;
    qint64 m_requestedToMs = 0;
    qint64 m_lastRequestAtMs = 0; // builtAtMs of the state when the trends were last requested

    QToolButton *m_parentButton = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_alertSummary = nullptr;
    QTableView *m_table = nullptr;
    UnitDetailModel *m_model = nullptr;
    QLabel *m_scoreTitle = nullptr;
    QTableView *m_scoreTable = nullptr;
    Score766Model *m_scoreModel = nullptr;
    QComboBox *m_scoreGroupBox = nullptr;
    QPushButton *m_rankScoreButton = nullptr;
    QLabel *m_trendTitle = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QButtonGroup *m_rangeGroup = nullptr;
    QCustomPlot *m_trendPlot = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemTracer *m_backlogTracer = nullptr;
    TimeRangeDialog *m_rangeDialog = nullptr;
    QLabel *m_backlogTitle = nullptr;
    QCustomPlot *m_backlogPlot = nullptr;
};

} // namespace soc
