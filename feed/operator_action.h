#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace soc {

// An operator's acknowledgement, shelving or unshelving of one alert, as a recording keeps it
// so that a replay applies it at the moment it was taken. Encoded as one compact JSON object:
// {"action":"acknowledge|shelve|unshelve","alert":ID,"operator":NAME,"comment":TEXT,
//  "duration_ms":N}, where duration_ms is present for "shelve" only.
struct OperatorAction
{
    enum class Type { Acknowledge, Shelve, Unshelve };

    Type type = Type::Acknowledge;
    QString alertId;
    QString operatorName;
    QString comment;
    qint64 durationMs = 0; // shelving time, for Shelve

    QByteArray encode() const;
    // Returns nothing, with the reason in `error`, for bytes that are not an encoded action.
    static std::optional<OperatorAction> decode(const QByteArray &bytes, QString *error);

    // Upper bound of an encoded action accepted by decode(), against oversized input.
    static constexpr int MaxEncodedBytes = 64 * 1024;
};

} // namespace soc
