#include "widgets/ranking_page.h"

#include "models/display_format.h"
#include "models/ranking_model.h"
#include "models/target_status.h"
#include "widgets/page_scale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace soc {

namespace {

// Bar sets by status, so that each bar takes its status colour: a unit has its value in the
// set of its status and zero in the others.
const TargetStatus BarStatuses[] = {TargetStatus::Meets, TargetStatus::Near, TargetStatus::Below,
                                    TargetStatus::NoTarget};

} // namespace

RankingPage::RankingPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rankingPage"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_indicatorLabel = new QLabel(this);
    m_indicatorBox = new QComboBox(this);
    m_indicatorBox->setObjectName(QStringLiteral("rankingIndicatorBox"));
    m_indicatorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicatorLabel->setBuddy(m_indicatorBox);

    m_chart = new QChart;
    m_chart->legend()->setVisible(false);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("rankingChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // The table beside the chart contains the same figures for the keyboard, so the chart and
    // its viewport take no focus.
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->viewport()->setFocusPolicy(Qt::NoFocus);

    m_model = new RankingModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rankingPageTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RankingModel::UnitColumn,
                                                      QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(m_model->unitAt(index.row()));
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_indicatorLabel);
    header->addWidget(m_indicatorBox);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chartView, 3);
    body->addWidget(m_table, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    connect(m_indicatorBox, &QComboBox::activated, this, [this](int index) {
        setIndicator(m_indicatorBox->itemData(index).toString());
    });
    retranslate();
    applyScale();
}

const QString &RankingPage::indicator() const
{
    return m_model->indicator();
}

void RankingPage::setState(DashboardStatePtr state)
{
    const bool first = !m_state;
    m_state = std::move(state);
    if (first)
        fillIndicatorBox();
    if (m_state) {
        const QString root = m_state->units->primaryRoot();
        if (!root.isEmpty())
            m_model->setParentUnit(root);
    }
    m_model->setState(m_state);
    rebuildChart();
    retranslate();
}

void RankingPage::setIndicator(const QString &indicatorId)
{
    if (indicatorId.isEmpty() || indicatorId == m_model->indicator())
        return;
    m_model->setIndicator(indicatorId);
    const int index = m_indicatorBox->findData(indicatorId);
    if (index >= 0)
        m_indicatorBox->setCurrentIndex(index);
    rebuildChart();
    retranslate();
    emit indicatorChanged(indicatorId);
}

void RankingPage::fillIndicatorBox()
{
    m_indicatorBox->clear();
    if (!m_state)
        return;
    for (const Indicator &indicator : m_state->indicators->indicators())
        m_indicatorBox->addItem(indicator.name(currentLanguage()), indicator.id);
    const int index = m_indicatorBox->findData(m_model->indicator());
    if (index >= 0)
        m_indicatorBox->setCurrentIndex(index);
}

void RankingPage::rebuildChart()
{
    // States arrive several times a second; the chart is rebuilt only when what it shows
    // changed, so that it neither flickers nor lays out its axes again for nothing.
    QString signature = m_model->indicator() + QLatin1Char('|') +
                        QString::number(m_state && m_state->liveFeedsDown()) +
                        QLocale().name();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        signature += QLatin1Char('|') + m_model->unitAt(row) + QLatin1Char('=') +
                     m_model->index(row, 0).data(RankingModel::SortValueRole).toString();
    }
    if (signature == m_chartSignature)
        return;
    m_chartSignature = signature;

    m_chart->removeAllSeries();
    // removeAxis() gives the axis back to the caller, so it is deleted here. Otherwise every
    // rebuild would keep two or three axes alive, and a wall rebuilds the chart for weeks.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_barUnits.clear();
    const Indicator *indicator =
        m_state ? m_state->indicators->find(m_model->indicator()) : nullptr;
    if (!indicator)
        return;

    // The chart draws the first category at the bottom, so rows go in from the last.
    QStringList categories;
    QList<QBarSet *> sets;
    const bool stale = m_state->liveFeedsDown();
    for (TargetStatus status : BarStatuses) {
        auto *set = new QBarSet(QString());
        const QColor color = statusColor(status);
        set->setColor(stale ? greyed(color) : color);
        set->setBorderColor(Qt::transparent);
        sets.append(set);
    }
    double maximum = indicator->target.value_or(0);
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const QString code = m_model->unitAt(row);
        const Unit *unit = m_state->units->find(code);
        categories << (unit ? unit->shortName(currentLanguage()) : code);
        m_barUnits.prepend(code);
        const QVariant value = m_model->index(row, 0).data(RankingModel::SortValueRole);
        const auto status = static_cast<TargetStatus>(
            m_model->index(row, 0).data(RankingModel::StatusRole).toInt());
        for (int i = 0; i < sets.size(); ++i)
            sets[i]->append(status == BarStatuses[i] ? value.toDouble() : 0.0);
        maximum = std::max(maximum, value.toDouble());
    }

    auto *series = new QHorizontalStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.7);
    m_chart->addSeries(series);

    auto *unitAxis = new QBarCategoryAxis;
    unitAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, indicator->kind == IndicatorKind::Ratio ? 100.0 : maximum * 1.1 + 1);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    const QColor ink = palette().color(QPalette::WindowText);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(unitAxis),
                                static_cast<QAbstractAxis *>(valueAxis)}) {
        axis->setLabelsColor(ink);
        axis->setGridLineColor(palette().color(QPalette::Mid));
        axis->setLabelsFont(m_chartView->font());
    }
    m_chart->addAxis(unitAxis, Qt::AlignLeft);
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(unitAxis);
    series->attachAxis(valueAxis);

    if (indicator->target) {
        // The target as a vertical line across the bars, on a hidden axis of the same range.
        auto *target = new QLineSeries;
        target->setName(tr("Target"));
        target->append(*indicator->target, 0);
        target->append(*indicator->target, 1);
        QPen pen(ink, 2, Qt::DashLine);
        target->setPen(pen);
        m_chart->addSeries(target);
        auto *lineAxis = new QValueAxis;
        lineAxis->setRange(0, 1);
        lineAxis->setVisible(false);
        m_chart->addAxis(lineAxis, Qt::AlignRight);
        target->attachAxis(valueAxis);
        target->attachAxis(lineAxis);
    }

    connect(series, &QHorizontalStackedBarSeries::clicked, this,
            [this](int index, QBarSet *) {
                if (index >= 0 && index < m_barUnits.size())
                    emit unitActivated(m_barUnits.at(m_barUnits.size() - 1 - index));
            });
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool entered, int index, QBarSet *) {
                if (!entered || index < 0 || index >= m_barUnits.size()) {
                    QToolTip::hideText();
                    return;
                }
                const QString code = m_barUnits.at(m_barUnits.size() - 1 - index);
                const Indicator *current = m_state->indicators->find(m_model->indicator());
                const UnitFigure *figure = m_state->figure(code, m_model->indicator());
                const Unit *unit = m_state->units->find(code);
                if (!current)
                    return;
                QToolTip::showText(QCursor::pos(),
                                   tooltipHtml(unit ? unit->name(currentLanguage()) : code,
                                               describeFigure(*current,
                                                              figure ? *figure : UnitFigure{})),
                                   this);
            });
}

void RankingPage::retranslate()
{
    const Indicator *indicator =
        m_state ? m_state->indicators->find(m_model->indicator()) : nullptr;
    m_title->setText(indicator ? tr("Indicator Ranking: %1").arg(indicator->name(currentLanguage()))
                               : tr("Indicator Ranking"));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_indicatorBox->setAccessibleName(tr("Indicator to rank the units on"));
    m_chartView->setAccessibleName(tr("Bar chart of the units, best first, with the target"));
    m_table->setAccessibleName(tr("Ranking of units"));
    m_model->refresh();
}

void RankingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillIndicatorBox();
        retranslate();
        rebuildChart();
    }
    QWidget::changeEvent(event);
}

void RankingPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void RankingPage::applyScale()
{
    const double scale = uiScale(size());
    QFont base = font();
    base.setPixelSize(scaled(scale, 16));
    scaleTable(m_table, base, scale);
    m_indicatorBox->setFont(base);
    m_indicatorLabel->setFont(base);
    m_chartView->setFont(base);
    const QFont title = pageTitleFont(base, scale);
    m_title->setFont(title);
    // Axes keep the label space of the font they were built with, so they are built again.
    m_chartSignature.clear();
    rebuildChart();
    applyPageSpacing(layout(), scale);
}

} // namespace soc
