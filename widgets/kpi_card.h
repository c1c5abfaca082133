#pragma once

#include "core/dashboard_state.h"

#include <QAbstractButton>

namespace soc {

// A card with the city aggregate of one indicator: value, target, coverage and observation
// time, with a stripe in the target-status colour. Checkable: the checked card is the indicator
// that the map and the ranking show.
class KpiCard : public QAbstractButton
{
    Q_OBJECT

public:
    KpiCard(QString indicatorId, QWidget *parent = nullptr);

    const QString &indicatorId() const { return m_indicatorId; }
    void setState(DashboardStatePtr state, const QString &unitCode);
    void setStale(bool stale);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    QSize sizeHint() const override { return {280, 150}; }

private:
    void updateAccessibleText();

    QString m_indicatorId;
    QString m_unitCode;
    DashboardStatePtr m_state;
    bool m_stale = false;
};

} // namespace soc
