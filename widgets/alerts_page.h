#pragma once

#include "core/dashboard_state.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace soc {

class AlertsModel;

// Alerts: every alert that is not normal, filtered by severity, state and a text that matches
// the unit, indicator or rule, with acknowledge, shelve for an hour and unshelve on the selected
// row. A flood row acts on every alert under it. The page only emits requests; the owner
// carries them out on the feed thread.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 ShelveDurationMs = 3600 * 1000;

    explicit AlertsPage(QWidget *parent = nullptr);

    void setState(DashboardStatePtr state);
    AlertsModel *alertsModel() const { return m_model; }
    QSortFilterProxyModel *filteredModel() const { return m_filter; }
    // The alert ids of the selected row; empty without a selection.
    QStringList selectedAlertIds() const;

signals:
    void acknowledgeRequested(const QStringList &alertIds);
    void shelveRequested(const QStringList &alertIds, qint64 durationMs);
    void unshelveRequested(const QStringList &alertIds);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void applyScale();
    void applyFilters();
    void updateButtons();

    DashboardStatePtr m_state;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_severityBox = nullptr;
    QComboBox *m_stateBox = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QPushButton *m_acknowledgeButton = nullptr;
    QPushButton *m_shelveButton = nullptr;
    QPushButton *m_unshelveButton = nullptr;
    QTreeView *m_table = nullptr;
    AlertsModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
};

} // namespace soc
