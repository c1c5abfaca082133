#include "widgets/feeds_page.h"

#include "models/display_format.h"
#include "models/feeds_model.h"
#include "widgets/page_controls.h"
#include "widgets/page_scale.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace soc {

FeedsPage::FeedsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("feedsPage"));
    m_title = createLabel(this);
    m_summary = createLabel(this);
    m_connectionsTitle = createLabel(this);
    m_sourcesTitle = createLabel(this);
    m_connections = new ConnectionsModel(this);
    m_feeds = new FeedsModel(this);
    m_connectionsTable = createTable(m_connections, QStringLiteral("connectionsTable"), this);
    m_sourcesTable = createTable(m_feeds, QStringLiteral("sourcesTable"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_connectionsTitle);
    layout->addWidget(m_connectionsTable);
    layout->addWidget(m_sourcesTitle);
    layout->addWidget(m_sourcesTable, 1);

    retranslate();
    applyScale();
}

void FeedsPage::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    m_connections->setState(m_state);
    m_feeds->setState(m_state);
    retranslate();
}

void FeedsPage::retranslate()
{
    m_title->setText(tr("Feeds"));
    m_connectionsTitle->setText(tr("Connections"));
    m_sourcesTitle->setText(tr("Sources"));
    m_connectionsTable->setAccessibleName(tr("Feed connections"));
    m_sourcesTable->setAccessibleName(tr("Feed sources and their counters"));
    if (m_state) {
        const int unknown = m_state->unknownUnits().size();
        QString summary = tr("Last message from any source: %1 · rejected messages: %2")
                              .arg(formatDateTime(m_state->lastReceivedMs))
                              .arg(QLocale().toString(m_state->totalRejected()));
        if (unknown > 0)
            summary += tr(" · unknown unit codes: %1").arg(unknown);
        m_summary->setText(summary);
    }
    m_connections->refresh();
    m_feeds->refresh();
}

void FeedsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FeedsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void FeedsPage::applyScale()
{
    const double scale = uiScale(size());
    QFont base = font();
    base.setPixelSize(scaled(scale, 16));
    m_summary->setFont(base);
    scaleTable(m_connectionsTable, base, scale);
    scaleTable(m_sourcesTable, base, scale);
    // Room for a header and four connections; more scroll.
    m_connectionsTable->setFixedHeight(scaled(scale, 28) * 5 +
                                       2 * m_connectionsTable->frameWidth());

    const QFont title = pageTitleFont(base, scale);
    m_title->setFont(title);
    QFont section = base;
    section.setPixelSize(scaled(scale, 20));
    section.setBold(true);
    m_connectionsTitle->setFont(section);
    m_sourcesTitle->setFont(section);
    applyPageSpacing(layout(), scale);
}

} // namespace soc
