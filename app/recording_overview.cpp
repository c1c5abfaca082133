#include "app/recording_overview.h"

#include "storage/recording.h"

#include <QFileInfo>

namespace soc {

bool loadRecordingOverview(const QString &path, RecordingOverview *overview, QString *error,
                           const std::function<bool(qint64 done, qint64 total)> &progress)
{
    RecordingReader reader;
    RecordingSummary summary;
    QVector<RecordedAlertMark> marks;
    RecordingReader::ScanProgress scanProgress;
    if (progress) {
        scanProgress = [&progress](quint64 done, quint64 total) {
            return progress(static_cast<qint64>(done), static_cast<qint64>(total));
        };
    }
    if (!reader.open(path, error) || !reader.summarize(&summary, error, scanProgress) ||
        !reader.alertMarks(&marks, error))
        return false;

    *overview = {};
    overview->name = QFileInfo(path).fileName();
    overview->startMs = summary.firstReceivedMs;
    overview->endMs = summary.lastReceivedMs;
    overview->envelopes = summary.envelopes;
    overview->unidentified = summary.unidentified;
    overview->operatorActions = summary.operatorActions;
    overview->keyframes = summary.keyframes;
    for (const RecordedSource &source : std::as_const(summary.sources)) {
        overview->sources.append({source.source, source.envelopes, source.snapshots,
                                  source.firstSequence, source.lastSequence, source.missing,
                                  source.restarts, source.gaps});
    }
    overview->alertChanges.reserve(marks.size());
    for (const RecordedAlertMark &mark : std::as_const(marks))
        overview->alertChanges.append({mark.atMs, mark.alertId, mark.event, mark.severity});
    return true;
}

} // namespace soc
