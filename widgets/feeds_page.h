#pragma once

#include "core/dashboard_state.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace soc {

class ConnectionsModel;
class FeedsModel;

// Feeds: each configured connection with its state, and each source with its last message,
// message rate, gaps, duplicates, restarts, rejected messages with the last reason, and the
// unit codes it sent that no catalog lists.
class FeedsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FeedsPage(QWidget *parent = nullptr);

    void setState(DashboardStatePtr state);
    FeedsModel *feedsModel() const { return m_feeds; }
    ConnectionsModel *connectionsModel() const { return m_connections; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void applyScale();

    DashboardStatePtr m_state;
    QLabel *m_title = nullptr;
    QLabel *m_connectionsTitle = nullptr;
    QLabel *m_sourcesTitle = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_connectionsTable = nullptr;
    QTableView *m_sourcesTable = nullptr;
    ConnectionsModel *m_connections = nullptr;
    FeedsModel *m_feeds = nullptr;
};

} // namespace soc
