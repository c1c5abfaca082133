#include "storage/recording.h"
#include "tools/commands.h"
#include "tools/recording_tool_support.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace soc {

namespace {

QJsonObject sourceJson(const RecordedSource &source)
{
    QJsonArray gaps;
    for (const auto &[first, last] : source.gaps)
        gaps.append(QJsonArray{static_cast<double>(first), static_cast<double>(last)});
    return QJsonObject{
        {QStringLiteral("envelopes"), static_cast<double>(source.envelopes)},
        {QStringLiteral("snapshots"), static_cast<double>(source.snapshots)},
        {QStringLiteral("first_sequence"), static_cast<double>(source.firstSequence)},
        {QStringLiteral("last_sequence"), static_cast<double>(source.lastSequence)},
        {QStringLiteral("missing"), static_cast<double>(source.missing)},
        {QStringLiteral("restarts"), static_cast<double>(source.restarts)},
        {QStringLiteral("gaps"), gaps},
    };
}

QJsonObject summaryJson(const RecordingReader &reader, const RecordingSummary &summary)
{
    QJsonObject sources;
    for (const RecordedSource &source : summary.sources)
        sources.insert(source.source, sourceJson(source));
    const bool empty = summary.envelopes == 0;
    return QJsonObject{
        {QStringLiteral("file"), reader.path()},
        {QStringLiteral("format_version"), reader.schemaVersion()},
        {QStringLiteral("integrity"), QStringLiteral("ok")},
        {QStringLiteral("start"), empty ? QJsonValue() : isoUtc(summary.firstReceivedMs)},
        {QStringLiteral("end"), empty ? QJsonValue() : isoUtc(summary.lastReceivedMs)},
        {QStringLiteral("duration_seconds"),
         (summary.lastReceivedMs - summary.firstReceivedMs) / 1000.0},
        {QStringLiteral("envelopes"), static_cast<double>(summary.envelopes)},
        {QStringLiteral("unidentified"), static_cast<double>(summary.unidentified)},
        {QStringLiteral("keyframes"), static_cast<double>(summary.keyframes)},
        {QStringLiteral("operator_actions"), static_cast<double>(summary.operatorActions)},
        {QStringLiteral("alert_marks"), static_cast<double>(summary.alertMarks)},
        {QStringLiteral("sources"), sources},
    };
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

} // namespace

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the summary of a recording as JSON: time range, envelopes, sources with their "
        "counts and sequence gaps, and the result of the integrity check. Exits with 1 when "
        "the file cannot be read or is damaged."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A recording."));
    parseCommandLine(parser, arguments);
    if (parser.positionalArguments().size() != 1)
        return failWith(QStringLiteral("give one recording; see soc-feed inspect --help"), 2);

    const QString path = parser.positionalArguments().first();
    RecordingReader reader;
    RecordingSummary summary;
    QString error;
    if (!reader.open(path, &error) || !reader.summarize(&summary, &error)) {
        printJson({{QStringLiteral("file"), path}, {QStringLiteral("integrity"), error}});
        return failWith(error, 1);
    }
    printJson(summaryJson(reader, summary));
    return 0;
}

} // namespace soc
