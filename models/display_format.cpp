#include "models/display_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextDocument>
#include <QTimeZone>

#include <cmath>

namespace soc {

namespace {

constexpr int CityUtcOffsetSeconds = 7 * 3600;

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

Language currentLanguage()
{
    return QLocale().language() == QLocale::Vietnamese ? Language::Vietnamese : Language::English;
}

const QStringList &headlineIndicators()
{
    static const QStringList ids = {
        QStringLiteral("e_result"),            QStringLiteral("dossier_digitized"),
        QStringLiteral("result_digitized"),    QStringLiteral("data_reused"),
        QStringLiteral("online_full_process"), QStringLiteral("online_payment"),
        QStringLiteral("on_time"),             QStringLiteral("overdue_backlog"),
    };
    return ids;
}

QString formatValue(const Indicator &indicator, std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QCoreApplication::translate("soc::Format", "No data");
    switch (indicator.kind) {
    case IndicatorKind::Ratio:
        return formatNumber(*value, 1) + QLatin1Char('%');
    case IndicatorKind::Count:
        return formatNumber(*value, 0);
    case IndicatorKind::Gauge: {
        const QString unit = indicator.unitName(currentLanguage());
        const int decimals = indicator.decimals.value_or(std::abs(*value) < 10 ? 1 : 0);
        const QString number = formatNumber(*value, decimals);
        return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
    }
    }
    return {};
}

QString formatTarget(const Indicator &indicator)
{
    if (!indicator.target)
        return {};
    const double target = *indicator.target;
    if (indicator.kind == IndicatorKind::Ratio && target == std::round(target))
        return formatNumber(target, 0) + QLatin1Char('%');
    return formatValue(indicator, target);
}

QString formatFigures(const Indicator &indicator, const Figure &figure)
{
    if (indicator.kind == IndicatorKind::Ratio) {
        // No counts: no data, or a ratio that its source sent as a percentage only.
        if (figure.denominator <= 0 && figure.numerator <= 0)
            return figure.hasData() ? QString() : QStringLiteral("–");
        return QStringLiteral("%1 / %2").arg(formatNumber(figure.numerator, 0),
                                             formatNumber(figure.denominator, 0));
    }
    return formatValue(indicator, figure.value);
}

QString formatDateTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return QStringLiteral("–");
    return cityDateTime(msSinceEpoch).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QDateTime cityDateTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone(CityUtcOffsetSeconds));
}

QString formatTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return QStringLiteral("–");
    return cityDateTime(msSinceEpoch).toString(QStringLiteral("HH:mm"));
}

QString formatCoverage(const Coverage &coverage)
{
    return QCoreApplication::translate("soc::Format", "%1 of %2 units reporting")
        .arg(QLocale().toString(coverage.reporting), QLocale().toString(coverage.total));
}

QString formatFreshness(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Unknown:
        return QCoreApplication::translate("soc::Format", "unknown");
    case Freshness::OnTime:
        return QCoreApplication::translate("soc::Format", "on time");
    case Freshness::Late:
        return QCoreApplication::translate("soc::Format", "late");
    case Freshness::Stale:
        return QCoreApplication::translate("soc::Format", "stale");
    }
    return {};
}

QString describeFigure(const Indicator &indicator, const UnitFigure &figure)
{
    const Figure &shown = figure.shown;
    QStringList lines;
    lines << QCoreApplication::translate("soc::Format", "Value: %1")
                 .arg(formatValue(indicator, shown.value));
    if (indicator.kind == IndicatorKind::Ratio && (shown.denominator > 0 || shown.numerator > 0))
        lines << QCoreApplication::translate("soc::Format", "Numerator / denominator: %1")
                     .arg(formatFigures(indicator, shown));
    if (shown.period.isValid())
        lines << QCoreApplication::translate("soc::Format", "Period: %1")
                     .arg(shown.period.toString());
    lines << QCoreApplication::translate("soc::Format", "Observed: %1 (UTC+7)")
                 .arg(formatDateTime(shown.observedAtMs));
    if (!shown.isOwn && shown.coverage.total > 0)
        lines << formatCoverage(shown.coverage);
    if (figure.freshness != Freshness::Unknown)
        lines << QCoreApplication::translate("soc::Format", "Freshness: %1")
                     .arg(formatFreshness(figure.freshness));
    if (figure.own && figure.childrenSum && figure.childrenSum->hasData())
        lines << QCoreApplication::translate("soc::Format", "Sum of units below: %1")
                     .arg(formatValue(indicator, figure.childrenSum->value));
    if (indicator.target)
        lines << QCoreApplication::translate("soc::Format", "Target: %1")
                     .arg(formatTarget(indicator));
    return lines.join(QLatin1Char('\n'));
}

QString tooltipHtml(const QString &title, const QString &body)
{
    QString escapedBody = body.toHtmlEscaped();
    escapedBody.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), escapedBody);
}

QString plainTooltip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace soc
