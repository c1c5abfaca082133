#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace soc {

// A destination for serialized soc.feed.v1.Envelope messages, named by a URL:
// a JSON Lines file path or `-` for standard output, an MQTT broker (mqtt://, mqtts://), or a
// direct-stream listener (tcp://, tls://) that sends to every client that connects.
//
// Threading: used from one thread, which runs a Qt event loop while publishing, because the
// stream listener serves its clients from that loop.
class EnvelopePublisher
{
public:
    virtual ~EnvelopePublisher() = default;

    virtual bool open(QString *error) = 0;
    // Queues or sends one envelope. Returns false with a message when the destination failed.
    virtual bool publish(const QByteArray &envelope, QString *error) = 0;
    // Waits, at most timeoutMs, until what was published has left (MQTT acknowledgements,
    // socket buffers), then closes. Returns false with a message when something was lost.
    virtual bool close(int timeoutMs, QString *error) = 0;
};

std::unique_ptr<EnvelopePublisher> createPublisher(const QString &url, QString *error);

// The longest JSON line that `soc-feed import` and `publish` read at once. A longer line cannot
// hold an envelope within the decoder's 4 MiB limit, even in the JSON mapping, which base64,
// numbers and quotes add to. Such a line is read in parts, and each part is rejected.
constexpr qint64 MaxJsonLineBytes = 16 * 1024 * 1024;

// Protobuf's JSON mapping of one envelope, on one line without the newline.
QByteArray envelopeToJsonLine(const QByteArray &envelope, QString *error);
// The serialized envelope of one JSON line. The error names what protobuf rejected.
bool envelopeFromJsonLine(const QByteArray &line, QByteArray *envelope, QString *error);

} // namespace soc
