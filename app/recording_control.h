#pragma once

#include "core/unit_catalog.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace soc {

class FeedHub;
class FeedWorker;
class RecordingWriter;

// Records every envelope that the running dashboard receives, and every operator action on
// alerts, into a new `.socrec` file, from the File menu and for live rewind. The file begins
// with a picture of the state at the start (every KPI, source counter and alert), so that its
// replay from the start shows what the window showed. The writer has its own thread; envelopes
// reach it straight from the feed thread. A failure (an unwritable folder, a full disk) stops the recording and is reported,
// while the live display goes on. Lives on the UI thread.
class RecordingControl : public QObject
{
    Q_OBJECT

public:
    explicit RecordingControl(FeedHub *hub, QObject *parent = nullptr);
    ~RecordingControl() override;

    // Starts recording to `path`, which must not exist. Returns false with a translated
    // message when it cannot start.
    bool start(const QString &path, QString *error);
    // Stops recording and closes the file; returns false with a message when the last
    // envelopes could not be written.
    bool stop(QString *error);
    bool isRecording() const { return m_writer != nullptr; }
    QString path() const;
    // The unit catalog the feeds started from, for the keyframes; the built-in districts by
    // default. Set before start().
    void setUnitCatalog(const UnitCatalog &units) { m_units = units; }

signals:
    void recordingChanged(bool recording, const QString &path);
    // Translated, for the status bar: the recording stopped by itself.
    void errorOccurred(const QString &message);

private:
    void connectWriter(FeedWorker *worker, const std::shared_ptr<RecordingWriter> &writer);

    FeedHub *m_hub;
    UnitCatalog m_units;
    // Shared with the feed-thread connection, so that a call in flight when recording stops
    // still finds the writer; the last owner deletes it on its own thread with deleteLater().
    std::shared_ptr<RecordingWriter> m_writer;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace soc
