#include "feed/frame_codec.h"

#include <QtEndian>

namespace soc {

QByteArray encodeFrame(const QByteArray &envelope, bool snapshot, int maxEnvelopeBytes)
{
    if (envelope.isEmpty() || envelope.size() > maxEnvelopeBytes)
        return {};
    quint32 header = static_cast<quint32>(envelope.size());
    if (snapshot)
        header |= SnapshotFrameFlag;

    QByteArray frame(FrameHeaderBytes + envelope.size(), Qt::Uninitialized);
    qToBigEndian(header, frame.data());
    std::copy(envelope.cbegin(), envelope.cend(), frame.begin() + FrameHeaderBytes);
    return frame;
}

void FrameReader::append(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    // Drop consumed bytes before growing, so that the buffer does not creep up over a long
    // connection.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

FrameReader::Status FrameReader::next(StreamFrame *frame, QString *error)
{
    if (!m_error.isEmpty()) {
        *error = m_error;
        return Status::ProtocolError;
    }
    if (bufferedBytes() < FrameHeaderBytes)
        return Status::NeedMoreData;

    const quint32 header = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    const quint32 length = header & ~SnapshotFrameFlag;
    if (length == 0 || length > static_cast<quint32>(m_maxEnvelopeBytes)) {
        m_error = length == 0 ? QStringLiteral("frame header announces an empty envelope")
                              : QStringLiteral("frame header announces %1 bytes, above the "
                                               "limit of %2 bytes per envelope")
                                    .arg(length)
                                    .arg(m_maxEnvelopeBytes);
        m_buffer.clear();
        m_offset = 0;
        *error = m_error;
        return Status::ProtocolError;
    }
    if (bufferedBytes() < FrameHeaderBytes + static_cast<qsizetype>(length))
        return Status::NeedMoreData;

    frame->snapshot = (header & SnapshotFrameFlag) != 0;
    frame->envelope = m_buffer.mid(m_offset + FrameHeaderBytes, length);
    m_offset += FrameHeaderBytes + length;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    return Status::Frame;
}

void FrameReader::reset()
{
    m_buffer.clear();
    m_offset = 0;
    m_error.clear();
}

} // namespace soc
