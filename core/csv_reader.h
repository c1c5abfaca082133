#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace soc {

// A CSV table read whole (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends).
// The first record is the header; columns are looked up by name.
struct CsvTable
{
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> lineNumbers; // 1-based line of each row in the file, for error messages

    int column(const QString &name) const { return header.indexOf(name); }
    QString field(int row, int column) const;
};

// Parses UTF-8 text. On an unterminated quote, returns false and sets *error to the line.
bool parseCsv(const QString &text, CsvTable *table, QString *error);

} // namespace soc
