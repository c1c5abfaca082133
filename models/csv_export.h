#pragma once

class QAbstractItemModel;
class QIODevice;

namespace soc {

// Writes a table model as CSV (RFC 4180, UTF-8): the horizontal headers, then each row's
// display text, quoting fields that hold a comma, a quote or a line break. In a tree, each
// row's children follow it. Returns false when the device fails.
bool writeCsv(const QAbstractItemModel &model, QIODevice *device);

} // namespace soc
