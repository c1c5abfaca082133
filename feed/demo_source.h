#pragma once

#include "feed/demo_feed.h"
#include "feed/feed_source.h"

#include <QTimer>

#include <memory>

namespace soc {

// `demo:` and `demo:?seed=N`: the in-process simulator. On start it delivers the whole current
// picture, then the updates that fall due, once a second.
class DemoSource : public FeedSource
{
    Q_OBJECT

public:
    DemoSource(const QString &url, quint64 seed, const UnitCatalog &units,
               QObject *parent = nullptr);

    // Reads the seed from a `demo:` URL. Returns false with a message for a malformed one.
    static bool parseUrl(const QString &url, quint64 *seed, QString *error);

    bool isSimulated() const override { return true; }
    void start() override;
    void stop() override;
    // Delivers the whole picture at a moment at once, without starting the timer.
    void deliverPicture(qint64 atMs);

private:
    void tick();
    void deliver(const std::vector<QByteArray> &envelopes, qint64 atMs);

    std::unique_ptr<DemoFeed> m_feed;
    QTimer m_timer; // a child, so that moveToThread() moves it along
    qint64 m_lastTickMs = 0;
    bool m_announced = false; // the simulated sources have announced they are online
};

} // namespace soc
