#include "tools/demo_export.h"

#include "feed/demo_feed.h"
#include "soc/feed/v1/envelope.pb.h"

#include <QIODevice>

#include <google/protobuf/util/json_util.h>

namespace soc {

namespace {

bool writeEnvelopes(const std::vector<QByteArray> &envelopes, QIODevice *output, qint64 *count,
                    QString *error)
{
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = false; // sentAt, as the standard JSON mapping writes it
    for (const QByteArray &bytes : envelopes) {
        feed::v1::Envelope envelope;
        envelope.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()));
        std::string line;
        const auto status = google::protobuf::util::MessageToJsonString(envelope, &line, options);
        if (!status.ok()) {
            *error = QString::fromStdString(status.ToString());
            return false;
        }
        line.push_back('\n');
        if (output->write(line.data(), static_cast<qint64>(line.size())) != static_cast<qint64>(line.size())) {
            *error = output->errorString();
            return false;
        }
        ++*count;
    }
    return true;
}

} // namespace

qint64 writeDemoJsonLines(quint64 seed, qint64 startMs, int durationSeconds, QIODevice *output,
                          QString *error)
{
    DemoFeed feed(seed);
    qint64 count = 0;
    if (!writeEnvelopes(feed.picture(startMs), output, &count, error))
        return -1;
    for (int second = 1; second <= durationSeconds; ++second) {
        const qint64 from = startMs + (second - 1) * 1000LL;
        if (!writeEnvelopes(feed.advance(from, from + 1000), output, &count, error))
            return -1;
    }
    return count;
}

} // namespace soc
