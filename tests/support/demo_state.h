#pragma once

#include "core/dashboard_state.h"
#include "feed/demo_feed.h"
#include "feed/feed_worker.h"

#include <QDateTime>

namespace soc::test {

// 2026-12-04 10:00 in Ho Chi Minh City.
inline qint64 demoMoment()
{
    return QDateTime::fromString(QStringLiteral("2026-12-04T03:00:00Z"), Qt::ISODate)
        .toMSecsSinceEpoch();
}

// The state that the dashboard shows after the demo picture at `atMs` with the default seed.
inline DashboardStatePtr demoState(qint64 atMs = demoMoment())
{
    FeedWorker worker;
    DemoFeed feed;
    for (const QByteArray &payload : feed.picture(atMs))
        worker.ingest(payload, QString(), atMs);
    return worker.buildState(atMs);
}

} // namespace soc::test
