#include "widgets/alerts_page.h"

#include "models/alerts_model.h"
#include "widgets/page_scale.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace soc {

namespace {

// Keeps the rows whose severity and state match the chosen ones (-1 for any) and whose unit,
// indicator or rule contains the text.
class AlertFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(int severity, int state, const QString &text)
    {
        m_severity = severity;
        m_state = state;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_severity >= 0 && index.data(AlertsModel::SeverityRole).toInt() != m_severity)
            return false;
        if (m_state >= 0 && index.data(AlertsModel::StateRole).toInt() != m_state)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column : {AlertsModel::UnitColumn, AlertsModel::IndicatorColumn,
                           AlertsModel::RuleColumn}) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(
                    m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    int m_severity = -1;
    int m_state = -1;
    QString m_text;
};

const AlertState FilterStates[] = {AlertState::ActiveUnacked, AlertState::ActiveAcked,
                                   AlertState::ClearedUnacked, AlertState::Shelved,
                                   AlertState::Suppressed};

} // namespace

AlertsPage::AlertsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alertsPage"));
    m_title = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_severityBox = new QComboBox(this);
    m_severityBox->setObjectName(QStringLiteral("alertSeverityFilter"));
    m_stateBox = new QComboBox(this);
    m_stateBox->setObjectName(QStringLiteral("alertStateFilter"));
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("alertTextFilter"));
    m_textFilter->setClearButtonEnabled(true);
    m_acknowledgeButton = new QPushButton(this);
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeButton"));
    m_shelveButton = new QPushButton(this);
    m_shelveButton->setObjectName(QStringLiteral("shelveButton"));
    m_unshelveButton = new QPushButton(this);
    m_unshelveButton->setObjectName(QStringLiteral("unshelveButton"));

    m_model = new AlertsModel(this);
    m_filter = new AlertFilter(this);
    m_filter->setSourceModel(m_model);
    // A flood row is kept when one of its units matches, and then lists only those that match.
    m_filter->setRecursiveFilteringEnabled(true);
    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severityBox);
    filters->addWidget(m_stateBox);
    filters->addWidget(m_textFilter, 1);
    filters->addSpacing(16);
    filters->addWidget(m_acknowledgeButton);
    filters->addWidget(m_shelveButton);
    filters->addWidget(m_unshelveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_severityBox, &QComboBox::activated, this, &AlertsPage::applyFilters);
    connect(m_stateBox, &QComboBox::activated, this, &AlertsPage::applyFilters);
    connect(m_textFilter, &QLineEdit::textChanged, this, &AlertsPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateButtons);
    connect(m_acknowledgeButton, &QPushButton::clicked, this,
            [this] { emit acknowledgeRequested(selectedAlertIds()); });
    connect(m_shelveButton, &QPushButton::clicked, this,
            [this] { emit shelveRequested(selectedAlertIds(), ShelveDurationMs); });
    connect(m_unshelveButton, &QPushButton::clicked, this,
            [this] { emit unshelveRequested(selectedAlertIds()); });

    retranslate();
    updateButtons();
    applyScale();
}

void AlertsPage::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    m_model->setState(m_state);
    retranslate();
    updateButtons();
}

QStringList AlertsPage::selectedAlertIds() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(AlertsModel::AlertIdsRole).toStringList();
}

void AlertsPage::applyFilters()
{
    static_cast<AlertFilter *>(m_filter)->setCriteria(m_severityBox->currentData().toInt(),
                                                      m_stateBox->currentData().toInt(),
                                                      m_textFilter->text());
    updateButtons();
}

void AlertsPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const auto state = rows.isEmpty()
                           ? AlertState::Normal
                           : static_cast<AlertState>(rows.first().data(AlertsModel::StateRole).toInt());
    m_acknowledgeButton->setEnabled(state == AlertState::ActiveUnacked ||
                                    state == AlertState::ClearedUnacked);
    m_shelveButton->setEnabled(!rows.isEmpty() && state != AlertState::Shelved &&
                               state != AlertState::Suppressed);
    m_unshelveButton->setEnabled(state == AlertState::Shelved);
}

void AlertsPage::retranslate()
{
    m_title->setText(tr("Alerts"));
    int unacknowledged = 0;
    int critical = 0;
    if (m_state) {
        for (const Alert &alert : m_state->alerts) {
            unacknowledged += alert.state == AlertState::ActiveUnacked ||
                              alert.state == AlertState::ClearedUnacked;
            critical += alert.severity == Severity::Critical && alert.conditionActive;
        }
    }
    m_summary->setText(tr("%1 alerts · %2 unacknowledged · %3 critical and active")
                           .arg(m_state ? m_state->alerts.size() : 0)
                           .arg(unacknowledged)
                           .arg(critical));

    const int severityIndex = std::max(0, m_severityBox->currentIndex());
    m_severityBox->clear();
    m_severityBox->addItem(tr("All severities"), -1);
    m_severityBox->addItem(AlertsModel::severityText(Severity::Critical),
                           static_cast<int>(Severity::Critical));
    m_severityBox->addItem(AlertsModel::severityText(Severity::Warning),
                           static_cast<int>(Severity::Warning));
    m_severityBox->setCurrentIndex(severityIndex);
    const int stateIndex = std::max(0, m_stateBox->currentIndex());
    m_stateBox->clear();
    m_stateBox->addItem(tr("All states"), -1);
    for (AlertState state : FilterStates)
        m_stateBox->addItem(AlertsModel::stateText(state), static_cast<int>(state));
    m_stateBox->setCurrentIndex(stateIndex);

    m_severityBox->setAccessibleName(tr("Filter by severity"));
    m_stateBox->setAccessibleName(tr("Filter by state"));
    m_textFilter->setPlaceholderText(tr("Filter by unit, indicator or rule"));
    m_textFilter->setAccessibleName(tr("Filter by unit, indicator or rule"));
    m_acknowledgeButton->setText(tr("&Acknowledge"));
    m_shelveButton->setText(tr("&Shelve for 1 hour"));
    m_unshelveButton->setText(tr("&Unshelve"));
    m_table->setAccessibleName(tr("Alerts"));
    m_model->refresh();
}

void AlertsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void AlertsPage::applyScale()
{
    const double scale = uiScale(size());
    QFont base = font();
    base.setPixelSize(scaled(scale, 16));
    scaleTree(m_table, base, scale);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_severityBox),
          static_cast<QWidget *>(m_stateBox), static_cast<QWidget *>(m_textFilter),
          static_cast<QWidget *>(m_acknowledgeButton), static_cast<QWidget *>(m_shelveButton),
          static_cast<QWidget *>(m_unshelveButton)})
        widget->setFont(base);
    const QFont title = pageTitleFont(base, scale);
    m_title->setFont(title);
    applyPageSpacing(layout(), scale);
}

} // namespace soc
