#include "feed/portal_reader.h"

#include "feed/envelope_encoder.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

struct MetricMapping
{
    const char *code;
    const char *indicator;
    const char *group;
};

// Metric codes of the overview/evaluation groups and the catalog indicators they fill.
constexpr MetricMapping MetricMappings[] = {
    {"PUBLISH_ON_TIME", "publish_on_time", "transparency"},
    {"PUBLIC_UPDATE_ON_TIME", "public_update_on_time", "transparency"},
    {"PUBLIC_CONTENT_FULL", "public_content_full", "transparency"},
    {"DOSSIER_SYNC", "dossier_sync", "transparency"},
    {"ORIGINAL_RESULT_AVAILABLE", "e_result", "digitization"},
    {"SO_HOA_GIAY_TO_GIAI_QUYET", "dossier_digitized", "digitization"},
    {"REUSED_DIGITIZED_DATA", "data_reused", "digitization"},
    {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "digitized_shared", "digitization"},
    {"CITIZEN_DATA_CONNECTED_DOSSIER", "population_data_dossier", "digitization"},
    {"CITIZEN_DATA_CONNECTED_FORMALITY", "population_data_procedure", "digitization"},
    {"ELECTRONIC_CERTIFIED_COPY", "e_certified_copy", "digitization"},
    {"DOSSIER_RECEIVING_SATISFACTION", "satisfaction", "satisfaction"},
    {"PETITION_PROCESSING_ON_TIME", "petition_on_time", "satisfaction"},
    {"PETITION_HANDLING_SATISFACTION", "petition_satisfaction", "satisfaction"},
    {"PETITION_CLASSIFICATION_TTHC", "petition_about_procedures", "satisfaction"},
    {"PETITION_CLASSIFICATION_STAFF", "petition_about_staff", "satisfaction"},
};

const MetricMapping *findMetric(const QString &code)
{
    for (const MetricMapping &mapping : MetricMappings) {
        if (code == QLatin1String(mapping.code))
            return &mapping;
    }
    return nullptr;
}

// A JSON number; none for null, a missing key or another type.
std::optional<double> numberOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

QString textOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().normalized(QString::NormalizationForm_C);
}

QString positionOf(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("byte %1 (line %2, column %3)").arg(offset).arg(line).arg(column);
}

// Reading state shared by the rows of one response.
class ResponseReader
{
public:
    ResponseReader(const QString &origin, const PortalRequest &request,
                   PortalDirectory *directory, PortalReport *report)
        : m_origin(origin), m_request(request), m_directory(directory), m_report(report)
    {
    }

    bool readOverviewForm(const QJsonObject &data, QString *error);
    bool readTreeForm(const QJsonObject &data, QString *error);

private:
    // Adds the unit of a row; returns its code, or an empty string when the row has no usable
    // identity (a warning states why).
    QString addUnit(const QJsonObject &row, const QString &where, bool root);
    void addRatio(const QString &unit, const QString &indicator, std::optional<double> numerator,
                  std::optional<double> denominator);
    void addValue(const QString &unit, const QString &indicator, double value);
    void addPortalFigure(const QString &unit, const QString &indicator,
                         std::optional<double> ratio, std::optional<double> score,
                         double maxScore);
    void readMetric(const QString &unit, const QJsonObject &metric, const QString &where);
    void readOverviewRow(const QJsonObject &row, const QString &where, bool root);
    void readTreeRow(const QJsonObject &row, const QString &where, bool root);
    void warn(const QString &where, const QString &message)
    {
        m_report->warnings.append(QStringLiteral("%1: %2: %3").arg(m_origin, where, message));
    }

    QString m_origin;
    PortalRequest m_request;
    PortalDirectory *m_directory;
    PortalReport *m_report;
};

QString ResponseReader::addUnit(const QJsonObject &row, const QString &where, bool root)
{
    PortalUnit unit;
    unit.id = textOf(row, "departmentId");
    unit.code = textOf(row, "departmentCode");
    unit.name = textOf(row, "departmentName");
    if (unit.code.isEmpty() && unit.id.isEmpty()) {
        warn(where, QStringLiteral("neither departmentCode nor departmentId; the row is left "
                                   "out"));
        return {};
    }
    if (unit.code.isEmpty())
        unit.code = m_directory->value(unit.id);
    if (unit.code.isEmpty()) {
        unit.code = unit.id;
        warn(where, QStringLiteral("no departmentCode and department id '%1' is not mapped to "
                                   "a code; the id is used as the code. Read a tree response "
                                   "(dvc-progress-tree, provide-online-tree or "
                                   "formality-online-payment-tree) first to map it")
                        .arg(unit.id));
    } else if (!unit.id.isEmpty()) {
        m_directory->insert(unit.id, unit.code);
    }
    if (unit.code.size() > UnitCatalog::MaxCodeLength) {
        warn(where, QStringLiteral("department code longer than %1 characters; the row is "
                                   "left out")
                        .arg(UnitCatalog::MaxCodeLength));
        return {};
    }
    // The envelope decoder rejects a whole unit catalog over one such code, so the row alone is
    // left out here.
    const bool printable = std::none_of(unit.code.cbegin(), unit.code.cend(), [](QChar c) {
        return c == QLatin1Char(' ') || c.category() == QChar::Other_Control;
    });
    if (!printable) {
        warn(where, QStringLiteral("department code '%1' contains spaces or control characters; "
                                   "the row is left out")
                        .arg(unit.code.simplified()));
        return {};
    }
    if (!root && unit.code == m_report->rootCode) {
        warn(where, QStringLiteral("department code '%1' is the code of the root unit; the row "
                                   "is left out")
                        .arg(unit.code));
        return {};
    }
    unit.name = unit.name.left(UnitCatalog::MaxNameLength);

    const QString level = textOf(row, "departmentLevel").isEmpty() ? textOf(row, "level")
                                                                   : textOf(row, "departmentLevel");
    if (root) {
        unit.level = UnitLevel::City;
        m_report->rootCode = unit.code;
    } else {
        unit.level = level == QLatin1String("COMMUNE") ? UnitLevel::Ward : UnitLevel::Department;
        unit.parent = m_report->rootCode;
    }
    m_report->units.append(unit);
    return unit.code;
}

void ResponseReader::addRatio(const QString &unit, const QString &indicator,
                              std::optional<double> numerator, std::optional<double> denominator)
{
    Sample sample;
    sample.unit = unit;
    sample.indicator = indicator;
    sample.period = m_request.period;
    sample.observedAtMs = m_request.observedAtMs;
    sample.hasRatio = true;
    sample.numerator = *numerator;
    sample.denominator = *denominator;
    m_report->samples.push_back(sample);
}

void ResponseReader::addValue(const QString &unit, const QString &indicator, double value)
{
    Sample sample;
    sample.unit = unit;
    sample.indicator = indicator;
    sample.period = m_request.period;
    sample.observedAtMs = m_request.observedAtMs;
    sample.value = value;
    m_report->samples.push_back(sample);
}

void ResponseReader::addPortalFigure(const QString &unit, const QString &indicator,
                                     std::optional<double> ratio, std::optional<double> score,
                                     double maxScore)
{
    m_report->portalFigures.append({unit, indicator, ratio, score, maxScore});
}

void ResponseReader::readMetric(const QString &unit, const QJsonObject &metric,
                                const QString &where)
{
    const QString code = textOf(metric, "code");
    const MetricMapping *mapping = findMetric(code);
    if (!mapping || (!m_report->group.isEmpty() &&
                     m_report->group != QLatin1String(mapping->group))) {
        ++m_report->unknownMetrics;
        warn(where, QStringLiteral("unknown metric code '%1' for the %2 group; skipped")
                        .arg(code, m_report->group));
        return;
    }
    const QString indicator = QString::fromLatin1(mapping->indicator);
    const std::optional<double> numerator = numberOf(metric, "numerator");
    const std::optional<double> denominator = numberOf(metric, "denominator");
    const std::optional<double> ratio = numberOf(metric, "ratio");
    const std::optional<double> score = numberOf(metric, "score");
    addPortalFigure(unit, indicator, ratio, score, numberOf(metric, "maxScore").value_or(0));

    if (numerator && denominator) {
        if (*numerator < 0 || *denominator < 0) {
            warn(where, QStringLiteral("%1 has a negative numerator or denominator (%2 / %3); "
                                       "skipped")
                            .arg(code, QString::number(*numerator),
                                 QString::number(*denominator)));
            return;
        }
        addRatio(unit, indicator, numerator, denominator);
        return;
    }
    // Null figures are no data. The portal scores some criteria without figures, such as
    // electronic certified copies, which it rates 100% with full points: then its ratio is
    // kept as the unit's value, so the dashboard scores it as the portal does.
    if (ratio && score) {
        addValue(unit, indicator, *ratio);
        return;
    }
    ++m_report->nullMetrics;
}

void ResponseReader::readOverviewRow(const QJsonObject &row, const QString &where, bool root)
{
    const QString unit = addUnit(row, where, root);
    if (unit.isEmpty())
        return;
    const QJsonValue metrics = row.value(QLatin1String("metrics"));
    if (!metrics.isArray()) {
        warn(where, QStringLiteral("no metrics array; the unit has no figures"));
        return;
    }
    const QJsonArray array = metrics.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString metricWhere = QStringLiteral("%1.metrics[%2]").arg(where).arg(i);
        if (!array.at(i).isObject()) {
            warn(metricWhere, QStringLiteral("not an object; skipped"));
            continue;
        }
        readMetric(unit, array.at(i).toObject(), metricWhere);
    }
    const QString scoreIndicator = QStringLiteral("score_") + m_report->group;
    addPortalFigure(unit, scoreIndicator, numberOf(row, "ratio"), numberOf(row, "totalScore"),
                    numberOf(row, "totalMaxScore").value_or(0));
}

void ResponseReader::readTreeRow(const QJsonObject &row, const QString &where, bool root)
{
    const QString unit = addUnit(row, where, root);
    if (unit.isEmpty())
        return;
    const std::optional<double> score =
        row.contains(QLatin1String("score")) ? numberOf(row, "score") : numberOf(row, "totalScore");
    const std::optional<double> maxScore = row.contains(QLatin1String("maxScore"))
                                               ? numberOf(row, "maxScore")
                                               : numberOf(row, "totalMaxScore");
    const std::optional<double> ratio = numberOf(row, "ratio");
    const QString scoreIndicator = QStringLiteral("score_") + m_report->group;

    const auto ratioOf = [&](const char *indicator, const char *numeratorKey,
                             const char *denominatorKey) {
        const std::optional<double> numerator = numberOf(row, numeratorKey);
        const std::optional<double> denominator = numberOf(row, denominatorKey);
        if (!numerator || !denominator) {
            ++m_report->nullMetrics;
            warn(where, QStringLiteral("%1 or %2 is missing or null; %3 has no data")
                            .arg(QLatin1String(numeratorKey), QLatin1String(denominatorKey),
                                 QLatin1String(indicator)));
            return;
        }
        addRatio(unit, QString::fromLatin1(indicator), numerator, denominator);
    };

    if (m_report->group == QLatin1String("timeliness")) {
        ratioOf("on_time", "totalOnTime", "totalReceived");
        if (const std::optional<double> days = numberOf(row, "avgProcessingDays"))
            addValue(unit, QStringLiteral("avg_processing_days"), *days);
        addPortalFigure(unit, QStringLiteral("on_time"), ratio, score, maxScore.value_or(0));
        addPortalFigure(unit, scoreIndicator, std::nullopt, score, maxScore.value_or(0));
    } else if (m_report->group == QLatin1String("online_payment")) {
        ratioOf("online_payment", "totalDossierOnlinePaymentSuccess",
                "totalDossierFinancialObligation");
        ratioOf("online_payment_procedures", "totalDossierOnlineFormalityPaymentSuccess",
                "totalFeeFormality");
        ratioOf("fee_procedures_with_dossiers", "totalFeeDossierFormality", "totalFeeFormality");
        addPortalFigure(unit, scoreIndicator, ratio, score, maxScore.value_or(0));
    } else {
        // Online public services: the portal publishes only the points of each unit.
        if (score)
            addValue(unit, scoreIndicator, *score);
        else
            warn(where, QStringLiteral("totalScore is missing or null; the unit has no data"));
        addPortalFigure(unit, scoreIndicator, ratio, score, maxScore.value_or(0));
    }
}

// The group of an overview/evaluation response, from the first metric code it maps.
QString overviewGroup(const QJsonObject &data)
{
    QJsonArray rows = data.value(QLatin1String("evaluation")).toArray();
    rows.prepend(data.value(QLatin1String("overview")));
    for (const QJsonValue &row : std::as_const(rows)) {
        const QJsonArray metrics = row.toObject().value(QLatin1String("metrics")).toArray();
        for (const QJsonValue &metric : metrics) {
            const MetricMapping *mapping =
                findMetric(metric.toObject().value(QLatin1String("code")).toString());
            if (mapping)
                return QString::fromLatin1(mapping->group);
        }
    }
    return {};
}

// The group of a parent/children response, from the counters its parent row carries.
QString treeGroup(const QJsonObject &parent)
{
    if (parent.contains(QLatin1String("totalReceived")))
        return QStringLiteral("timeliness");
    if (parent.contains(QLatin1String("totalDossierFinancialObligation")))
        return QStringLiteral("online_payment");
    if (parent.contains(QLatin1String("totalScore")))
        return QStringLiteral("online_services");
    return {};
}

bool ResponseReader::readOverviewForm(const QJsonObject &data, QString *error)
{
    m_report->group = overviewGroup(data);
    if (m_report->group.isEmpty()) {
        *error = QStringLiteral("%1: no known metric code in data.overview or data.evaluation; "
                                "expected a transparency, dossier-digitized or "
                                "handling-satisfaction response")
                     .arg(m_origin);
        return false;
    }
    const QJsonValue overview = data.value(QLatin1String("overview"));
    if (!overview.isObject()) {
        *error = QStringLiteral("%1: data.overview is missing or not an object").arg(m_origin);
        return false;
    }
    readOverviewRow(overview.toObject(), QStringLiteral("data.overview"), true);
    if (m_report->rootCode.isEmpty()) {
        *error = QStringLiteral("%1: data.overview has no departmentId or departmentCode, so the "
                                "units have no parent")
                     .arg(m_origin);
        return false;
    }
    const QJsonArray rows = data.value(QLatin1String("evaluation")).toArray();
    if (rows.size() > PortalReader::MaxUnits) {
        *error = QStringLiteral("%1: %2 units in data.evaluation, more than the limit of %3")
                     .arg(m_origin, QString::number(rows.size()),
                          QString::number(PortalReader::MaxUnits));
        return false;
    }
    for (int i = 0; i < rows.size(); ++i)
        readOverviewRow(rows.at(i).toObject(), QStringLiteral("data.evaluation[%1]").arg(i),
                        false);
    return true;
}

bool ResponseReader::readTreeForm(const QJsonObject &data, QString *error)
{
    const QJsonObject parent = data.value(QLatin1String("parent")).toObject();
    m_report->group = treeGroup(parent);
    if (m_report->group.isEmpty()) {
        *error = QStringLiteral("%1: data.parent has none of totalReceived, "
                                "totalDossierFinancialObligation or totalScore; expected a "
                                "dvc-progress-tree, provide-online-tree or "
                                "formality-online-payment-tree response")
                     .arg(m_origin);
        return false;
    }
    readTreeRow(parent, QStringLiteral("data.parent"), true);
    if (m_report->rootCode.isEmpty()) {
        *error = QStringLiteral("%1: data.parent has no departmentId or departmentCode")
                     .arg(m_origin);
        return false;
    }
    const QJsonArray rows = data.value(QLatin1String("children")).toArray();
    if (rows.size() > PortalReader::MaxUnits) {
        *error = QStringLiteral("%1: %2 units in data.children, more than the limit of %3")
                     .arg(m_origin, QString::number(rows.size()),
                          QString::number(PortalReader::MaxUnits));
        return false;
    }
    for (int i = 0; i < rows.size(); ++i)
        readTreeRow(rows.at(i).toObject(), QStringLiteral("data.children[%1]").arg(i), false);
    return true;
}

Period periodSpanning(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const Period month = Period::month(from.year(), from.month());
    if (month.start() == from && month.end() == to)
        return month;
    const Period quarter = Period::quarter(from.year(), (from.month() - 1) / 3 + 1);
    if (quarter.start() == from && quarter.end() == to)
        return quarter;
    const Period year = Period::year(from.year());
    if (year.start() == from && year.end() == to)
        return year;
    return {};
}

} // namespace

QString PortalReader::indicatorOfMetric(const QString &metricCode)
{
    const MetricMapping *mapping = findMetric(metricCode);
    return mapping ? QString::fromLatin1(mapping->indicator) : QString();
}

bool PortalReader::read(const QByteArray &json, const QString &origin,
                        const PortalRequest &request, PortalDirectory *directory,
                        PortalReport *report, QString *error)
{
    *report = PortalReport();
    if (json.size() > MaxResponseBytes) {
        *error = QStringLiteral("%1: %2 bytes, more than the limit of %3 bytes for one response")
                     .arg(origin, QString::number(json.size()),
                          QString::number(MaxResponseBytes));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: invalid JSON at %2: %3")
                     .arg(origin, positionOf(json, parseError.offset), parseError.errorString());
        return false;
    }
    if (!request.period.isValid()) {
        *error = QStringLiteral("%1: the reporting period is not known; give it with --period "
                                "(2026-08, 2026-Q3 or 2026)")
                     .arg(origin);
        return false;
    }
    const QJsonObject top = document.object();
    const QString code = top.value(QLatin1String("code")).toString();
    if (!code.isEmpty() && code != QLatin1String("OK")) {
        *error = QStringLiteral("%1: the portal answered code '%2': %3")
                     .arg(origin, code, top.value(QLatin1String("message")).toString());
        return false;
    }
    const QJsonObject data = top.value(QLatin1String("data")).toObject();
    ResponseReader reader(origin, request, directory, report);
    if (data.contains(QLatin1String("overview")))
        return reader.readOverviewForm(data, error);
    if (data.contains(QLatin1String("parent")))
        return reader.readTreeForm(data, error);
    *error = QStringLiteral("%1: no data.overview or data.parent; not a Decision 766 "
                            "evaluation response")
                 .arg(origin);
    return false;
}

Period PortalReader::periodOfPayload(const QJsonObject &payload)
{
    const QString type = payload.value(QLatin1String("timeType")).toString();
    const int year = payload.value(QLatin1String("year")).toInt();
    if (type == QLatin1String("year"))
        return Period::year(year);
    if (type == QLatin1String("quarter"))
        return Period::quarter(year, payload.value(QLatin1String("quarter")).toInt());
    if (type == QLatin1String("month"))
        return Period::month(year, payload.value(QLatin1String("month")).toInt());
    return periodSpanning(
        QDate::fromString(payload.value(QLatin1String("fromDate")).toString(), Qt::ISODate),
        QDate::fromString(payload.value(QLatin1String("toDate")).toString(), Qt::ISODate));
}

bool PortalReader::readManifest(const QString &path, QHash<QString, PortalRequest> *requests,
                                QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the manifest: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QByteArray json = file.read(MaxResponseBytes);
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: invalid JSON at %2: %3")
                     .arg(path, positionOf(json, parseError.offset), parseError.errorString());
        return false;
    }
    const QJsonArray captures = document.object().value(QLatin1String("captures")).toArray();
    for (const QJsonValue &value : captures) {
        const QJsonObject capture = value.toObject();
        PortalRequest request;
        request.period = periodOfPayload(capture.value(QLatin1String("payload")).toObject());
        request.observedAtMs =
            QDateTime::fromString(capture.value(QLatin1String("capturedAt")).toString(),
                                  Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        const QJsonObject payload = capture.value(QLatin1String("payload")).toObject();
        request.procedureId = payload.value(QLatin1String("formalityId")).toString();
        if (request.procedureId.isEmpty())
            request.procedureId = payload.value(QLatin1String("formalityID")).toString();
        if (request.period.isValid())
            requests->insert(capture.value(QLatin1String("file")).toString(), request);
    }
    return true;
}

std::vector<QByteArray> portalEnvelopes(const PortalReport &report, const QString &source,
                                        qint64 sentAtMs, quint64 *sequence, int batchSize)
{
    namespace pb = soc::feed::v1;
    std::vector<QByteArray> envelopes;
    const auto finish = [&](pb::Envelope *envelope) {
        envelope->set_source(source.toStdString());
        envelope->set_sequence(++*sequence);
        envelope->set_sent_at(sentAtMs);
        const std::string bytes = envelope->SerializeAsString();
        envelopes.emplace_back(bytes.data(), static_cast<qsizetype>(bytes.size()));
    };

    pb::Envelope catalog;
    for (const PortalUnit &unit : report.units) {
        pb::Unit *item = catalog.mutable_unit_catalog()->add_units();
        item->set_code(unit.code.toStdString());
        item->set_parent(unit.parent.toStdString());
        item->set_level(unitLevelName(unit.level).toStdString());
        item->set_name_vi(unit.name.toStdString());
    }
    if (!report.units.isEmpty())
        finish(&catalog);

    for (size_t first = 0; first < report.samples.size(); first += size_t(batchSize)) {
        pb::Envelope batch;
        const size_t last = std::min(report.samples.size(), first + size_t(batchSize));
        for (size_t i = first; i < last; ++i)
            appendSample(batch.mutable_kpi_batch(), report.samples[i]);
        finish(&batch);
    }
    return envelopes;
}

} // namespace soc
