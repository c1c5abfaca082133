#pragma once

#include <QString>

#include <functional>

namespace soc {

// Imports and exports of recordings, shared by `soc-feed import` and `export` and by the
// dashboard's File menu. Both run on the calling thread and report progress through a
// callback, which also cancels them.

// Called now and then with the work done so far and the total, in bytes of the input for an
// import and in recorded rows for an export. Returning false cancels the transfer, which then
// stops cleanly and leaves a file that contains what was done so far.
using TransferProgress = std::function<bool(qint64 done, qint64 total)>;
// Receives one line about a skipped input, such as an invalid JSON line, in English.
using TransferWarning = std::function<void(const QString &message)>;

struct ImportReport
{
    quint64 imported = 0;
    quint64 invalid = 0; // lines that were not an envelope, skipped
    bool cancelled = false;
    QString error; // why the import failed; empty on success and on cancel
};

// Imports a JSON Lines file of envelopes (protobuf JSON mapping) into a new recording at
// `outPath`, which must not exist. Each envelope's sentAt becomes its receive time. Returns
// false with report->error when the input cannot be read or the recording cannot be written.
bool importJsonLines(const QString &inPath, const QString &outPath,
                     const TransferProgress &progress, const TransferWarning &warn,
                     ImportReport *report);

struct ExportReport
{
    quint64 exported = 0;
    quint64 skipped = 0;         // rows that were not a valid envelope
    quint64 operatorActions = 0; // kept only in recordings, so not exported
    quint64 total = 0;           // rows in the recording
    bool cancelled = false;
    QString error;
};

enum class ExportFormat { JsonLines, Csv };

// Exports a recording as JSON Lines (one envelope a line) or CSV (one row per KPI sample) to
// `outPath`, or to standard output for "-". Returns false with report->error when the recording
// cannot be read or the output cannot be written.
bool exportRecording(const QString &inPath, const QString &outPath, ExportFormat format,
                     const TransferProgress &progress, const TransferWarning &warn,
                     ExportReport *report);

} // namespace soc
