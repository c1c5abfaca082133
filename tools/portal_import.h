#pragma once

#include "core/period.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace soc {

class RecordingWriter;

struct PortalImportOptions
{
    QString source = QStringLiteral("dvcqg");
    Period period;           // overrides the manifest's period when valid
    qint64 observedAtMs = 0; // overrides the manifest's capture time when positive
};

struct PortalImportCounts
{
    qint64 files = 0;
    qint64 units = 0;
    quint64 samples = 0;
    quint64 envelopes = 0;
    qint64 warnings = 0;
    qint64 failedFiles = 0;  // files that could not be read, left out
    qint64 skippedFiles = 0; // one-procedure captures left out beside all-procedure ones
};

// True when the file starts like a portal JSON response rather than JSON Lines of envelopes.
bool looksLikePortalFile(const QString &path);
bool isPortalResponse(const QByteArray &json);

// Reads Decision 766 portal responses into the recording, tree responses first so that their
// department codes map the ids of the others. The period and capture time of each file come
// from a capture manifest (manifest*.json in the file's folder or the one above), else from
// the options. Without either, the capture time is the file's modification time. A file that
// cannot be read is reported and left out, and the others are imported; false then, with a
// message that counts them. A capture narrowed to one procedure is left out when captures of
// all procedures come with it, because its figures would replace the units' own.
bool importPortalFiles(const QStringList &paths, const PortalImportOptions &options,
                       RecordingWriter *writer, PortalImportCounts *counts, QString *error);

} // namespace soc
