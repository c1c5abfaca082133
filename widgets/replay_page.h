#pragma once

#include <QVector>
#include <QWidget>

#include <utility>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace soc {

class ReplayTimeline;

// The summary of one recording that the Replay page shows. The application fills it from the
// file, because widgets never read files.
struct RecordingOverview
{
    struct Source
    {
        QString source;
        quint64 envelopes = 0;
        quint64 snapshots = 0;
        quint64 firstSequence = 0;
        quint64 lastSequence = 0;
        quint64 missing = 0;
        quint64 restarts = 0;
        QVector<std::pair<quint64, quint64>> gaps; // skipped sequence ranges, inclusive
    };
    struct AlertChange
    {
        qint64 atMs = 0;
        QString alertId;
        QString event;    // "raised", "acknowledged" etc.
        QString severity; // "warning", "critical" or empty
    };

    QString name; // the file name
    qint64 startMs = 0;
    qint64 endMs = 0;
    quint64 envelopes = 0;
    quint64 unidentified = 0;
    quint64 operatorActions = 0;
    quint64 keyframes = 0;
    QVector<Source> sources;
    QVector<AlertChange> alertChanges; // in time order
};

// Replay: the open recording at a glance. A timeline runs from its first to its last envelope,
// with a tick for each alert change (vermilion critical, amber warning, grey other) and the
// replay position. Below it are the time range and counts, each source with its sequence gaps
// and restarts, and the alert changes, newest last. Without a recording the page explains how to
// open one.
class ReplayPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayPage(QWidget *parent = nullptr);

    void setRecording(const RecordingOverview &overview);
    void clearRecording();
    bool hasRecording() const { return m_hasRecording; }
    // Moves the replay position on the timeline (ms since the epoch).
    void setReplayTime(qint64 atMs);

    QStandardItemModel *sourcesModel() const { return m_sources; }
    QStandardItemModel *alertChangesModel() const { return m_changes; }
    ReplayTimeline *timeline() const { return m_timeline; }

    // At most this many alert changes are listed, the latest ones; the timeline shows them all.
    static constexpr int MaxListedChanges = 1000;

    // Translated names of an alert event ("raised") and a severity ("critical").
    static QString alertChangeName(const QString &event);
    static QString severityLabel(const QString &severity);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void fillTables();
    void applyScale();

    RecordingOverview m_overview;
    bool m_hasRecording = false;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_sourcesTitle = nullptr;
    QLabel *m_changesTitle = nullptr;
    ReplayTimeline *m_timeline = nullptr;
    QStandardItemModel *m_sources = nullptr;
    QStandardItemModel *m_changes = nullptr;
    QTableView *m_sourcesTable = nullptr;
    QTableView *m_changesTable = nullptr;
};

// The timeline of the Replay page.
class ReplayTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayTimeline(QWidget *parent = nullptr);

    void setRange(qint64 startMs, qint64 endMs);
    void setMarks(const QVector<RecordingOverview::AlertChange> &changes);
    void setPosition(qint64 atMs);
    qint64 position() const { return m_positionMs; }
    int markCount() const { return m_marks.size(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_positionMs = 0;
    QVector<std::pair<qint64, QString>> m_marks; // time, severity
};

} // namespace soc
