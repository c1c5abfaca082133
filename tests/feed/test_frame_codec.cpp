#include "feed/frame_codec.h"

#include <QTest>

using soc::encodeFrame;
using soc::FrameReader;
using soc::StreamFrame;

namespace {

constexpr int Limit = 4 * 1024 * 1024;

QByteArray header(quint32 value)
{
    QByteArray bytes(4, '\0');
    bytes[0] = static_cast<char>(value >> 24);
    bytes[1] = static_cast<char>(value >> 16);
    bytes[2] = static_cast<char>(value >> 8);
    bytes[3] = static_cast<char>(value);
    return bytes;
}

// Reads every complete frame; fails the test on a protocol error.
QList<StreamFrame> drain(FrameReader *reader)
{
    QList<StreamFrame> frames;
    StreamFrame frame;
    QString error;
    FrameReader::Status status;
    while ((status = reader->next(&frame, &error)) == FrameReader::Status::Frame)
        frames.append(frame);
    if (status == FrameReader::Status::ProtocolError)
        qWarning("unexpected protocol error: %s", qPrintable(error));
    return frames;
}

} // namespace

class TestFrameCodec : public QObject
{
    Q_OBJECT

private slots:
    void headerLayout_data();
    void headerLayout();
    void encodeRejectsBadSize();
    void byteByByteReads();
    void severalFramesInOneRead();
    void lengthAtLimitAccepted();
    void badLengthRejected_data();
    void badLengthRejected();
    void resetRecoversAfterError();
};

void TestFrameCodec::headerLayout_data()
{
    QTest::addColumn<bool>("snapshot");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("live") << false << QByteArray::fromHex("00000003") + "abc";
    QTest::newRow("snapshot") << true << QByteArray::fromHex("80000003") + "abc";
}

void TestFrameCodec::headerLayout()
{
    QFETCH(bool, snapshot);
    QFETCH(QByteArray, expected);
    QCOMPARE(encodeFrame("abc", snapshot, Limit), expected);
}

void TestFrameCodec::encodeRejectsBadSize()
{
    QVERIFY(encodeFrame(QByteArray(), false, Limit).isEmpty());
    QVERIFY(encodeFrame(QByteArray(17, 'x'), false, 16).isEmpty());
    QCOMPARE(encodeFrame(QByteArray(16, 'x'), false, 16).size(), 20);
}

void TestFrameCodec::byteByByteReads()
{
    const QByteArray stream = encodeFrame("first", true, Limit) +
                              encodeFrame(QByteArray(300, 'm'), false, Limit) +
                              encodeFrame("third", false, Limit);
    FrameReader reader(Limit);
    QList<StreamFrame> frames;
    for (const char byte : stream) {
        reader.append(QByteArray(1, byte));
        frames += drain(&reader);
    }

    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames[0].envelope, QByteArray("first"));
    QVERIFY(frames[0].snapshot);
    QCOMPARE(frames[1].envelope, QByteArray(300, 'm'));
    QVERIFY(!frames[1].snapshot);
    QCOMPARE(frames[2].envelope, QByteArray("third"));
    QVERIFY(!frames[2].snapshot);
    QCOMPARE(reader.bufferedBytes(), 0);
}

void TestFrameCodec::severalFramesInOneRead()
{
    // Two whole frames and the first half of a third arrive together; the rest comes later.
    const QByteArray third = encodeFrame("three", false, Limit);
    FrameReader reader(Limit);
    reader.append(encodeFrame("one", true, Limit) + encodeFrame("two", true, Limit) +
                  third.left(6));

    QList<StreamFrame> frames = drain(&reader);
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].envelope, QByteArray("one"));
    QCOMPARE(frames[1].envelope, QByteArray("two"));
    QCOMPARE(reader.bufferedBytes(), 6);

    reader.append(third.mid(6));
    frames = drain(&reader);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].envelope, QByteArray("three"));
    QVERIFY(!frames[0].snapshot);
}

void TestFrameCodec::lengthAtLimitAccepted()
{
    FrameReader reader(16);
    reader.append(header(16) + QByteArray(16, 'x'));
    StreamFrame frame;
    QString error;
    QCOMPARE(reader.next(&frame, &error), FrameReader::Status::Frame);
    QCOMPARE(frame.envelope.size(), 16);
}

void TestFrameCodec::badLengthRejected_data()
{
    QTest::addColumn<quint32>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero length") << quint32(0) << "empty envelope";
    QTest::newRow("zero length snapshot") << quint32(0x80000000u) << "empty envelope";
    QTest::newRow("one above limit") << quint32(Limit + 1) << "4194305 bytes";
    QTest::newRow("largest header") << quint32(0x7fffffffu) << "2147483647 bytes";
    QTest::newRow("snapshot above limit") << quint32(0x80000000u | (Limit + 1)) << "4194305 bytes";
}

void TestFrameCodec::badLengthRejected()
{
    QFETCH(quint32, header);
    QFETCH(QString, expected);
    FrameReader reader(Limit);
    reader.append(encodeFrame("before", false, Limit) + ::header(header) + "payload");

    StreamFrame frame;
    QString error;
    QCOMPARE(reader.next(&frame, &error), FrameReader::Status::Frame);
    QCOMPARE(frame.envelope, QByteArray("before"));
    QCOMPARE(reader.next(&frame, &error), FrameReader::Status::ProtocolError);
    QVERIFY2(error.contains(expected), qPrintable(error));

    // The stream cannot be resynchronised: valid frames after the bad header are not read.
    reader.append(encodeFrame("after", false, Limit));
    QCOMPARE(reader.next(&frame, &error), FrameReader::Status::ProtocolError);
    QCOMPARE(reader.bufferedBytes(), 0);
}

void TestFrameCodec::resetRecoversAfterError()
{
    FrameReader reader(Limit);
    reader.append(header(0));
    StreamFrame frame;
    QString error;
    QCOMPARE(reader.next(&frame, &error), FrameReader::Status::ProtocolError);

    reader.reset();
    reader.append(encodeFrame("fresh", false, Limit));
    QCOMPARE(reader.next(&frame, &error), FrameReader::Status::Frame);
    QCOMPARE(frame.envelope, QByteArray("fresh"));
}

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "test_frame_codec.moc"
