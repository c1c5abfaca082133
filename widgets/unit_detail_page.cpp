#include "widgets/unit_detail_page.h"

#include "models/display_format.h"
#include "models/score766_model.h"
#include "models/target_status.h"
#include "models/unit_detail_model.h"
#include "widgets/time_range_dialog.h"
#include "widgets/page_scale.h"

#include <qcustomplot.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

// A plot that draws only while visible. QCustomPlot replots on every resize, and a hidden page
// gets resize events (grab() sends them for a snapshot) before it is laid out, which makes Qt
// warn about a paint buffer without a paint engine. The page replots when it is shown.
class VisiblePlot : public QCustomPlot
{
public:
    using QCustomPlot::QCustomPlot;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        if (isVisible())
            QCustomPlot::resizeEvent(event);
        else
            setViewport(rect());
    }
};

} // namespace

namespace {

// Ho Chi Minh City keeps UTC+7 all year; the plots' time axes show its wall time.
constexpr int CityUtcOffsetSeconds = 7 * 3600;
// States arrive several times a second; trends are requested again at most this often.
constexpr qint64 TrendRefreshMs = 60 * 1000;

// The preset ranges in the order of their buttons; the custom range's button comes last.
const TimeRange::Kind PresetKinds[] = {TimeRange::Kind::Last24Hours, TimeRange::Kind::Last7Days,
                                       TimeRange::Kind::Last30Days, TimeRange::Kind::ThisMonth,
                                       TimeRange::Kind::ThisYear};
constexpr int CustomButtonId = int(std::size(PresetKinds));

// QCustomPlot's date-time axes count seconds since the epoch.
double plotKey(qint64 ms)
{
    return ms / 1000.0;
}

} // namespace

UnitDetailPage::UnitDetailPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unitDetailPage"));

    m_model = new UnitDetailModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("unitDetailTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UnitDetailModel::IndicatorColumn,
                                                      QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    setSelectedIndicator(m_model->indicatorAt(current.row()));
            });

    m_scoreTitle = new QLabel(this);
    m_scoreTitle->setTextFormat(Qt::PlainText);
    m_scoreTitle->setWordWrap(true);
    m_scoreGroupBox = new QComboBox(this);
    m_scoreGroupBox->setObjectName(QStringLiteral("scoreGroupBox"));
    m_scoreGroupBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rankScoreButton = new QPushButton(this);
    m_rankScoreButton->setObjectName(QStringLiteral("rankScoreButton"));
    m_scoreModel = new Score766Model(this);
    fillScoreGroups();
    connect(m_scoreGroupBox, &QComboBox::activated, this, [this](int index) {
        m_scoreModel->setGroup(m_scoreGroupBox->itemData(index).toString());
        updateScore();
    });
    connect(m_rankScoreButton, &QPushButton::clicked, this, [this] {
        if (const Score766Group *group = findScore766Group(m_scoreModel->group()))
            emit rankingRequested(group->scoreIndicator);
    });
    m_scoreTable = new QTableView(this);
    m_scoreTable->setObjectName(QStringLiteral("score766Table"));
    m_scoreTable->setModel(m_scoreModel);
    m_scoreTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_scoreTable->setFocusPolicy(Qt::NoFocus);
    m_scoreTable->verticalHeader()->setVisible(false);
    m_scoreTable->setShowGrid(false);
    m_scoreTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scoreTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scoreTable->horizontalHeader()->setSectionResizeMode(Score766Model::CriterionColumn,
                                                           QHeaderView::Stretch);

    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    // The score title has a row of its own, so that a long group name in the box beside it
    // cannot squeeze it.
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_scoreGroupBox);
    scoreRow->addStretch(1);
    scoreRow->addWidget(m_rankScoreButton);
    left->addWidget(m_scoreTitle);
    left->addLayout(scoreRow);
    left->addWidget(m_scoreTable);

    m_trendTitle = new QLabel(this);
    m_trendTitle->setTextFormat(Qt::PlainText);
    // A custom range makes the title long; it wraps rather than push the table aside.
    m_trendTitle->setWordWrap(true);
    m_trendPlot = new VisiblePlot(this);
    m_trendPlot->setObjectName(QStringLiteral("trendPlot"));
    setUpPlot(m_trendPlot);
    m_tracer = new QCPItemTracer(m_trendPlot);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setVisible(false);
    connect(m_trendPlot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { showHover(m_trendPlot, m_indicator, event); });
    m_backlogTitle = new QLabel(this);
    m_backlogTitle->setTextFormat(Qt::PlainText);
    m_backlogPlot = new VisiblePlot(this);
    m_backlogPlot->setObjectName(QStringLiteral("backlogPlot"));
    setUpPlot(m_backlogPlot);
    m_backlogTracer = new QCPItemTracer(m_backlogPlot);
    m_backlogTracer->setStyle(QCPItemTracer::tsCircle);
    m_backlogTracer->setVisible(false);
    connect(m_backlogPlot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        showHover(m_backlogPlot, BacklogIndicator, event);
    });

    auto *trendHeader = new QHBoxLayout;
    trendHeader->addWidget(m_trendTitle, 1);
    trendHeader->addWidget(createRangeButtons());
    auto *right = new QVBoxLayout;
    right->addLayout(trendHeader);
    right->addWidget(m_trendPlot, 3);
    right->addWidget(m_backlogTitle);
    right->addWidget(m_backlogPlot, 1);

    // The indicator table has ten columns, so it gets the larger share.
    auto *body = new QHBoxLayout;
    body->addLayout(left, 5);
    body->addLayout(right, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addLayout(body, 1);

    // Tab follows reading order: the parent unit, the indicators, the score's group and its
    // ranking, then the range buttons.
    QWidget *previous = m_parentButton;
    QList<QWidget *> chain = {m_table, m_scoreGroupBox, m_rankScoreButton};
    for (QAbstractButton *button : m_rangeGroup->buttons())
        chain << button;
    for (QWidget *next : std::as_const(chain)) {
        setTabOrder(previous, next);
        previous = next;
    }

    retranslate();
    applyScale();
}

QWidget *UnitDetailPage::createHeader()
{
    auto *header = new QWidget(this);
    m_parentButton = new QToolButton(header);
    m_parentButton->setObjectName(QStringLiteral("parentUnitButton"));
    m_parentButton->setAutoRaise(true);
    m_parentButton->setCursor(Qt::PointingHandCursor);
    connect(m_parentButton, &QToolButton::clicked, this, [this] {
        const Unit *unit = m_state ? m_state->units->find(m_unit) : nullptr;
        if (unit && !unit->parent.isEmpty())
            emit unitActivated(unit->parent);
    });
    m_title = new QLabel(header);
    m_title->setTextFormat(Qt::PlainText);
    m_demoBadge = new QLabel(header);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setTextFormat(Qt::PlainText);
    m_demoBadge->setVisible(false);
    m_alertSummary = new QLabel(header);
    m_alertSummary->setObjectName(QStringLiteral("unitAlertSummary"));
    m_alertSummary->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_parentButton);
    row->addWidget(m_title);
    row->addWidget(m_demoBadge);
    row->addStretch(1);
    row->addWidget(m_alertSummary);
    return header;
}

QWidget *UnitDetailPage::createRangeButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_rangeLabel = new QLabel(box);
    row->addWidget(m_rangeLabel);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->setExclusive(true);
    const char *names[] = {"range24Hours", "range7Days", "range30Days", "rangeThisMonth",
                           "rangeThisYear", "rangeCustom"};
    for (int i = 0; i <= CustomButtonId; ++i) {
        auto *button = new QToolButton(box);
        button->setObjectName(QString::fromLatin1(names[i]));
        button->setCheckable(true);
        m_rangeGroup->addButton(button, i);
        row->addWidget(button);
    }
    checkRangeButton();
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == CustomButtonId) {
            openRangeDialog();
            return;
        }
        const TimeRange range = TimeRange::preset(PresetKinds[id]);
        const bool changed = range != m_range;
        setTimeRange(range);
        if (changed)
            emit timeRangeChanged(m_range);
    });
    return box;
}

void UnitDetailPage::openRangeDialog()
{
    // Clicking checked the custom button; the range in use keeps its button checked until the
    // dialog applies a new range.
    checkRangeButton();
    if (m_rangeDialog)
        return;
    const qint64 nowMs = m_state ? m_state->builtAtMs : QDateTime::currentMSecsSinceEpoch();
    m_rangeDialog = new TimeRangeDialog(m_range, nowMs, this);
    m_rangeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rangeDialog, &QDialog::accepted, this, [this] {
        if (const std::optional<TimeRange> range = m_rangeDialog->range()) {
            const bool changed = *range != m_range;
            setTimeRange(*range);
            if (changed)
                emit timeRangeChanged(m_range);
        }
    });
    connect(m_rangeDialog, &QObject::destroyed, this, [this] { m_rangeDialog = nullptr; });
    m_rangeDialog->open();
}

void UnitDetailPage::checkRangeButton()
{
    const int id = m_range.kind() == TimeRange::Kind::Custom ? CustomButtonId : int(m_range.kind());
    if (QAbstractButton *button = m_rangeGroup->button(id))
        button->setChecked(true);
}

void UnitDetailPage::setUpPlot(QCustomPlot *plot)
{
    plot->setFocusPolicy(Qt::NoFocus);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setTimeZone(QTimeZone(CityUtcOffsetSeconds));
    ticker->setDateTimeFormat(QStringLiteral("dd/MM\nHH:mm"));
    plot->xAxis->setTicker(ticker);
    plot->addGraph();   // values
    plot->addGraph();   // target, dashed
    plot->graph(0)->setLineStyle(QCPGraph::lsLine);
}

void UnitDetailPage::updateGraphStyle(QCustomPlot *plot)
{
    // Sparse points get a wide line and a marker each. Dense points merge into a band anyway,
    // so they get a thin line only: Qt strokes a zigzag of thousands of segments about 150
    // times faster with a one-pixel cosmetic pen than with a 4-pixel one (docs/BENCHMARKS.md).
    constexpr int MinMarkerSpacing = 12;
    const QColor color(0x56, 0xb4, 0xe9);
    const int points = plot->graph(0)->dataCount();
    const bool sparse = points * scaled(m_scale, MinMarkerSpacing) <= plot->width();
    if (sparse) {
        plot->graph(0)->setPen(QPen(color, scaled(m_scale, 2)));
        plot->graph(0)->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, scaled(m_scale, 4)));
    } else {
        QPen thin(color, 1);
        thin.setCosmetic(true);
        plot->graph(0)->setPen(thin);
        plot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    }
}

void UnitDetailPage::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    if (m_unit.isEmpty() && m_state)
        m_unit = m_state->units->primaryRoot();
    m_model->setUnit(m_unit);
    m_model->setState(m_state);
    m_scoreModel->setUnit(m_unit);
    m_scoreModel->setState(m_state);
    m_table->setColumnHidden(UnitDetailModel::CoverageColumn, !m_model->hasChildren());
    selectTableRow();
    updateHeader();
    updateScore();
    if (m_state && m_state->builtAtMs - m_lastRequestAtMs >= TrendRefreshMs)
        requestTrends();
}

void UnitDetailPage::setUnit(const QString &unitCode)
{
    if (unitCode.isEmpty() || unitCode == m_unit)
        return;
    m_unit = unitCode;
    m_model->setUnit(m_unit);
    m_scoreModel->setUnit(m_unit);
    m_table->setColumnHidden(UnitDetailModel::CoverageColumn, !m_model->hasChildren());
    m_trendPlot->graph(0)->data()->clear();
    m_backlogPlot->graph(0)->data()->clear();
    selectTableRow();
    updateHeader();
    updateScore();
    requestTrends();
}

void UnitDetailPage::setSelectedIndicator(const QString &indicatorId)
{
    if (indicatorId.isEmpty() || indicatorId == m_indicator)
        return;
    m_indicator = indicatorId;
    m_trendPlot->graph(0)->data()->clear();
    m_trendPlot->graph(1)->data()->clear();
    m_tracer->setVisible(false);
    replotIfShown(m_trendPlot);
    selectTableRow();
    retranslate();
    requestTrends();
}

void UnitDetailPage::setTimeRange(const TimeRange &range)
{
    const bool changed = range != m_range;
    m_range = range;
    checkRangeButton();
    retranslate();
    if (changed)
        requestTrends();
}

void UnitDetailPage::selectTableRow()
{
    const int row = m_model->rowOf(m_indicator);
    if (row < 0 || m_table->currentIndex().row() == row)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void UnitDetailPage::requestTrends()
{
    if (m_unit.isEmpty())
        return;
    const qint64 toMs = m_state ? m_state->builtAtMs : QDateTime::currentMSecsSinceEpoch();
    m_lastRequestAtMs = toMs;
    m_requestedToMs = m_range.toMs(toMs);
    m_requestedFromMs = m_range.fromMs(toMs);
    // One point per horizontal pixel is as much as the plot can show.
    const int maxPoints = std::clamp(m_trendPlot->axisRect()->width(), 100, 4000);
    emit trendRequested(m_unit, m_indicator, m_requestedFromMs, m_requestedToMs, maxPoints);
    if (m_indicator != BacklogIndicator) {
        const int backlogPoints = std::clamp(m_backlogPlot->axisRect()->width(), 100, 4000);
        emit trendRequested(m_unit, BacklogIndicator, m_requestedFromMs, m_requestedToMs,
                            backlogPoints);
    }
}

void UnitDetailPage::setTrend(const TrendSeries &series)
{
    if (series.unit != m_unit || series.fromMs != m_requestedFromMs ||
        series.toMs != m_requestedToMs)
        return;
    if (series.indicator == m_indicator)
        showTrend(m_trendPlot, m_indicator, series);
    if (series.indicator == BacklogIndicator)
        showTrend(m_backlogPlot, BacklogIndicator, series);
}

void UnitDetailPage::showTrend(QCustomPlot *plot, const QString &indicatorId,
                               const TrendSeries &series)
{
    const Indicator *indicator = m_state ? m_state->indicators->find(indicatorId) : nullptr;
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(series.points.size());
    values.reserve(series.points.size());
    double low = 0;
    double high = 1;
    for (const TrendPoint &point : series.points) {
        keys.append(plotKey(point.atMs));
        values.append(point.value);
        low = std::min(low, point.value);
        high = std::max(high, point.value);
    }
    plot->graph(0)->setData(keys, values, true);
    updateGraphStyle(plot);

    const double from = plotKey(series.fromMs);
    const double to = plotKey(series.toMs);
    plot->graph(1)->data()->clear();
    if (indicator && indicator->target) {
        plot->graph(1)->setData({from, to}, {*indicator->target, *indicator->target}, true);
        high = std::max(high, *indicator->target);
    }
    plot->xAxis->setRange(from, to);
    if (indicator && indicator->kind == IndicatorKind::Ratio)
        plot->yAxis->setRange(0, 100);
    else
        plot->yAxis->setRange(low, high * 1.1);
    (plot == m_trendPlot ? m_tracer : m_backlogTracer)->setVisible(false);
    replotIfShown(plot);
}

void UnitDetailPage::showHover(QCustomPlot *plot, const QString &indicatorId,
                               QMouseEvent *event)
{
    QCPGraph *graph = plot->graph(0);
    QCPItemTracer *tracer = plot == m_trendPlot ? m_tracer : m_backlogTracer;
    const Indicator *indicator = m_state ? m_state->indicators->find(indicatorId) : nullptr;
    if (!indicator || graph->data()->isEmpty()) {
        tracer->setVisible(false);
        QToolTip::hideText();
        return;
    }
    // The nearest point in time to the cursor: the first at or after it, or the one before.
    const double key = plot->xAxis->pixelToCoord(event->position().x());
    auto it = graph->data()->findBegin(key, false);
    if (it == graph->data()->constEnd())
        --it;
    auto previous = it;
    if (previous != graph->data()->constBegin()) {
        --previous;
        if (std::abs(previous->key - key) < std::abs(it->key - key))
            it = previous;
    }
    tracer->setGraph(graph);
    tracer->setGraphKey(it->key);
    tracer->setVisible(true);
    plot->replot(QCustomPlot::rpQueuedReplot);
    const qint64 atMs = static_cast<qint64>(std::llround(it->key * 1000.0));
    const QString text = tr("%1 at %2 (UTC+7)")
                             .arg(formatValue(*indicator, it->value), formatDateTime(atMs));
    QToolTip::showText(event->globalPosition().toPoint(),
                       tooltipHtml(indicator->name(currentLanguage()), text), plot);
}

void UnitDetailPage::updateHeader()
{
    const Unit *unit = m_state ? m_state->units->find(m_unit) : nullptr;
    const Language language = currentLanguage();
    m_title->setText(unit ? tr("%1 (%2)").arg(unit->name(language), m_unit)
                          : tr("Unknown unit %1").arg(m_unit));
    const Unit *parent = unit && !unit->parent.isEmpty() ? m_state->units->find(unit->parent)
                                                         : nullptr;
    m_parentButton->setVisible(unit && !unit->parent.isEmpty());
    m_parentButton->setText(tr("‹ %1").arg(parent ? parent->name(language) : unit ? unit->parent
                                                                                   : QString()));
    m_parentButton->setAccessibleName(tr("Go up to the parent unit"));
    m_demoBadge->setVisible(m_state && m_state->demo);
    m_demoBadge->setText(tr("DEMO DATA"));

    const QVector<Alert> alerts = m_state ? m_state->activeAlerts(m_unit) : QVector<Alert>();
    const bool critical = !alerts.isEmpty() && alerts.first().severity == Severity::Critical;
    m_alertSummary->setText(alerts.isEmpty() ? tr("No active alerts")
                                             : tr("%n active alert(s)", nullptr, alerts.size()));
    QPalette palette = m_alertSummary->palette();
    palette.setColor(QPalette::WindowText,
                     alerts.isEmpty() ? this->palette().color(QPalette::WindowText)
                                      : statusColor(critical ? TargetStatus::Below
                                                             : TargetStatus::Near));
    m_alertSummary->setPalette(palette);
}

void UnitDetailPage::fillScoreGroups()
{
    const QString current = m_scoreModel->group();
    const QString labels[] = {tr("Transparency"),    tr("Processing timeliness"),
                              tr("Online services"), tr("Online payment"),
                              tr("Digitization"),    tr("Satisfaction")};
    // Texts are replaced in place so that an open list stays open while figures update.
    const QVector<Score766Group> &groups = score766Groups();
    if (m_scoreGroupBox->count() != groups.size()) {
        m_scoreGroupBox->clear();
        for (const Score766Group &group : groups)
            m_scoreGroupBox->addItem(QString(), group.id);
    }
    for (int i = 0; i < groups.size() && i < int(std::size(labels)); ++i) {
        const UnitFigure *figure =
            m_state ? m_state->figure(m_unit, groups.at(i).scoreIndicator) : nullptr;
        const QString points = figure && figure->shown.value
                                   ? Score766Model::formatPoints(*figure->shown.value)
                                   : tr("no data");
        m_scoreGroupBox->setItemText(
            i, tr("%1: %2 / %3")
                   .arg(labels[i], points, Score766Model::formatPoints(groups.at(i).maxPoints)));
    }
    m_scoreGroupBox->setCurrentIndex(std::max(0, m_scoreGroupBox->findData(current)));
}

void UnitDetailPage::updateScore()
{
    fillScoreGroups();
    const Score766 &score = m_scoreModel->score();
    if (!score.hasData) {
        m_scoreTitle->setText(tr("Decision 766: the unit reported no figures for this group"));
        return;
    }
    m_scoreTitle->setText(tr("Decision 766: %1 of %2 points (%3 lost)")
                              .arg(Score766Model::formatPoints(score.points),
                                   Score766Model::formatPoints(score.maxPoints),
                                   Score766Model::formatPoints(score.lostPoints())));
}

void UnitDetailPage::retranslate()
{
    const Indicator *indicator = m_state ? m_state->indicators->find(m_indicator) : nullptr;
    m_trendTitle->setText(indicator ? tr("Trend: %1 · %2")
                                          .arg(indicator->name(currentLanguage()), m_range.label())
                                    : tr("Trend"));
    const Indicator *backlog = m_state ? m_state->indicators->find(BacklogIndicator) : nullptr;
    m_backlogTitle->setText(backlog ? backlog->name(currentLanguage()) : tr("Overdue backlog"));
    m_rangeLabel->setText(tr("Range:"));
    const QString labels[] = {tr("24 hours"), tr("7 days"), tr("30 days"), tr("This month"),
                              tr("This year"), tr("Custom…")};
    for (int i = 0; i <= CustomButtonId; ++i) {
        QAbstractButton *button = m_rangeGroup->button(i);
        button->setText(labels[i]);
        const QString name = i == CustomButtonId ? tr("Choose a custom time range for the trends")
                                                 : TimeRange::preset(PresetKinds[i]).label();
        button->setAccessibleName(name);
        button->setToolTip(i == CustomButtonId && m_range.kind() == TimeRange::Kind::Custom
                               ? m_range.label()
                               : name);
    }
    m_trendPlot->graph(0)->setName(tr("Value"));
    m_trendPlot->graph(1)->setName(tr("Target"));
    m_table->setAccessibleName(tr("Indicators of the unit"));
    m_scoreTable->setAccessibleName(tr("Decision 766 score by criterion"));
    m_scoreGroupBox->setAccessibleName(tr("Decision 766 indicator group"));
    m_rankScoreButton->setText(tr("Rank all units by this score"));
    m_rankScoreButton->setAccessibleName(tr("Rank all units by this score"));
    m_trendPlot->setAccessibleName(tr("Trend of the selected indicator with its target"));
    m_backlogPlot->setAccessibleName(tr("Trend of the overdue backlog"));
    updateHeader();
    updateScore();
    m_model->refresh();
    m_scoreModel->refresh();
}

void UnitDetailPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// A hidden plot has no paint buffer to draw into, so it is drawn when the page is shown.
void UnitDetailPage::replotIfShown(QCustomPlot *plot)
{
    if (plot->isVisible())
        plot->replot();
}

void UnitDetailPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_trendPlot->replot();
    m_backlogPlot->replot();
}

void UnitDetailPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void UnitDetailPage::stylePlot(QCustomPlot *plot, double scale)
{
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    QFont font = this->font();
    font.setPixelSize(scaled(scale, 14));
    plot->setBackground(palette().color(QPalette::Window));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(font);
        axis->setTickLabelColor(ink);
        axis->setBasePen(QPen(ink, 1));
        axis->setTickPen(QPen(ink, 1));
        axis->setSubTickPen(QPen(ink, 1));
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    updateGraphStyle(plot);
    plot->graph(1)->setPen(QPen(ink, scaled(scale, 2), Qt::DashLine));
    replotIfShown(plot);
}

void UnitDetailPage::applyScale()
{
    const double scale = uiScale(size());
    m_scale = scale;
    QFont base = font();
    base.setPixelSize(scaled(scale, 16));
    scaleTable(m_table, base, scale);
    scaleTable(m_scoreTable, base, scale);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_alertSummary, m_parentButton, m_scoreTitle, m_trendTitle, m_backlogTitle,
             m_rangeLabel, m_demoBadge, m_scoreGroupBox, m_rankScoreButton})
        widget->setFont(base);
    for (QAbstractButton *button : m_rangeGroup->buttons())
        button->setFont(base);
    const QFont title = pageTitleFont(base, scale);
    m_title->setFont(title);
    QFont section = base;
    section.setBold(true);
    m_scoreTitle->setFont(section);
    m_trendTitle->setFont(section);
    m_backlogTitle->setFont(section);

    // The score table keeps the height of the largest group, seven criteria, so that the page
    // does not move when the group changes.
    int rows = 1;
    for (const Score766Group &group : score766Groups())
        rows = std::max(rows, int(group.criteria.size()));
    m_scoreTable->setFixedHeight(m_scoreTable->horizontalHeader()->sizeHint().height() +
                                 rows * scaled(scale, 28) + 2 * m_scoreTable->frameWidth());
    for (QCPItemTracer *tracer : {m_tracer, m_backlogTracer}) {
        tracer->setSize(scaled(scale, 10));
        tracer->setPen(QPen(palette().color(QPalette::WindowText), scaled(scale, 2)));
    }
    stylePlot(m_trendPlot, scale);
    stylePlot(m_backlogPlot, scale);
    applyPageSpacing(layout(), scale);
}

} // namespace soc
