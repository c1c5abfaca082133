#include "core/csv_reader.h"

namespace soc {

QString CsvTable::field(int row, int column) const
{
    if (column < 0 || row < 0 || row >= rows.size())
        return {};
    const QStringList &fields = rows.at(row);
    return column < fields.size() ? fields.at(column).trimmed() : QString();
}

bool parseCsv(const QString &text, CsvTable *table, QString *error)
{
    QStringList record;
    QString field;
    bool quoted = false;
    bool recordHasContent = false;
    int line = 1;
    int recordLine = 1;

    auto finishRecord = [&]() {
        record.append(field);
        field.clear();
        const bool blank = !recordHasContent && record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            if (table->header.isEmpty()) {
                table->header = record;
                for (QString &name : table->header)
                    name = name.trimmed();
            } else {
                table->rows.append(record);
                table->lineNumbers.append(recordLine);
            }
        }
        record.clear();
        recordHasContent = false;
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            recordHasContent = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            recordHasContent = true;
        } else if (c == QLatin1Char('\n')) {
            finishRecord();
            ++line;
            recordLine = line;
        } else if (c != QLatin1Char('\r') && c != QChar(0xFEFF)) {
            field.append(c);
            recordHasContent = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quoted field is not closed; add the closing quote")
                     .arg(recordLine);
        return false;
    }
    finishRecord();
    return true;
}

} // namespace soc
