#pragma once

#include "core/dashboard_state.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace soc {

class RankingModel;

// Indicator Ranking: every unit on one indicator as a horizontal bar chart, best first, with
// the target as a line, and the same ranking as a table. Clicking a bar or a row activates the
// unit.
class RankingPage : public QWidget
{
    Q_OBJECT

public:
    explicit RankingPage(QWidget *parent = nullptr);

    void setState(DashboardStatePtr state);
    const QString &indicator() const;
    void setIndicator(const QString &indicatorId);

    RankingModel *rankingModel() const { return m_model; }
    QChart *chart() const { return m_chart; }

signals:
    void indicatorChanged(const QString &indicatorId);
    void unitActivated(const QString &unitCode);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildChart();
    void retranslate();
    void applyScale();
    void fillIndicatorBox();

    DashboardStatePtr m_state;
    QLabel *m_title = nullptr;
    QLabel *m_indicatorLabel = nullptr;
    QComboBox *m_indicatorBox = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_table = nullptr;
    RankingModel *m_model = nullptr;
    QStringList m_barUnits; // unit code of each bar, top to bottom
    QString m_chartSignature; // what the chart shows now; see rebuildChart()
};

} // namespace soc
