#include "app/report_writer.h"

#include "models/display_format.h"
#include "models/feeds_model.h"
#include "models/ranking_model.h"
#include "models/score766_model.h"
#include "models/unit_detail_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace soc {

namespace {

// The translation context of the report's text.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(soc::Report)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A table model as an HTML table: the horizontal headers, then each row's display text.
QString tableHtml(const QAbstractItemModel &model, const QList<int> &hiddenColumns = {})
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                                  "width='100%'><tr>");
    for (int column = 0; column < model.columnCount(); ++column) {
        if (!hiddenColumns.contains(column))
            html += QStringLiteral("<th>%1</th>")
                        .arg(escaped(model.headerData(column, Qt::Horizontal).toString()));
    }
    html += QStringLiteral("</tr>");
    for (int row = 0; row < model.rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < model.columnCount(); ++column) {
            if (!hiddenColumns.contains(column))
                html += QStringLiteral("<td>%1</td>")
                            .arg(escaped(model.index(row, column).data().toString()));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString unitName(const DashboardState &state, const QString &code)
{
    const Unit *unit = state.units->find(code);
    return unit ? QStringLiteral("%1 (%2)").arg(unit->name(currentLanguage()), code) : code;
}

QString sourcesHtml(const DashboardState &state)
{
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(escaped(Report::tr("Data sources")));
    for (const SourceStatus &source : state.sources) {
        html += QStringLiteral("<li>%1</li>")
                    .arg(escaped(Report::tr("%1 · %2: last message %3, %Ln message(s) received",
                                            nullptr, int(source.received))
                                     .arg(source.source, FeedsModel::systemName(source.source),
                                          formatDateTime(source.lastSeenMs))));
    }
    if (state.sources.isEmpty())
        html +=
            QStringLiteral("<li>%1</li>").arg(escaped(Report::tr("No source has sent data yet.")));
    html += QStringLiteral("</ul><p>%1</p>").arg(escaped(Report::tr("Connections:")));
    html += QStringLiteral("<ul>");
    for (const ConnectionStatus &connection : state.connections) {
        html += QStringLiteral("<li>%1</li>")
                    .arg(escaped(Report::tr("%1 (%2)").arg(
                        connection.url, ConnectionsModel::stateName(connection.state))));
    }
    return html + QStringLiteral("</ul>");
}

QString cityHtml(const DashboardState &state, const QString &city)
{
    const Language language = currentLanguage();
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(Report::tr("City figures: %1").arg(unitName(state, city))));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"
                           "<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(escaped(Report::tr("Indicator")), escaped(Report::tr("Value")),
                     escaped(Report::tr("Target")), escaped(Report::tr("Units reporting")));
    for (const Indicator &indicator : state.indicators->indicators()) {
        const UnitFigure *figure = state.figure(city, indicator.id);
        const Figure shown = figure ? figure->shown : Figure{};
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(
                    escaped(indicator.name(language)), escaped(formatValue(indicator, shown.value)),
                    escaped(indicator.target ? formatTarget(indicator) : QString()),
                    escaped(shown.coverage.total > 0 ? formatCoverage(shown.coverage) : QString()));
    }
    return html + QStringLiteral("</table>");
}

QString unitHtml(const DashboardState &state, const QString &code,
                 const std::shared_ptr<const DashboardState> &shared)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(Report::tr("Unit: %1").arg(unitName(state, code))));
    UnitDetailModel indicators;
    indicators.setUnit(code);
    indicators.setState(shared);
    QList<int> hidden = {UnitDetailModel::StatusColumn};
    if (!indicators.hasChildren())
        hidden << UnitDetailModel::CoverageColumn;
    html += tableHtml(indicators, hidden);

    Score766Model score;
    score.setUnit(code);
    score.setState(shared);
    const Score766 &points = score.score();
    html += QStringLiteral("<h3>%1</h3>")
                .arg(escaped(Report::tr("Decision 766 digitization: %1 of %2 points (%3 lost)")
                                 .arg(Score766Model::formatPoints(points.points),
                                      Score766Model::formatPoints(points.maxPoints),
                                      Score766Model::formatPoints(points.lostPoints()))));
    return html + tableHtml(score);
}

QString reportHtml(const std::shared_ptr<const DashboardState> &shared,
                   const ReportContent &content)
{
    const DashboardState &state = *shared;
    const QString city = state.units->primaryRoot();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QString html =
        QStringLiteral("<html><body><h1>%1</h1>")
            .arg(escaped(Report::tr("SOC Dashboard report · %1").arg(unitName(state, city))));
    if (state.demo) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(Report::tr("DEMO DATA: simulated figures, not real data")));
    }
    html +=
        QStringLiteral("<p>%1<br>%2<br>%3</p>")
            .arg(
                escaped(Report::tr("Report date: %1 (UTC+7)").arg(formatDateTime(nowMs))),
                escaped(
                    Report::tr("Figures as of: %1 (UTC+7)").arg(formatDateTime(state.builtAtMs))),
                escaped(Report::tr("Time range: %1").arg(content.range.describe(state.builtAtMs))));
    html += sourcesHtml(state);
    html += cityHtml(state, city);

    const Indicator *indicator = state.indicators->find(content.indicator);
    if (indicator) {
        html +=
            QStringLiteral("<h2>%1</h2>")
                .arg(escaped(
                    Report::tr("Ranking of units: %1").arg(indicator->name(currentLanguage()))));
        if (!content.map.isNull())
            html += QStringLiteral("<p><img src='soc:map' width='600'></p>");
        RankingModel ranking;
        ranking.setParentUnit(city);
        ranking.setIndicator(content.indicator);
        ranking.setState(shared);
        html += tableHtml(ranking);
    }
    for (const QString &code : content.units)
        html += unitHtml(state, code, shared);
    return html + QStringLiteral("</body></html>");
}

} // namespace

bool writeReport(const QString &path, const DashboardState &state, const ReportContent &content,
                 QString *error)
{
    // The models take shared pointers; this copy lives as long as the report is written.
    const auto shared = std::make_shared<const DashboardState>(state);
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    if (!content.map.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("soc:map")),
                             content.map);
    document.setHtml(reportHtml(shared, content));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Report::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(Report::tr("SOC Dashboard report"));
        writer.setCreator(QStringLiteral("SOC Dashboard %1").arg(QStringLiteral(SOC_VERSION)));
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = Report::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace soc
