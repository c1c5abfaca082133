#include "widgets/overview_page.h"

#include "models/display_format.h"
#include "models/ranking_model.h"
#include "widgets/kpi_card.h"
#include "widgets/tile_map_widget.h"
#include "widgets/page_scale.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace soc {

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPage"));

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_demoBadge = new QLabel(this);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setTextFormat(Qt::PlainText);
    m_demoBadge->setAlignment(Qt::AlignCenter);
    m_demoBadge->setVisible(false);
    m_updated = new QLabel(this);
    m_updated->setTextFormat(Qt::PlainText);
    m_indicatorLabel = new QLabel(this);
    m_indicatorBox = new QComboBox(this);
    m_indicatorBox->setObjectName(QStringLiteral("indicatorBox"));
    m_indicatorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicatorLabel->setBuddy(m_indicatorBox);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_demoBadge);
    header->addStretch(1);
    header->addWidget(m_indicatorLabel);
    header->addWidget(m_indicatorBox);
    header->addSpacing(16);
    header->addWidget(m_updated);

    m_mapTitle = new QLabel(this);
    m_mapTitle->setTextFormat(Qt::PlainText);
    m_map = new TileMapWidget(this);
    m_map->setObjectName(QStringLiteral("tileMap"));
    auto *mapColumn = new QVBoxLayout;
    mapColumn->addWidget(m_mapTitle);
    mapColumn->addWidget(m_map, 1);

    auto *cardGrid = new QGridLayout;
    for (int i = 0; i < headlineIndicators().size(); ++i) {
        auto *card = new KpiCard(headlineIndicators().at(i), this);
        card->setObjectName(QStringLiteral("card_%1").arg(headlineIndicators().at(i)));
        card->setChecked(card->indicatorId() == m_indicator);
        connect(card, &KpiCard::clicked, this, [this, card] { setIndicator(card->indicatorId()); });
        cardGrid->addWidget(card, i / 4, i % 4);
        m_cards.append(card);
    }

    m_model = new RankingModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RankingModel::UnitColumn, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(m_model->unitAt(index.row()));
    });
    m_rankingTitle = new QLabel(this);
    m_rankingTitle->setTextFormat(Qt::PlainText);

    auto *rightColumn = new QVBoxLayout;
    rightColumn->addLayout(cardGrid, 4);
    rightColumn->addWidget(m_rankingTitle);
    rightColumn->addWidget(m_table, 5);

    auto *body = new QHBoxLayout;
    body->addLayout(mapColumn, 11);
    body->addLayout(rightColumn, 10);

    auto *page = new QVBoxLayout(this);
    page->addLayout(header);
    page->addLayout(body, 1);

    connect(m_map, &TileMapWidget::unitActivated, this, &OverviewPage::unitActivated);
    connect(m_indicatorBox, &QComboBox::activated, this, [this](int index) {
        setIndicator(m_indicatorBox->itemData(index).toString());
    });

    retranslate();
    applyScale();
}

void OverviewPage::setState(DashboardStatePtr state)
{
    const bool firstState = !m_state;
    m_state = std::move(state);
    if (firstState)
        fillIndicatorBox();
    if (m_state) {
        const QString root = m_state->units->primaryRoot();
        if (!root.isEmpty() && root != m_cityCode) {
            m_cityCode = root;
            m_map->setParentUnit(root);
            m_model->setParentUnit(root);
        }
    }
    const bool stale = m_state && m_state->liveFeedsDown();
    m_map->setState(m_state);
    m_map->setStale(stale);
    m_model->setState(m_state);
    for (KpiCard *card : std::as_const(m_cards)) {
        card->setState(m_state, m_cityCode);
        card->setStale(stale);
    }
    updateHeader();
}

void OverviewPage::setIndicator(const QString &indicatorId)
{
    if (indicatorId.isEmpty())
        return;
    const bool changed = indicatorId != m_indicator;
    m_indicator = indicatorId;
    m_map->setIndicator(indicatorId);
    m_model->setIndicator(indicatorId);
    for (KpiCard *card : std::as_const(m_cards))
        card->setChecked(card->indicatorId() == indicatorId);
    const int boxIndex = m_indicatorBox->findData(indicatorId);
    if (boxIndex >= 0)
        m_indicatorBox->setCurrentIndex(boxIndex);
    updateHeader();
    if (changed)
        emit indicatorChanged(indicatorId);
}

void OverviewPage::fillIndicatorBox()
{
    m_indicatorBox->clear();
    if (!m_state)
        return;
    const Language language = currentLanguage();
    for (const Indicator &indicator : m_state->indicators->indicators())
        m_indicatorBox->addItem(indicator.name(language), indicator.id);
    const int index = m_indicatorBox->findData(m_indicator);
    if (index >= 0)
        m_indicatorBox->setCurrentIndex(index);
}

void OverviewPage::updateHeader()
{
    const Language language = currentLanguage();
    const Unit *city = m_state ? m_state->units->find(m_cityCode) : nullptr;
    m_title->setText(city ? tr("City Overview · %1").arg(city->name(language))
                          : tr("City Overview"));
    m_demoBadge->setVisible(m_state && m_state->demo);
    m_updated->setText(m_state ? tr("Updated %1").arg(formatDateTime(m_state->builtAtMs)) : QString());

    const Indicator *indicator = m_state ? m_state->indicators->find(m_indicator) : nullptr;
    if (indicator) {
        m_mapTitle->setText(indicator->name(language));
        m_rankingTitle->setText(tr("Ranking of units: %1").arg(indicator->shortName(language)));
    }
}

void OverviewPage::retranslate()
{
    m_demoBadge->setText(tr("DEMO DATA"));
    m_demoBadge->setToolTip(tr("Simulated figures from the built-in demo feed, not real data"));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_indicatorBox->setAccessibleName(tr("Indicator shown on the map and in the ranking"));
    m_map->setAccessibleName(tr("Tile map of the units"));
    m_table->setAccessibleName(tr("Ranking of units"));
    fillIndicatorBox();
    m_model->refresh();
    updateHeader();
    for (KpiCard *card : std::as_const(m_cards))
        card->setState(m_state, m_cityCode);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void OverviewPage::applyScale()
{
    const double scale = uiScale(size());
    QFont base = font();
    base.setPixelSize(scaled(scale, 16));
    scaleTable(m_table, base, scale);
    m_indicatorBox->setFont(base);
    m_indicatorLabel->setFont(base);
    m_updated->setFont(base);
    m_map->setFont(base);
    for (KpiCard *card : std::as_const(m_cards))
        card->setFont(base);

    const QFont title = pageTitleFont(base, scale);
    m_title->setFont(title);

    QFont section = base;
    section.setPixelSize(scaled(scale, 20));
    section.setBold(true);
    m_mapTitle->setFont(section);
    m_rankingTitle->setFont(section);

    QFont badge = base;
    badge.setPixelSize(scaled(scale, 18));
    badge.setBold(true);
    m_demoBadge->setFont(badge);
    m_demoBadge->setStyleSheet(QStringLiteral("QLabel#demoBadge { background: #e69f00; color: #111; "
                                              "border-radius: %1px; padding: %2px %3px; }")
                                   .arg(scaled(scale, 4))
                                   .arg(scaled(scale, 3))
                                   .arg(scaled(scale, 12)));
    applyPageSpacing(layout(), scale);
}

} // namespace soc
