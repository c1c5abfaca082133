#pragma once

#include "core/dashboard_state.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace soc {

class FeedSource;
class FeedWorker;

// Runs the feed worker and its sources on a thread named "soc.feed" and hands each published
// DashboardState to the UI thread through a queued signal. Lives on the UI thread.
class FeedHub : public QObject
{
    Q_OBJECT

public:
    explicit FeedHub(QObject *parent = nullptr);
    ~FeedHub() override;

    // Creates a source for a feed URL. Returns nullptr with a message for an unsupported or
    // malformed URL. The source is not started.
    static FeedSource *createSource(const QString &url, const UnitCatalog &units, QString *error);
    // Checks every URL first, so that one bad URL starts nothing. `unitCatalogPath` names a
    // unit catalog CSV to use instead of the built-in districts; empty for the built-in one.
    bool start(const QStringList &urls, const QString &unitCatalogPath, QString *error);
    // Stops the sources and the thread, waiting at most a few seconds.
    void stop();

signals:
    void stateReady(soc::DashboardStatePtr state);

private:
    QThread m_thread;
    FeedWorker *m_worker = nullptr; // lives on m_thread, deleted there
};

} // namespace soc
