#include "feed/demo_feed.h"

#include "feed/envelope_encoder.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

namespace pb = soc::feed::v1;

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 CityOffsetMs = 7 * HourMs; // Ho Chi Minh City is UTC+7 all year
constexpr qint64 HeartbeatMs = 10 * 1000;
constexpr double Pi = 3.14159265358979323846;

// FNV-1a over UTF-16 code units then splitmix64: stable across runs and platforms, unlike
// qHash, which is seeded per process.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 hashText(quint64 seed, const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL ^ mix(seed);
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

double toUnit(quint64 h)
{
    return static_cast<double>(h >> 11) / static_cast<double>(1ULL << 53);
}

// How a ratio indicator behaves in the demo: city mean and spread across units in percent,
// amplitude of the slow drift, and the denominator as a share of the monthly dossier volume
// (or a fixed count per unit for procedure and field counts).
struct RatioProfile
{
    double mean;
    double spread;
    double driftAmplitude;
    double volumeShare; // 0 when the denominator is a fixed count
    double fixedDenominator;
};

const QMap<QString, RatioProfile> &ratioProfiles()
{
    static const QMap<QString, RatioProfile> profiles = {
        {QStringLiteral("e_result"), {70, 8, 2, 0.85, 0}},
        {QStringLiteral("dossier_digitized"), {66, 9, 2, 1.0, 0}},
        {QStringLiteral("result_digitized"), {61, 10, 2, 0.85, 0}},
        {QStringLiteral("data_reused"), {17, 6, 1.5, 1.0, 0}},
        {QStringLiteral("digitized_shared"), {48, 10, 2, 0.66, 0}},
        {QStringLiteral("population_data_dossier"), {56, 10, 2, 1.0, 0}},
        {QStringLiteral("population_data_procedure"), {38, 12, 0, 0, 340}},
        {QStringLiteral("paper_free_procedures"), {31, 8, 0, 0, 160}},
        {QStringLiteral("online_full_process"), {58, 10, 2, 0.7, 0}},
        {QStringLiteral("online_payment"), {47, 10, 2, 0.4, 0}},
        {QStringLiteral("on_time"), {96, 2.5, 0.7, 0.9, 0}},
        {QStringLiteral("declaration_reduction"), {22, 6, 0, 0, 1100}},
        {QStringLiteral("business_sync"), {98.6, 1, 0.3, 0.08, 0}},
        {QStringLiteral("satisfaction"), {95.5, 2, 0.5, 0.3, 0}},
    };
    return profiles;
}

// Monthly dossier volume of the districts, roughly in proportion to their population.
const QHash<QString, double> &districtVolumes()
{
    static const QHash<QString, double> volumes = {
        {QStringLiteral("760"), 22000}, {QStringLiteral("761"), 28000},
        {QStringLiteral("764"), 30000}, {QStringLiteral("765"), 26000},
        {QStringLiteral("766"), 25000}, {QStringLiteral("767"), 22000},
        {QStringLiteral("768"), 11000}, {QStringLiteral("769"), 52000},
        {QStringLiteral("770"), 15000}, {QStringLiteral("771"), 14000},
        {QStringLiteral("772"), 11000}, {QStringLiteral("773"), 10000},
        {QStringLiteral("774"), 12000}, {QStringLiteral("775"), 13000},
        {QStringLiteral("776"), 18000}, {QStringLiteral("777"), 34000},
        {QStringLiteral("778"), 20000}, {QStringLiteral("783"), 19000},
        {QStringLiteral("784"), 20000}, {QStringLiteral("785"), 30000},
        {QStringLiteral("786"), 9000},  {QStringLiteral("787"), 4000},
    };
    return volumes;
}

QDateTime cityTime(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs + CityOffsetMs, QTimeZone::utc());
}

double monthElapsedShare(qint64 atMs)
{
    const QDateTime local = cityTime(atMs);
    const QDate date = local.date();
    const double day = date.day() - 1 + local.time().msecsSinceStartOfDay() / (24.0 * HourMs);
    return std::max(0.02, day / date.daysInMonth());
}

Period periodFor(const QString &indicator, qint64 atMs)
{
    const QDate date = cityTime(atMs).date();
    static const QStringList daily = {QStringLiteral("overdue_backlog"),
                                      QStringLiteral("pending_backlog"),
                                      QStringLiteral("citizen_app_active_users"),
                                      QStringLiteral("special_id_unverified"),
                                      QStringLiteral("business_sync_lag")};
    if (daily.contains(indicator))
        return Period::day(date);
    if (indicator == QLatin1String("declaration_reduction"))
        return Period::quarter(date.year(), (date.month() - 1) / 3 + 1);
    if (indicator == QLatin1String("paper_free_procedures"))
        return Period::year(date.year());
    return Period::month(date.year(), date.month());
}

} // namespace

DemoFeed::DemoFeed(quint64 seed, UnitCatalog units, IndicatorCatalog indicators)
    : m_seed(seed), m_units(std::move(units)), m_indicators(std::move(indicators))
{
    for (const Unit &unit : m_units.units()) {
        if (m_units.children(unit.code).isEmpty() && !unit.parent.isEmpty())
            m_reportingUnits.append(unit.code);
    }
    m_reportingUnits.sort();

    QStringList ranked = m_reportingUnits;
    std::sort(ranked.begin(), ranked.end(), [this](const QString &a, const QString &b) {
        return unitHash(a, QStringLiteral("backlog")) < unitHash(b, QStringLiteral("backlog"));
    });
    m_growingBacklog = ranked.mid(0, std::min<int>(3, ranked.size()));
    m_growingBacklog.sort();
}

QStringList DemoFeed::sourceIds() const
{
    QStringList sources;
    for (const Indicator &indicator : m_indicators.indicators()) {
        if (!indicator.source.isEmpty() && !sources.contains(indicator.source))
            sources.append(indicator.source);
    }
    return sources;
}

qint64 DemoFeed::updateStepMs(const Indicator &indicator)
{
    const qint64 seconds = std::clamp<qint64>(indicator.cadenceSeconds / 30, 5, 60);
    return seconds * 1000;
}

double DemoFeed::unitHash(const QString &unit, const QString &salt) const
{
    return toUnit(hashText(m_seed, unit + QLatin1Char('|') + salt));
}

double DemoFeed::bucketNoise(const QString &unit, const QString &indicator, qint64 bucket) const
{
    const QString key = QStringLiteral("%1|%2|%3").arg(unit, indicator).arg(bucket);
    return toUnit(hashText(m_seed, key)) - 0.5;
}

// Two slow waves with unit-specific phases: a six-hour swell and a 37-minute ripple.
double DemoFeed::drift(const QString &unit, const QString &indicator, qint64 atMs) const
{
    const double phase = 2 * Pi * unitHash(unit, indicator + QStringLiteral("|phase"));
    const double hours = static_cast<double>(atMs) / HourMs;
    return 0.7 * std::sin(2 * Pi * hours / 6.0 + phase) +
           0.3 * std::sin(2 * Pi * hours * 60.0 / 37.0 + 2 * phase);
}

double DemoFeed::monthlyVolume(const QString &unit) const
{
    const double base = districtVolumes().value(unit, 3000 + 17000 * unitHash(unit, QStringLiteral("size")));
    return base * (0.9 + 0.2 * unitHash(unit, QStringLiteral("volume")));
}

Sample DemoFeed::sampleAt(const QString &unit, const Indicator &indicator, qint64 atMs) const
{
    const qint64 step = updateStepMs(indicator);
    const qint64 bucket = atMs / step;
    const qint64 observedAt = bucket * step;

    Sample sample;
    sample.unit = unit;
    sample.indicator = indicator.id;
    sample.source = indicator.source;
    sample.observedAtMs = observedAt;
    sample.period = periodFor(indicator.id, observedAt);

    const double volume = monthlyVolume(unit);
    const double elapsed = monthElapsedShare(observedAt);
    const double noise = bucketNoise(unit, indicator.id, bucket);
    const double unitOffset = 2 * unitHash(unit, indicator.id) - 1; // -1 .. 1
    const bool growing = m_growingBacklog.contains(unit);
    const QDateTime local = cityTime(observedAt);
    const double hourOfDay = local.time().msecsSinceStartOfDay() / double(HourMs);

    const auto profile = ratioProfiles().constFind(indicator.id);
    if (profile != ratioProfiles().cend()) {
        double percent = profile->mean + profile->spread * unitOffset +
                         profile->driftAmplitude * drift(unit, indicator.id, observedAt) +
                         0.4 * noise;
        if (indicator.id == QLatin1String("on_time"))
            percent = growing ? std::clamp(percent - 4.5, 90.0, 93.5) : std::clamp(percent, 92.0, 99.5);
        percent = std::clamp(percent, 0.5, 99.9);

        double denominator = profile->fixedDenominator > 0
                                 ? std::round(profile->fixedDenominator *
                                              (0.7 + 0.6 * unitHash(unit, indicator.id + QStringLiteral("|den"))))
                                 : std::round(volume * profile->volumeShare * elapsed);
        denominator = std::max(denominator, 1.0);
        sample.hasRatio = true;
        sample.denominator = denominator;
        sample.numerator = std::min(denominator, std::round(denominator * percent / 100.0));
        return sample;
    }

    const double pending = volume / 30.0 * 4.5 * (1.0 + 0.08 * drift(unit, indicator.id, observedAt));
    if (indicator.id == QLatin1String("pending_backlog")) {
        sample.value = std::round(pending + 20 * noise);
    } else if (indicator.id == QLatin1String("overdue_backlog")) {
        const double base = pending * (0.012 + 0.01 * unitHash(unit, QStringLiteral("overdue")));
        const double growth = growing ? (4.0 + 4.0 * unitHash(unit, QStringLiteral("growth"))) * hourOfDay : 0;
        sample.value = std::max(0.0, std::round(base + growth + 3 * noise));
    } else if (indicator.id == QLatin1String("citizen_app_active_users")) {
        const double daytime = 0.35 + 0.65 * std::max(0.0, std::sin(Pi * (hourOfDay - 6) / 16));
        sample.value = std::round(volume * 6 * daytime * (1 + 0.05 * noise));
    } else if (indicator.id == QLatin1String("special_id_issued")) {
        sample.value = std::round(volume * 0.004 * elapsed * 30 * (1 + 0.1 * unitOffset));
    } else if (indicator.id == QLatin1String("special_id_unverified")) {
        sample.value = std::round(6 + 6 * unitOffset + 2 * noise);
        sample.value = std::max(0.0, sample.value);
    } else if (indicator.id == QLatin1String("business_sync_lag")) {
        const bool spike = toUnit(hashText(m_seed, QStringLiteral("spike|%1|%2").arg(unit).arg(bucket / 60))) < 0.03;
        sample.value = spike ? 1800 + 3600 * (noise + 0.5) : 45 + 120 * (unitOffset + 1) + 40 * noise;
        sample.value = std::round(std::max(1.0, sample.value));
    } else {
        sample.value = std::round(std::max(0.0, 100 + 50 * unitOffset + 10 * noise));
    }
    return sample;
}

QByteArray DemoFeed::finish(const QString &source, qint64 sentAtMs, pb::Envelope *envelope)
{
    envelope->set_source(source.toStdString());
    envelope->set_sequence(++m_sequences[source]);
    envelope->set_sent_at(sentAtMs);
    const std::string bytes = envelope->SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

std::vector<QByteArray> DemoFeed::picture(qint64 atMs)
{
    std::vector<QByteArray> envelopes;

    pb::Envelope catalogMessage;
    for (const Unit &unit : m_units.units()) {
        pb::Unit *item = catalogMessage.mutable_unit_catalog()->add_units();
        item->set_code(unit.code.toStdString());
        item->set_parent(unit.parent.toStdString());
        item->set_level(unitLevelName(unit.level).toStdString());
        item->set_name_vi(unit.nameVi.toStdString());
        item->set_name_en(unit.nameEn.toStdString());
    }
    envelopes.push_back(finish(QStringLiteral("tthc"), atMs, &catalogMessage));

    for (const QString &source : sourceIds()) {
        std::vector<Sample> samples;
        for (const Indicator &indicator : m_indicators.indicators()) {
            if (indicator.source != source || !indicator.simulated)
                continue;
            for (const QString &unit : std::as_const(m_reportingUnits))
                samples.push_back(sampleAt(unit, indicator, atMs));
        }
        appendBatches(source, samples, atMs, &envelopes);
    }
    appendAlerts(atMs, true, &envelopes);
    return envelopes;
}

void DemoFeed::appendAlerts(qint64 atMs, bool picture, std::vector<QByteArray> *envelopes)
{
    if (picture)
        m_alertLevels.clear();
    const Indicator *overdue = m_indicators.find(QStringLiteral("overdue_backlog"));
    const Indicator *lag = m_indicators.find(QStringLiteral("business_sync_lag"));
    if (!overdue || !lag)
        return;

    for (const QString &unit : std::as_const(m_reportingUnits)) {
        const Unit *info = m_units.find(unit);
        const QString nameVi = info ? info->nameVi : unit;
        const QString nameEn = info ? info->nameEn : unit;
        const double backlog = sampleAt(unit, *overdue, atMs).value;
        int backlogLevel = 0; // 0 normal, 1 warning over 120 dossiers, 2 critical over 200
        if (backlog > 200)
            backlogLevel = 2;
        else if (backlog > 120)
            backlogLevel = 1;
        const double lagSeconds = sampleAt(unit, *lag, atMs).value;
        struct Check
        {
            QString id;
            QString source;
            const Indicator *indicator;
            int level;
            QString textVi;
            QString textEn;
        };
        const Check checks[] = {
            {QStringLiteral("overdue-%1").arg(unit), QStringLiteral("tthc"), overdue,
             backlogLevel,
             QStringLiteral("Hồ sơ quá hạn tại %1: %2").arg(nameVi).arg(backlog),
             QStringLiteral("Overdue dossiers in %1: %2").arg(nameEn).arg(backlog)},
            {QStringLiteral("sync-lag-%1").arg(unit), QStringLiteral("dkkd"), lag,
             lagSeconds > 1800 ? 1 : 0,
             QStringLiteral("Đồng bộ đăng ký kinh doanh tại %1 trễ %2 giây").arg(nameVi).arg(lagSeconds),
             QStringLiteral("Business registration sync in %1 is %2 s behind").arg(nameEn).arg(lagSeconds)},
        };
        for (const Check &check : checks) {
            const int previous = m_alertLevels.value(check.id, 0);
            if (check.level == previous)
                continue;
            m_alertLevels.insert(check.id, check.level);
            pb::Envelope message;
            pb::Alert *alert = message.mutable_alert();
            alert->set_id(check.id.toStdString());
            alert->set_unit(unit.toStdString());
            alert->set_indicator(check.indicator->id.toStdString());
            alert->set_severity(std::max(check.level, previous) == 2 ? "critical" : "warning");
            alert->set_active(check.level > 0);
            alert->set_text_vi(check.textVi.toStdString());
            alert->set_text_en(check.textEn.toStdString());
            envelopes->push_back(finish(check.source, atMs, &message));
        }
    }
}

void DemoFeed::appendBatches(const QString &source, const std::vector<Sample> &samples,
                             qint64 sentAtMs, std::vector<QByteArray> *envelopes)
{
    if (samples.empty())
        return;
    pb::Envelope message;
    for (const Sample &sample : samples) {
        appendSample(message.mutable_kpi_batch(), sample);
        if (m_oneSamplePerEnvelope) {
            envelopes->push_back(finish(source, sentAtMs, &message));
            message.Clear();
        }
    }
    if (!m_oneSamplePerEnvelope)
        envelopes->push_back(finish(source, sentAtMs, &message));
}

std::vector<QByteArray> DemoFeed::advance(qint64 fromMs, qint64 toMs)
{
    std::vector<QByteArray> envelopes;
    if (toMs <= fromMs)
        return envelopes;

    for (const QString &source : sourceIds()) {
        std::vector<Sample> samples;
        for (const Indicator &indicator : m_indicators.indicators()) {
            const qint64 step = updateStepMs(indicator);
            if (indicator.source != source || !indicator.simulated || toMs / step == fromMs / step)
                continue;
            for (const QString &unit : std::as_const(m_reportingUnits))
                samples.push_back(sampleAt(unit, indicator, toMs));
        }
        if (!samples.empty()) {
            appendBatches(source, samples, toMs, &envelopes);
        } else if (toMs / HeartbeatMs != fromMs / HeartbeatMs) {
            pb::Envelope heartbeat;
            heartbeat.mutable_heartbeat();
            envelopes.push_back(finish(source, toMs, &heartbeat));
        }
    }
    // Alerts follow the steps of the figures they watch: the backlog every 10 s.
    if (toMs / 10000 != fromMs / 10000)
        appendAlerts(toMs, false, &envelopes);
    return envelopes;
}

} // namespace soc
