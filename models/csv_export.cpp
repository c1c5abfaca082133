#include "models/csv_export.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QStringList>

namespace soc {

namespace {

QString quoted(QString field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    field.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

bool writeLine(QIODevice *device, const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped << quoted(field);
    const QByteArray line = (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    return device->write(line) == line.size();
}

// Writes the rows under `parent`, each followed by its own children, depth first.
bool writeRows(const QAbstractItemModel &model, const QModelIndex &parent, QIODevice *device)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(parent); ++column)
            fields << model.index(row, column, parent).data(Qt::DisplayRole).toString();
        if (!writeLine(device, fields))
            return false;
        const QModelIndex first = model.index(row, 0, parent);
        if (model.hasChildren(first) && !writeRows(model, first, device))
            return false;
    }
    return true;
}

} // namespace

bool writeCsv(const QAbstractItemModel &model, QIODevice *device)
{
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    if (!writeLine(device, header))
        return false;
    return writeRows(model, QModelIndex(), device);
}

} // namespace soc
