#pragma once

#include "core/aggregation.h"
#include "core/indicator_catalog.h"
#include "core/language.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace soc {

// The display language, read from the default QLocale that the application sets when the user
// switches language.
Language currentLanguage();

// The indicators of the overview's cards and of the wall's unit boards, in reading order.
const QStringList &headlineIndicators();

// Formats figures in the default locale: "87,5%" in Vietnamese and "87.5%" in English, counts
// with group separators, gauges with their unit. "No data" when there is no value.
QString formatValue(const Indicator &indicator, std::optional<double> value);
// A target without needless decimals: "80%", "3,600 s".
QString formatTarget(const Indicator &indicator);
// The absolute figures behind a value: "1.402 / 2.000" for a ratio, the count otherwise.
QString formatFigures(const Indicator &indicator, const Figure &figure);
// A time in Ho Chi Minh City time (UTC+7): "04/12/2026 09:14" in both languages.
QString formatDateTime(qint64 msSinceEpoch);
QString formatTime(qint64 msSinceEpoch); // "09:14"
// A moment in Ho Chi Minh City time, which is UTC+7 all year.
QDateTime cityDateTime(qint64 msSinceEpoch);
QString formatCoverage(const Coverage &coverage);
QString formatFreshness(Freshness freshness); // "on time", "late", "stale", translated
// Several lines for a tooltip: value, figures, period, observation time, coverage.
QString describeFigure(const Indicator &indicator, const UnitFigure &figure);
// Tooltip markup from plain text. Tooltips render rich text, so feed text is escaped here and
// never reaches them unescaped.
QString tooltipHtml(const QString &title, const QString &body);
// Tooltip markup that shows `text` as the characters it contains, line breaks kept; empty for
// empty text. For model tooltips that carry feed text without a title.
QString plainTooltip(const QString &text);

} // namespace soc
