#include "tools/portal_import.h"

#include "feed/portal_reader.h"
#include "storage/recording.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace soc {

namespace {

// Captures are described by a manifest in the capture folder or the folder above it (the
// portal capture layout is <folder>/<group>/<period>-all.json).
std::optional<PortalRequest> requestFromManifest(const QString &path)
{
    QDir folder = QFileInfo(path).absoluteDir();
    for (int up = 0; up < 2; ++up) {
        const QStringList manifests =
            folder.entryList({QStringLiteral("manifest*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : manifests) {
            QHash<QString, PortalRequest> requests;
            QString error;
            if (!PortalReader::readManifest(folder.filePath(name), &requests, &error))
                continue;
            const QString relative = folder.relativeFilePath(QFileInfo(path).absoluteFilePath());
            const auto it = requests.constFind(relative);
            if (it != requests.cend())
                return *it;
        }
        if (!folder.cdUp())
            break;
    }
    return std::nullopt;
}

// Tree responses list department codes with ids, so they go first and map the ids of the
// responses that carry only ids (transparency and satisfaction).
int readingOrder(const QByteArray &json)
{
    const QJsonObject data = QJsonDocument::fromJson(json).object().value(QLatin1String("data"))
                                 .toObject();
    if (data.contains(QLatin1String("parent")))
        return 0;
    if (data.value(QLatin1String("overview")).toObject().contains(QLatin1String("departmentCode")))
        return 1;
    return 2;
}

struct PortalInput
{
    QString path;
    QByteArray json;
    int order = 0;
};

} // namespace

bool isPortalResponse(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() && document.object().value(QLatin1String("data")).isObject();
}

bool looksLikePortalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096).trimmed();
    // A portal response is one JSON object whose first key is "code" or "data"; a JSON Lines
    // envelope starts with "source" or another envelope field.
    return head.startsWith("{\"code\"") || head.startsWith("{\"data\"") ||
           head.startsWith("{ \"code\"") || head.startsWith("{ \"data\"");
}

bool importPortalFiles(const QStringList &paths, const PortalImportOptions &options,
                       RecordingWriter *writer, PortalImportCounts *counts, QString *error)
{
    QVector<PortalInput> inputs;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        if (file.size() > PortalReader::MaxResponseBytes) {
            *error = QStringLiteral("%1: %2 bytes, more than the limit of %3 bytes")
                         .arg(path, QString::number(file.size()),
                              QString::number(PortalReader::MaxResponseBytes));
            return false;
        }
        // size() is 0 for a pipe or a device, so the read is bounded too; PortalReader::read()
        // rejects a response over the limit.
        PortalInput input{path, file.read(PortalReader::MaxResponseBytes + 1), 0};
        input.order = readingOrder(input.json);
        inputs.append(input);
    }
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const PortalInput &a, const PortalInput &b) { return a.order < b.order; });

    // Every file is read before any is written, so that the envelopes can be stored in the
    // order of their capture times, which a recording needs for its receive times.
    PortalDirectory directory;
    QVector<std::pair<PortalRequest, PortalReport>> reports;
    for (const PortalInput &input : std::as_const(inputs)) {
        PortalRequest request;
        if (const std::optional<PortalRequest> captured = requestFromManifest(input.path))
            request = *captured;
        if (options.period.isValid())
            request.period = options.period;
        if (options.observedAtMs > 0)
            request.observedAtMs = options.observedAtMs;
        if (request.observedAtMs <= 0)
            request.observedAtMs = QFileInfo(input.path).lastModified().toMSecsSinceEpoch();

        PortalReport report;
        QString readError;
        if (!PortalReader::read(input.json, input.path, request, &directory, &report,
                                &readError)) {
            std::fprintf(stderr, "soc-feed: %s; the file is left out\n", qPrintable(readError));
            ++counts->failedFiles;
            continue;
        }
        for (const QString &warning : std::as_const(report.warnings))
            std::fprintf(stderr, "soc-feed: %s\n", qPrintable(warning));
        std::fprintf(stderr, "soc-feed: %s: %s group, period %s, %lld units, %llu samples\n",
                     qPrintable(input.path), qPrintable(report.group),
                     qPrintable(request.period.toString()),
                     static_cast<long long>(report.units.size()),
                     static_cast<unsigned long long>(report.samples.size()));
        reports.append({request, report});
    }
    const bool anyAllProcedures =
        std::any_of(reports.cbegin(), reports.cend(),
                    [](const auto &entry) { return entry.first.procedureId.isEmpty(); });
    for (auto it = reports.begin(); it != reports.end();) {
        if (it->first.procedureId.isEmpty()) {
            ++it;
            continue;
        }
        if (anyAllProcedures) {
            std::fprintf(stderr,
                         "soc-feed: the %s capture is narrowed to procedure %s, so it is left out "
                         "because its figures would replace the units' figures for all "
                         "procedures. Import it alone to see that procedure\n",
                         qPrintable(it->second.group), qPrintable(it->first.procedureId));
            ++counts->skippedFiles;
            it = reports.erase(it);
            continue;
        }
        std::fprintf(stderr, "soc-feed: the %s figures are for procedure %s only\n",
                     qPrintable(it->second.group), qPrintable(it->first.procedureId));
        ++it;
    }
    std::stable_sort(reports.begin(), reports.end(), [](const auto &a, const auto &b) {
        return a.first.observedAtMs < b.first.observedAtMs;
    });

    quint64 sequence = 0;
    for (const auto &[request, report] : std::as_const(reports)) {
        const std::vector<QByteArray> envelopes =
            portalEnvelopes(report, options.source, request.observedAtMs, &sequence);
        for (const QByteArray &envelope : envelopes) {
            if (!writer->append({0, request.observedAtMs, options.source, false, envelope,
                                 envelope.size()}))
                return false;
        }
        counts->files += 1;
        counts->units += report.units.size();
        counts->samples += report.samples.size();
        counts->envelopes += envelopes.size();
        counts->warnings += report.warnings.size();
    }
    if (counts->failedFiles > 0) {
        *error = QStringLiteral("%1 of %2 files could not be read and were left out")
                     .arg(QString::number(counts->failedFiles), QString::number(inputs.size()));
        return false;
    }
    return true;
}

} // namespace soc
