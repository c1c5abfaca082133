#include "core/wall_playlist.h"

#include "core/indicator_catalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace soc {

namespace {

int lineAt(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    return 1 + int(json.left(offset).count('\n'));
}

// Start offsets of the values directly inside the top-level "entries" array. QJsonDocument
// keeps no positions, so this scan of the raw text maps an entry index back to a line.
QVector<qsizetype> entryOffsets(const QByteArray &json)
{
    QVector<qsizetype> offsets;
    int depth = 0;
    int entriesDepth = -1; // depth inside the "entries" array, once it opens
    bool expectValue = false;
    QByteArray lastString;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (expectValue && c != ']') {
            offsets.append(i);
            expectValue = false;
        }
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            lastString = json.mid(start, i - start);
        } else if (c == '[' || c == '{') {
            ++depth;
            if (c == '[' && depth == 2 && lastString == "entries") {
                entriesDepth = depth;
                expectValue = true;
            }
        } else if (c == ']' || c == '}') {
            if (depth == entriesDepth)
                entriesDepth = -1;
            --depth;
        } else if (c == ',' && depth == entriesDepth) {
            expectValue = true;
        }
    }
    return offsets;
}

// Reads one JSON object of a playlist and reports errors at the line of the offending key.
class ObjectReader
{
public:
    ObjectReader(const QByteArray &json, const QString &origin, const QJsonObject &object,
                 qsizetype start)
        : m_json(json), m_origin(origin), m_object(object), m_start(start)
    {
    }

    bool fail(const QString &key, const QString &reason, QString *error) const
    {
        qsizetype offset = m_start;
        if (!key.isEmpty()) {
            const qsizetype found = m_json.indexOf("\"" + key.toUtf8() + "\"", m_start);
            if (found >= 0)
                offset = found;
        }
        *error = QStringLiteral("%1:%2: %3").arg(m_origin).arg(lineAt(m_json, offset)).arg(reason);
        return false;
    }

    // Rejects keys outside `known`, which are most often typing mistakes.
    bool checkKeys(const QStringList &known, QString *error) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key())) {
                return fail(
                    it.key(),
                    QCoreApplication::translate("soc::WallPlaylist", "unknown key '%1'; use %2")
                        .arg(it.key(), known.join(QStringLiteral(", "))),
                    error);
            }
        }
        return true;
    }

    // Reads an optional number in [min, max]; leaves `value` alone when the key is absent.
    bool number(const QString &key, double min, double max, double *value, QString *error) const
    {
        const QJsonValue json = m_object.value(key);
        if (json.isUndefined())
            return true;
        if (!json.isDouble() || json.toDouble() < min || json.toDouble() > max) {
            return fail(key,
                        QCoreApplication::translate("soc::WallPlaylist",
                                                    "invalid '%1': %2; give a number from %3 to %4")
                            .arg(key, valueText(json))
                            .arg(min)
                            .arg(max),
                        error);
        }
        *value = json.toDouble();
        return true;
    }

    bool integer(const QString &key, int min, int max, int *value, QString *error) const
    {
        double number = *value;
        if (!this->number(key, min, max, &number, error))
            return false;
        if (number != std::floor(number)) {
            return fail(key,
                        QCoreApplication::translate("soc::WallPlaylist",
                                                    "invalid '%1': %2; give whole seconds")
                            .arg(key, valueText(m_object.value(key))),
                        error);
        }
        *value = int(number);
        return true;
    }

    bool string(const QString &key, QString *value, QString *error) const
    {
        const QJsonValue json = m_object.value(key);
        if (json.isUndefined())
            return true;
        if (!json.isString() || json.toString().isEmpty()) {
            return fail(key,
                        QCoreApplication::translate("soc::WallPlaylist",
                                                    "invalid '%1': %2; give a non-empty string")
                            .arg(key, valueText(json)),
                        error);
        }
        *value = json.toString();
        return true;
    }

    static QString valueText(const QJsonValue &value)
    {
        if (value.isString())
            return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
        if (value.isDouble())
            return QString::number(value.toDouble());
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isNull())
            return QStringLiteral("null");
        return value.isArray() ? QStringLiteral("[...]") : QStringLiteral("{...}");
    }

private:
    const QByteArray &m_json;
    const QString &m_origin;
    const QJsonObject &m_object;
    qsizetype m_start;
};

bool readEntry(const ObjectReader &reader, const QJsonObject &object, int defaultDwell,
               WallPlaylistEntry *entry, QString *error)
{
    static const QStringList keys = {QStringLiteral("page"), QStringLiteral("unit"),
                                     QStringLiteral("indicator"), QStringLiteral("dwell_s")};
    if (!reader.checkKeys(keys, error))
        return false;
    if (!object.contains(QLatin1String("page"))) {
        return reader.fail(
            QString(),
            QCoreApplication::translate("soc::WallPlaylist", "entry without 'page'; add one of %1")
                .arg(WallPlaylist::pageNames().join(QStringLiteral(", "))),
            error);
    }
    if (!reader.string(QStringLiteral("page"), &entry->page, error) ||
        !reader.string(QStringLiteral("unit"), &entry->unit, error) ||
        !reader.string(QStringLiteral("indicator"), &entry->indicator, error))
        return false;
    if (!WallPlaylist::pageNames().contains(entry->page)) {
        return reader.fail(
            QStringLiteral("page"),
            QCoreApplication::translate("soc::WallPlaylist", "unknown page '%1'; use one of %2")
                .arg(entry->page, WallPlaylist::pageNames().join(QStringLiteral(", "))),
            error);
    }
    if (entry->page == QLatin1String("unit") && entry->unit.isEmpty()) {
        return reader.fail(
            QStringLiteral("page"),
            QCoreApplication::translate("soc::WallPlaylist",
                                        "the unit page needs 'unit', a unit code such as \"760\""),
            error);
    }
    if (!entry->indicator.isEmpty() && !IndicatorCatalog::builtIn().find(entry->indicator)) {
        return reader.fail(
            QStringLiteral("indicator"),
            QCoreApplication::translate("soc::WallPlaylist",
                                        "unknown indicator '%1'; use an id of the indicator "
                                        "catalog, such as e_result or overdue_backlog")
                .arg(entry->indicator),
            error);
    }
    entry->dwellSeconds = defaultDwell;
    return reader.integer(QStringLiteral("dwell_s"), WallPlaylist::MinDwellSeconds,
                          WallPlaylist::MaxDwellSeconds, &entry->dwellSeconds, error);
}

bool readLanguages(const ObjectReader &reader, const QJsonValue &value,
                   QVector<Language> *languages, QString *error)
{
    const QString reason = QCoreApplication::translate(
        "soc::WallPlaylist", "invalid 'languages'; give an array of \"vi\" and \"en\", "
                             "such as [\"vi\", \"en\"] to alternate them");
    if (value.isUndefined())
        return true;
    if (!value.isArray() || value.toArray().size() > 4)
        return reader.fail(QStringLiteral("languages"), reason, error);
    languages->clear();
    for (const QJsonValue &code : value.toArray()) {
        Language language;
        if (!code.isString() || !parseLanguage(code.toString(), &language))
            return reader.fail(QStringLiteral("languages"), reason, error);
        languages->append(language);
    }
    return true;
}

bool readTopLevel(const ObjectReader &reader, const QJsonObject &root, WallPlaylist *playlist,
                  int *defaultDwell, QString *error)
{
    static const QStringList keys = {QStringLiteral("version"),
                                     QStringLiteral("default_dwell_s"),
                                     QStringLiteral("critical_dwell_factor"),
                                     QStringLiteral("languages"),
                                     QStringLiteral("return_to_live_s"),
                                     QStringLiteral("viewing_distance_m"),
                                     QStringLiteral("screen_width_mm"),
                                     QStringLiteral("entries")};
    if (!reader.checkKeys(keys, error))
        return false;
    if (root.value(QLatin1String("version")) != QJsonValue(1)) {
        return reader.fail(
            QStringLiteral("version"),
            QCoreApplication::translate("soc::WallPlaylist",
                                        "'version' must be 1, the only playlist format"),
            error);
    }
    return reader.integer(QStringLiteral("default_dwell_s"), WallPlaylist::MinDwellSeconds,
                          WallPlaylist::MaxDwellSeconds, defaultDwell, error) &&
           reader.number(QStringLiteral("critical_dwell_factor"), 1, 10,
                         &playlist->criticalDwellFactor, error) &&
           readLanguages(reader, root.value(QLatin1String("languages")), &playlist->languages,
                         error) &&
           reader.integer(QStringLiteral("return_to_live_s"), 0, 86400,
                          &playlist->returnToLiveSeconds, error) &&
           reader.number(QStringLiteral("viewing_distance_m"), 1, 50,
                         &playlist->viewingDistanceMetres, error) &&
           reader.number(QStringLiteral("screen_width_mm"), 100, 100000,
                         &playlist->screenWidthMillimetres, error);
}

} // namespace

QStringList WallPlaylist::pageNames()
{
    return {QStringLiteral("overview"), QStringLiteral("ranking"), QStringLiteral("unit"),
            QStringLiteral("alerts"), QStringLiteral("feeds")};
}

bool WallPlaylist::parse(const QByteArray &json, const QString &origin, WallPlaylist *playlist,
                         QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("soc::WallPlaylist", "%1:%2: invalid JSON: %3")
                     .arg(origin)
                     .arg(lineAt(json, parseError.offset))
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate(
                     "soc::WallPlaylist",
                     "%1:1: the playlist must be a JSON object with \"version\": 1 and "
                     "\"entries\"")
                     .arg(origin);
        return false;
    }

    WallPlaylist parsed;
    parsed.origin = origin;
    parsed.digest = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
    const QJsonObject root = document.object();
    const ObjectReader reader(json, origin, root, 0);
    int defaultDwell = 20;
    if (!readTopLevel(reader, root, &parsed, &defaultDwell, error))
        return false;

    const QJsonValue entries = root.value(QLatin1String("entries"));
    if (!entries.isArray() || entries.toArray().isEmpty() || entries.toArray().size() > 200) {
        return reader.fail(
            QStringLiteral("entries"),
            QCoreApplication::translate("soc::WallPlaylist",
                                        "'entries' must be an array of 1 to 200 pages, such as "
                                        "[{\"page\": \"overview\", \"dwell_s\": 30}]"),
            error);
    }
    const QVector<qsizetype> offsets = entryOffsets(json);
    const QJsonArray array = entries.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const qsizetype start = offsets.value(i, json.indexOf("\"entries\""));
        const QJsonObject object = array.at(i).toObject();
        const ObjectReader entryReader(json, origin, object, start);
        if (!array.at(i).isObject()) {
            return entryReader.fail(QString(),
                                    QCoreApplication::translate("soc::WallPlaylist",
                                                                "entry %1 is not an object such as "
                                                                "{\"page\": \"overview\"}")
                                        .arg(i + 1),
                                    error);
        }
        WallPlaylistEntry entry;
        if (!readEntry(entryReader, object, defaultDwell, &entry, error))
            return false;
        parsed.entries.append(entry);
    }
    *playlist = parsed;
    return true;
}

bool WallPlaylist::load(const QString &path, WallPlaylist *playlist, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(
                     "soc::WallPlaylist",
                     "%1: cannot read the playlist: %2; check the path and permissions")
                     .arg(path, file.errorString());
        return false;
    }
    // A playlist is a few kilobytes; a megabyte is far beyond any real one.
    const QByteArray json = file.read(1 << 20);
    if (!file.atEnd()) {
        *error =
            QCoreApplication::translate(
                "soc::WallPlaylist", "%1: the playlist is larger than 1 MiB; is it the right file?")
                .arg(path);
        return false;
    }
    return parse(json, path, playlist, error);
}

WallPlaylist WallPlaylist::builtIn()
{
    const QString path = QStringLiteral(":/soc/data/wall_playlist.json");
    WallPlaylist playlist;
    QString error;
    // The resource is part of the binary and checked by the tests, so this cannot fail at run
    // time unless the build is broken.
    if (!load(path, &playlist, &error))
        qFatal("built-in wall playlist: %s", qPrintable(error));
    return playlist;
}

QVector<bool> criticalEntries(const WallPlaylist &playlist, const DashboardState &state)
{
    QVector<bool> critical(playlist.entries.size(), false);
    for (const Alert &alert : state.alerts) {
        const bool unacked =
            alert.state == AlertState::ActiveUnacked || alert.state == AlertState::ClearedUnacked;
        if (alert.severity != Severity::Critical || !unacked)
            continue;
        for (int i = 0; i < playlist.entries.size(); ++i) {
            const WallPlaylistEntry &entry = playlist.entries.at(i);
            const QString indicator =
                entry.indicator.isEmpty() ? QStringLiteral("e_result") : entry.indicator;
            if (entry.page == QLatin1String("alerts"))
                critical[i] = true;
            else if (entry.page == QLatin1String("unit"))
                critical[i] =
                    critical[i] || (state.units && state.units->isWithin(alert.unit, entry.unit));
            else if (entry.page != QLatin1String("feeds"))
                critical[i] = critical[i] || alert.indicator == indicator;
        }
    }
    return critical;
}

WallRotation::WallRotation(WallPlaylist playlist)
    : m_playlist(std::move(playlist)), m_shown(m_playlist.entries.size(), false)
{
}

std::optional<Language> WallRotation::language() const
{
    if (m_playlist.languages.isEmpty())
        return std::nullopt;
    return m_playlist.languages.at(m_current.cycle % m_playlist.languages.size());
}

const WallRotation::Step &WallRotation::advance(const QVector<bool> &critical)
{
    if (m_playlist.entries.isEmpty())
        return m_current;
    if (!m_shown.contains(false)) {
        m_shown.fill(false);
        ++m_current.cycle;
    }
    int next = -1;
    for (int i = 0; i < m_shown.size() && next < 0; ++i) {
        if (!m_shown.at(i) && critical.value(i, false))
            next = i;
    }
    for (int i = 0; i < m_shown.size() && next < 0; ++i) {
        if (!m_shown.at(i))
            next = i;
    }
    m_shown[next] = true;
    m_current.entry = next;
    m_current.critical = critical.value(next, false);
    const double factor = m_current.critical ? m_playlist.criticalDwellFactor : 1.0;
    m_current.dwellMs =
        qint64(std::llround(m_playlist.entries.at(next).dwellSeconds * 1000.0 * factor));
    return m_current;
}

QJsonObject WallRotation::savePosition() const
{
    QJsonArray shown;
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i))
            shown.append(i);
    }
    return {{QStringLiteral("playlist"), QString::fromLatin1(m_playlist.digest)},
            {QStringLiteral("entry"), m_current.entry},
            {QStringLiteral("cycle"), m_current.cycle},
            {QStringLiteral("critical"), m_current.critical},
            {QStringLiteral("dwell_ms"), m_current.dwellMs},
            {QStringLiteral("shown"), shown}};
}

bool WallRotation::restorePosition(const QJsonObject &position)
{
    const int entry = position.value(QLatin1String("entry")).toInt(-1);
    const int cycle = position.value(QLatin1String("cycle")).toInt(-1);
    if (position.value(QLatin1String("playlist")).toString().toLatin1() != m_playlist.digest ||
        entry < 0 || entry >= m_playlist.entries.size() || cycle < 0)
        return false;
    QVector<bool> shown(m_playlist.entries.size(), false);
    for (const QJsonValue &index : position.value(QLatin1String("shown")).toArray()) {
        const int i = index.toInt(-1);
        if (i < 0 || i >= shown.size())
            return false;
        shown[i] = true;
    }
    shown[entry] = true;
    m_shown = shown;
    m_current.entry = entry;
    m_current.cycle = cycle;
    m_current.critical = position.value(QLatin1String("critical")).toBool();
    m_current.dwellMs = qBound<qint64>(WallPlaylist::MinDwellSeconds * 1000,
                                       position.value(QLatin1String("dwell_ms")).toInteger(),
                                       qint64(WallPlaylist::MaxDwellSeconds) * 1000 * 10);
    return true;
}

} // namespace soc
