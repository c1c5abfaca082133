#pragma once

#include <QByteArray>
#include <QString>

namespace soc {

// Framing of the direct stream (tcp:// and tls://). Each frame is a 4-byte big-endian header
// followed by one serialized soc.feed.v1.Envelope. The low 31 bits of the header are the
// envelope length in bytes; the top bit is set on a snapshot frame, which carries part of the
// current picture that a server sends to a client that has just connected, and clear on a live
// frame. A length of zero or above the envelope limit is a protocol error: the reader cannot
// find the next frame boundary, so the connection has to be dropped.
struct StreamFrame
{
    QByteArray envelope;
    bool snapshot = false;
};

constexpr int FrameHeaderBytes = 4;
constexpr quint32 SnapshotFrameFlag = 0x80000000u;

// Builds one frame. Returns an empty array when the envelope is empty or longer than
// maxEnvelopeBytes, because no reader would accept that frame.
QByteArray encodeFrame(const QByteArray &envelope, bool snapshot, int maxEnvelopeBytes);

// Splits a byte stream, received in chunks of any size, into frames. Memory is bounded: the
// reader buffers at most one frame plus the last chunk appended. Not thread-safe; one reader
// per connection.
class FrameReader
{
public:
    explicit FrameReader(int maxEnvelopeBytes) : m_maxEnvelopeBytes(maxEnvelopeBytes) {}

    enum class Status
    {
        Frame,         // *frame holds the next complete frame
        NeedMoreData,  // the buffered bytes end inside a header or an envelope
        ProtocolError, // the header is invalid; *error says why, and the reader stays failed
    };

    void append(const QByteArray &bytes);
    Status next(StreamFrame *frame, QString *error);
    // Forgets buffered bytes and a protocol error, for a new connection.
    void reset();

    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }

private:
    int m_maxEnvelopeBytes;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // start of the first unread byte in m_buffer
    QString m_error;        // set after a protocol error
};

} // namespace soc
