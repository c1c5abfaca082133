#pragma once

#include "core/dashboard_state.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace soc {

class KpiCard;
class RankingModel;
class TileMapWidget;

// City Overview: a tile map of the units coloured by the chosen indicator, cards with the city
// aggregates and their coverage, and a ranking of the units on the chosen indicator.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setState(DashboardStatePtr state);
    const QString &indicator() const { return m_indicator; }
    void setIndicator(const QString &indicatorId);

    TileMapWidget *tileMap() const { return m_map; }
    RankingModel *rankingModel() const { return m_model; }

signals:
    void indicatorChanged(const QString &indicatorId);
    void unitActivated(const QString &unitCode);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void applyScale();
    void fillIndicatorBox();
    void updateHeader();

    DashboardStatePtr m_state;
    QString m_indicator = QStringLiteral("e_result");
    QString m_cityCode = QStringLiteral("79");

    QLabel *m_title = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_indicatorLabel = nullptr;
    QComboBox *m_indicatorBox = nullptr;
    QLabel *m_mapTitle = nullptr;
    QLabel *m_rankingTitle = nullptr;
    TileMapWidget *m_map = nullptr;
    QVector<KpiCard *> m_cards;
    QTableView *m_table = nullptr;
    RankingModel *m_model = nullptr;
};

} // namespace soc
