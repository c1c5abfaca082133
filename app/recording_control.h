#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace soc {

class FeedHub;
class RecordingWriter;

// Records every envelope that the running dashboard receives into a new `.socrec` file, from
// the File menu. The writer has its own thread; envelopes reach it straight from the feed
// thread. A failure (an unwritable folder, a full disk) stops the recording and is reported,
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

signals:
    void recordingChanged(bool recording, const QString &path);
    // Translated, for the status bar: the recording stopped by itself.
    void errorOccurred(const QString &message);

private:
    FeedHub *m_hub;
    // Shared with the feed-thread connection, so that a call in flight when recording stops
    // still finds the writer; the last owner deletes it on its own thread with deleteLater().
    std::shared_ptr<RecordingWriter> m_writer;
    QMetaObject::Connection m_connection;
};

} // namespace soc
