#pragma once

#include "core/dashboard_state.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace soc {

class FeedSource;
class AlertWriter;
class FeedWorker;
class HistoryWriter;
class ReplaySource;

// Runs the feed worker and its sources on a thread named "soc.feed" and hands each published
// DashboardState to the UI thread through a queued signal. Lives on the UI thread.
// Unless history is turned off, it also runs a HistoryWriter on a thread named "soc.history"
// and hands it every sample that changed the KPI store. Unless alert history is turned off, an
// AlertWriter on a thread named "soc.alerts" restores the alerts at start and stores their events.
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

    // KPI history, on by default; set before start(). An empty path uses history.sqlite in the
    // data folder, or history-demo.sqlite there when a feed is simulated, so that demo figures
    // never mix with live ones.
    void setHistoryEnabled(bool enabled) { m_historyEnabled = enabled; }
    void setHistoryPath(const QString &path) { m_historyPath = path; }
    // Alert history, on by default and off during a replay; set before start(). An empty path
    // uses alerts.sqlite in the data folder, or alerts-demo.sqlite when a feed is simulated.
    void setAlertHistoryEnabled(bool enabled) { m_alertHistoryEnabled = enabled; }
    void setAlertHistoryPath(const QString &path) { m_alertHistoryPath = path; }

    // The replay of a `file:` feed, or nullptr. It lives on the feed thread: call its methods
    // through QMetaObject::invokeMethod with a functor, and connect to its signals, which
    // arrive queued.
    ReplaySource *replaySource() const { return m_replay; }
    // The worker on the feed thread, or nullptr before start(). Connect to its signals only
    // (they arrive from the feed thread); call nothing on it from another thread.
    FeedWorker *worker() const { return m_worker; }

    // Operator actions on alerts, carried out on the feed thread and recorded with the name of
    // the user running the dashboard. Unknown ids are logged and skipped.
    void acknowledgeAlerts(const QStringList &alertIds);
    void shelveAlerts(const QStringList &alertIds, qint64 durationMs);
    void unshelveAlerts(const QStringList &alertIds);

signals:
    void stateReady(soc::DashboardStatePtr state);
    // From the history writer, translated: history is off or lost a batch (error), or goes on
    // after a recovery (warning). The dashboard itself carries on in every case.
    void historyErrorOccurred(const QString &message);
    void historyWarningOccurred(const QString &message);
    // From the alert writer, translated, in the same cases as the KPI history.
    void alertHistoryErrorOccurred(const QString &message);
    void alertHistoryWarningOccurred(const QString &message);

private:
    QThread m_thread;
    FeedWorker *m_worker = nullptr; // lives on m_thread, deleted there

    void startHistory(bool simulated);
    void stopHistory();
    bool m_historyEnabled = true;
    QString m_historyPath;
    QThread m_historyThread;
    HistoryWriter *m_historyWriter = nullptr; // lives on m_historyThread, deleted there

    void startAlertHistory(bool simulated);
    void stopAlertHistory();
    bool m_alertHistoryEnabled = true;
    QString m_alertHistoryPath;
    QThread m_alertThread;
    AlertWriter *m_alertWriter = nullptr; // lives on m_alertThread, deleted there
    ReplaySource *m_replay = nullptr;         // owned by the worker, on m_thread
};

} // namespace soc
