#include "feed/operator_action.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace soc {

namespace {

QString typeName(OperatorAction::Type type)
{
    switch (type) {
    case OperatorAction::Type::Acknowledge:
        return QStringLiteral("acknowledge");
    case OperatorAction::Type::Shelve:
        return QStringLiteral("shelve");
    case OperatorAction::Type::Unshelve:
        return QStringLiteral("unshelve");
    }
    return {};
}

} // namespace

QByteArray OperatorAction::encode() const
{
    QJsonObject object{
        {QStringLiteral("action"), typeName(type)},
        {QStringLiteral("alert"), alertId},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("comment"), comment},
    };
    if (type == Type::Shelve)
        object.insert(QStringLiteral("duration_ms"), durationMs);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OperatorAction> OperatorAction::decode(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > MaxEncodedBytes) {
        *error = QStringLiteral("operator action of %1 bytes exceeds the limit of %2 bytes")
                     .arg(bytes.size())
                     .arg(MaxEncodedBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("operator action is not a JSON object: %1")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    OperatorAction action;
    const QString name = object.value(QStringLiteral("action")).toString();
    if (name == typeName(Type::Acknowledge)) {
        action.type = Type::Acknowledge;
    } else if (name == typeName(Type::Shelve)) {
        action.type = Type::Shelve;
    } else if (name == typeName(Type::Unshelve)) {
        action.type = Type::Unshelve;
    } else {
        *error = QStringLiteral("unknown operator action '%1'; expected acknowledge, shelve or "
                                "unshelve")
                     .arg(name);
        return std::nullopt;
    }
    action.alertId = object.value(QStringLiteral("alert")).toString();
    if (action.alertId.isEmpty()) {
        *error = QStringLiteral("operator action '%1' names no alert").arg(name);
        return std::nullopt;
    }
    action.operatorName = object.value(QStringLiteral("operator")).toString();
    action.comment = object.value(QStringLiteral("comment")).toString();
    if (action.type == Type::Shelve) {
        const double duration = object.value(QStringLiteral("duration_ms")).toDouble(-1);
        if (!(duration > 0)) {
            *error = QStringLiteral("shelve action on '%1' has no positive duration_ms")
                         .arg(action.alertId);
            return std::nullopt;
        }
        action.durationMs = static_cast<qint64>(duration);
    }
    return action;
}

} // namespace soc
