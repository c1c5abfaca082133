#include "feed/demo_source.h"

#include <QDateTime>
#include <QUrlQuery>

#include <limits>

namespace soc {

DemoSource::DemoSource(const QString &url, quint64 seed, const UnitCatalog &units,
                       QObject *parent)
    : FeedSource(url, parent), m_feed(std::make_unique<DemoFeed>(seed, units)), m_timer(this)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DemoSource::tick);
}

bool DemoSource::parseUrl(const QString &url, quint64 *seed, QString *error)
{
    if (!url.startsWith(QLatin1String("demo:"))) {
        *error = QStringLiteral("'%1' is not a demo URL; use demo: or demo:?seed=N").arg(url);
        return false;
    }
    *seed = DemoFeed::DefaultSeed;
    const QString rest = url.mid(5);
    if (rest.isEmpty())
        return true;
    if (!rest.startsWith(QLatin1Char('?'))) {
        *error = QStringLiteral("invalid demo URL '%1'; use demo: or demo:?seed=N").arg(url);
        return false;
    }
    const QUrlQuery query(rest.mid(1));
    for (const auto &[key, value] : query.queryItems()) {
        if (key != QLatin1String("seed")) {
            *error = QStringLiteral("unknown demo option '%1' in '%2'; the only option is seed")
                         .arg(key, url);
            return false;
        }
        bool ok = false;
        *seed = value.toULongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("invalid demo seed '%1'; use a whole number from 0 to %2")
                         .arg(value)
                         .arg(std::numeric_limits<quint64>::max());
            return false;
        }
    }
    return true;
}

void DemoSource::start()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setState(State::Connected);
    deliver(m_feed->picture(now), now);
    m_lastTickMs = now;
    m_timer.start();
}

void DemoSource::deliverPicture(qint64 atMs)
{
    setState(State::Connected);
    deliver(m_feed->picture(atMs), atMs);
}

void DemoSource::stop()
{
    m_timer.stop();
    setState(State::Stopped);
}

void DemoSource::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    deliver(m_feed->advance(m_lastTickMs, now), now);
    m_lastTickMs = now;
}

void DemoSource::deliver(const std::vector<QByteArray> &envelopes, qint64 atMs)
{
    if (!m_announced) {
        for (const QString &source : m_feed->sourceIds())
            emit sourcePresenceChanged(source, true, atMs);
        m_announced = true;
    }
    for (const QByteArray &payload : envelopes)
        emit envelopeReceived(payload, QString(), atMs);
}

} // namespace soc
