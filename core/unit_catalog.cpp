#include "core/unit_catalog.h"

#include "core/csv_reader.h"

#include <QFile>

namespace soc {

namespace {

bool levelFromType(const QString &type, UnitLevel *level)
{
    static const QHash<QString, UnitLevel> types = {
        {QStringLiteral("tinh"), UnitLevel::City},       {QStringLiteral("thanh_pho_tw"), UnitLevel::City},
        {QStringLiteral("quan"), UnitLevel::District},   {QStringLiteral("huyen"), UnitLevel::District},
        {QStringLiteral("thanh_pho"), UnitLevel::District}, {QStringLiteral("thi_xa"), UnitLevel::District},
        {QStringLiteral("phuong"), UnitLevel::Ward},     {QStringLiteral("xa"), UnitLevel::Ward},
        {QStringLiteral("dac_khu"), UnitLevel::Ward},    {QStringLiteral("thi_tran"), UnitLevel::Ward},
    };
    const auto it = types.constFind(type.trimmed().toLower());
    if (it == types.cend())
        return false;
    *level = it.value();
    return true;
}

int parseTileCoordinate(const QString &text, bool *ok)
{
    if (text.isEmpty()) {
        *ok = true;
        return -1;
    }
    const int value = text.toInt(ok);
    if (*ok && (value < 0 || value > 999))
        *ok = false;
    return value;
}

} // namespace

QString unitLevelName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::City:
        return QStringLiteral("city");
    case UnitLevel::District:
        return QStringLiteral("district");
    case UnitLevel::Ward:
        return QStringLiteral("ward");
    case UnitLevel::Department:
        return QStringLiteral("department");
    }
    return {};
}

bool parseUnitLevel(const QString &text, UnitLevel *level)
{
    for (UnitLevel candidate :
         {UnitLevel::City, UnitLevel::District, UnitLevel::Ward, UnitLevel::Department}) {
        if (text == unitLevelName(candidate)) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

const QString &Unit::shortName(Language language) const
{
    const QString &shortText = pickName(language, shortVi, shortEn);
    return shortText.isEmpty() ? name(language) : shortText;
}

UnitCatalog UnitCatalog::hcmcDistricts()
{
    UnitCatalog catalog;
    QString error;
    // The resource is compiled in and covered by a test, so a failure here is a build defect.
    if (!catalog.loadCsvFile(QStringLiteral(":/soc/data/hcmc-districts.csv"), QString(), &error))
        qFatal("Built-in unit catalog is invalid: %s", qPrintable(error));
    return catalog;
}

bool UnitCatalog::loadForDashboard(const QString &path, UnitCatalog *catalog, QString *error)
{
    const UnitCatalog builtIn = hcmcDistricts();
    if (path.isEmpty()) {
        *catalog = builtIn;
        return true;
    }
    const QString cityCode = QStringLiteral("79");
    UnitCatalog loaded;
    if (!loaded.loadCsvFile(path, cityCode, error))
        return false;
    if (!loaded.contains(cityCode))
        loaded.upsert(*builtIn.find(cityCode));
    *catalog = loaded;
    return true;
}

bool UnitCatalog::loadCsvFile(const QString &path, const QString &defaultParent, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the unit catalog (%2); check the path")
                     .arg(path, file.errorString());
        return false;
    }
    return loadCsvText(QString::fromUtf8(file.readAll()), path, defaultParent, error);
}

bool UnitCatalog::loadCsvText(const QString &text, const QString &origin,
                              const QString &defaultParent, QString *error)
{
    CsvTable table;
    QString csvError;
    if (!parseCsv(text, &table, &csvError)) {
        *error = QStringLiteral("%1: %2").arg(origin, csvError);
        return false;
    }

    const int codeColumn = table.column(QStringLiteral("code"));
    const int nameViColumn = table.column(QStringLiteral("name_vi"));
    if (codeColumn < 0 || nameViColumn < 0) {
        *error = QStringLiteral("%1: the header must name the columns 'code' and 'name_vi' "
                                "(found: %2)")
                     .arg(origin, table.header.join(QLatin1Char(',')));
        return false;
    }
    const int nameEnColumn = table.column(QStringLiteral("name_en"));
    const int parentColumn = table.column(QStringLiteral("parent"));
    const int levelColumn = table.column(QStringLiteral("level"));
    const int typeColumn = table.column(QStringLiteral("type"));
    const int shortViColumn = table.column(QStringLiteral("short_vi"));
    const int shortEnColumn = table.column(QStringLiteral("short_en"));
    const int tileRowColumn = table.column(QStringLiteral("tile_row"));
    const int tileColumnColumn = table.column(QStringLiteral("tile_col"));

    QVector<Unit> loaded;
    for (int row = 0; row < table.rows.size(); ++row) {
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(table.lineNumbers.at(row));
        Unit unit;
        unit.code = table.field(row, codeColumn);
        unit.nameVi = table.field(row, nameViColumn).normalized(QString::NormalizationForm_C);
        unit.nameEn = table.field(row, nameEnColumn);
        unit.shortVi = table.field(row, shortViColumn).normalized(QString::NormalizationForm_C);
        unit.shortEn = table.field(row, shortEnColumn);
        unit.parent = parentColumn >= 0 ? table.field(row, parentColumn) : defaultParent;
        if (unit.code.isEmpty() || unit.nameVi.isEmpty()) {
            *error = QStringLiteral("%1: 'code' and 'name_vi' must not be empty").arg(where);
            return false;
        }

        const QString levelText = table.field(row, levelColumn);
        const QString typeText = table.field(row, typeColumn);
        if (!levelText.isEmpty()) {
            if (!parseUnitLevel(levelText, &unit.level)) {
                *error = QStringLiteral("%1: invalid level '%2'; use city, district, ward or "
                                        "department")
                             .arg(where, levelText);
                return false;
            }
        } else if (!typeText.isEmpty() && !levelFromType(typeText, &unit.level)) {
            *error = QStringLiteral("%1: unknown unit type '%2'; use quan, huyen, thanh_pho, "
                                    "phuong, xa or dac_khu, or give a 'level' column")
                         .arg(where, typeText);
            return false;
        }

        bool rowOk = false;
        bool columnOk = false;
        unit.tileRow = parseTileCoordinate(table.field(row, tileRowColumn), &rowOk);
        unit.tileColumn = parseTileCoordinate(table.field(row, tileColumnColumn), &columnOk);
        if (!rowOk || !columnOk || (unit.tileRow < 0) != (unit.tileColumn < 0)) {
            *error = QStringLiteral("%1: tile_row and tile_col must both be empty or both be "
                                    "whole numbers from 0 to 999")
                         .arg(where);
            return false;
        }
        if (unit.parent == unit.code) {
            *error = QStringLiteral("%1: unit %2 names itself as its parent").arg(where, unit.code);
            return false;
        }
        loaded.append(unit);
    }

    UnitCatalog merged = *this;
    for (const Unit &unit : std::as_const(loaded))
        merged.store(unit);
    for (const Unit &unit : std::as_const(loaded)) {
        const QStringList cycle = merged.cycleThrough(unit.code);
        if (!cycle.isEmpty()) {
            *error = QStringLiteral("%1: the parents of unit %2 form a cycle (%3); give one of "
                                    "them a parent outside the cycle")
                         .arg(origin, unit.code, cycle.join(QStringLiteral(" -> ")));
            return false;
        }
    }
    merged.rebuildChildren();
    *this = std::move(merged);
    return true;
}

bool UnitCatalog::upsert(const Unit &unit, QString *error)
{
    if (unit.code.isEmpty() || unit.parent == unit.code) {
        if (error)
            *error = QStringLiteral("unit '%1' has an empty code or names itself as its parent")
                         .arg(unit.code);
        return false;
    }
    UnitCatalog merged = *this;
    merged.store(unit);
    const QStringList cycle = merged.cycleThrough(unit.code);
    if (!cycle.isEmpty()) {
        if (error)
            *error = QStringLiteral("unit %1 would close a cycle of parents (%2)")
                         .arg(unit.code, cycle.join(QStringLiteral(" -> ")));
        return false;
    }
    store(unit);
    rebuildChildren();
    return true;
}

QStringList UnitCatalog::cycleThrough(const QString &code) const
{
    QStringList chain{code};
    const Unit *current = find(code);
    while (current && !current->parent.isEmpty()) {
        if (current->parent == code) {
            chain.append(code);
            return chain;
        }
        if (chain.contains(current->parent))
            return {}; // a cycle higher up that does not pass through `code`
        chain.append(current->parent);
        current = find(current->parent);
    }
    return {};
}

void UnitCatalog::store(const Unit &unit)
{
    const auto it = m_index.constFind(unit.code);
    if (it != m_index.cend()) {
        m_units[it.value()] = unit;
        return;
    }
    m_index.insert(unit.code, m_units.size());
    m_units.append(unit);
}

const Unit *UnitCatalog::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_units.at(it.value());
}

QStringList UnitCatalog::roots() const
{
    QStringList result;
    for (const Unit &unit : m_units) {
        if (unit.parent.isEmpty() || !m_index.contains(unit.parent))
            result.append(unit.code);
    }
    return result;
}

void UnitCatalog::rebuildChildren()
{
    m_children.clear();
    for (const Unit &unit : std::as_const(m_units)) {
        if (!unit.parent.isEmpty())
            m_children[unit.parent].append(unit.code);
    }
}

} // namespace soc
