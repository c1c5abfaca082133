#include "core/unit_catalog.h"

#include "core/csv_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

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
    // Units placed under the city by default need the city itself.
    if (!loaded.contains(cityCode) && !loaded.children(cityCode).isEmpty())
        loaded.upsert(*builtIn.find(cityCode));
    *catalog = loaded;
    return true;
}

bool UnitCatalog::isWithin(QString code, const QString &ancestor) const
{
    // A depth bound guards against a cycle that the catalog did not catch.
    for (int depth = 0; depth < 16 && !code.isEmpty(); ++depth) {
        if (code == ancestor)
            return true;
        const Unit *unit = find(code);
        if (!unit)
            return false;
        code = unit->parent;
    }
    return false;
}

QString UnitCatalog::primaryRoot() const
{
    QString best;
    int bestChildren = -1;
    QStringList candidates = roots();
    candidates.sort();
    for (const QString &code : std::as_const(candidates)) {
        const int count = children(code).size();
        if (count > bestChildren || (code == QLatin1String("79") && count == bestChildren)) {
            best = code;
            bestChildren = count;
        }
    }
    return best;
}

bool UnitCatalog::loadCsvFile(const QString &path, const QString &defaultParent, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the unit catalog (%2); check the path")
                     .arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("%1: the unit catalog is %2 bytes; the limit is %3 bytes")
                     .arg(path)
                     .arg(file.size())
                     .arg(MaxFileBytes);
        return false;
    }
    // size() is 0 for a pipe or a device such as /dev/zero, so the read is bounded as well.
    const QByteArray text = file.read(MaxFileBytes + 1);
    if (text.size() > MaxFileBytes) {
        *error = tr("%1: the unit catalog is larger than the limit of %2 bytes")
                     .arg(path)
                     .arg(MaxFileBytes);
        return false;
    }
    return loadCsvText(QString::fromUtf8(text), path, defaultParent, error);
}

bool UnitCatalog::readCsvRow(const CsvTable &table, int row, const QString &where,
                             const QString &defaultParent, Unit *unit, QString *error)
{
    auto field = [&](const char *name) { return table.field(row, table.column(QLatin1String(name))); };
    unit->code = field("code");
    unit->nameVi = field("name_vi").normalized(QString::NormalizationForm_C);
    unit->nameEn = field("name_en");
    unit->shortVi = field("short_vi").normalized(QString::NormalizationForm_C);
    unit->shortEn = field("short_en");
    unit->parent = table.column(QStringLiteral("parent")) >= 0 ? field("parent") : defaultParent;
    if (unit->parent == unit->code && table.column(QStringLiteral("parent")) < 0)
        unit->parent.clear(); // the default parent's own row
    if (unit->code.isEmpty() || unit->nameVi.isEmpty()) {
        *error = tr("%1: 'code' and 'name_vi' must not be empty").arg(where);
        return false;
    }
    for (const QString *text : {&unit->code, &unit->parent})
        if (text->size() > MaxCodeLength) {
            *error = tr("%1: code '%2…' is longer than %3 characters")
                         .arg(where, text->left(20))
                         .arg(MaxCodeLength);
            return false;
        }
    for (const QString *text : {&unit->nameVi, &unit->nameEn, &unit->shortVi, &unit->shortEn})
        if (text->size() > MaxNameLength) {
            *error = tr("%1: a name of unit %2 is %3 characters long; the limit is %4")
                         .arg(where, unit->code)
                         .arg(text->size())
                         .arg(MaxNameLength);
            return false;
        }

    const QString levelText = field("level");
    const QString typeText = field("type");
    if (!levelText.isEmpty()) {
        if (!parseUnitLevel(levelText, &unit->level)) {
            *error = tr("%1: invalid level '%2'; use city, district, ward or department")
                         .arg(where, levelText);
            return false;
        }
    } else if (!typeText.isEmpty() && !levelFromType(typeText, &unit->level)) {
        *error = tr("%1: unknown unit type '%2'; use quan, huyen, thanh_pho, phuong, xa or "
                    "dac_khu, or give a 'level' column")
                     .arg(where, typeText);
        return false;
    }

    bool rowOk = false;
    bool columnOk = false;
    const QString tileRow = field("tile_row");
    const QString tileColumn = field("tile_col");
    unit->tileRow = parseTileCoordinate(tileRow, &rowOk);
    unit->tileColumn = parseTileCoordinate(tileColumn, &columnOk);
    if (!rowOk || !columnOk || (unit->tileRow < 0) != (unit->tileColumn < 0)) {
        *error = tr("%1: invalid tile position ('%2', '%3'); tile_row and tile_col must both be "
                    "empty or both be whole numbers from 0 to 999")
                     .arg(where, tileRow.left(20), tileColumn.left(20));
        return false;
    }
    if (unit->parent == unit->code) {
        *error = tr("%1: unit %2 names itself as its parent; give its parent's code, or leave "
                    "'parent' empty for a root")
                     .arg(where, unit->code);
        return false;
    }
    return true;
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
    if (table.column(QStringLiteral("code")) < 0 || table.column(QStringLiteral("name_vi")) < 0) {
        *error = tr("%1: the header must name the columns 'code' and 'name_vi' (found: %2)")
                     .arg(origin, table.header.join(QLatin1Char(',')).left(200));
        return false;
    }
    if (table.rows.size() > MaxUnits) {
        *error = tr("%1: %2 units; a catalog holds at most %3")
                     .arg(origin)
                     .arg(table.rows.size())
                     .arg(MaxUnits);
        return false;
    }

    QVector<Unit> loaded;
    QHash<QString, int> lineOfCode;
    QHash<QPair<int, int>, QString> unitOfTile;
    for (int row = 0; row < table.rows.size(); ++row) {
        const int line = table.lineNumbers.at(row);
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(line);
        Unit unit;
        if (!readCsvRow(table, row, where, defaultParent, &unit, error))
            return false;
        if (lineOfCode.contains(unit.code)) {
            *error = tr("%1: unit %2 is already listed on line %3; give each unit one row")
                         .arg(where, unit.code)
                         .arg(lineOfCode.value(unit.code));
            return false;
        }
        lineOfCode.insert(unit.code, line);
        if (unit.hasTile()) {
            const QPair<int, int> cell{unit.tileRow, unit.tileColumn};
            if (unitOfTile.contains(cell)) {
                *error = tr("%1: unit %2 takes tile (%3, %4), which unit %5 already has; give "
                            "each unit its own tile")
                             .arg(where, unit.code)
                             .arg(unit.tileRow)
                             .arg(unit.tileColumn)
                             .arg(unitOfTile.value(cell));
                return false;
            }
            unitOfTile.insert(cell, unit.code);
        }
        loaded.append(unit);
    }

    UnitCatalog merged = *this;
    for (const Unit &unit : std::as_const(loaded))
        merged.store(unit);
    for (const Unit &unit : std::as_const(loaded)) {
        if (!unit.parent.isEmpty() && unit.parent != defaultParent &&
            !merged.contains(unit.parent)) {
            *error = tr("%1:%2: unit %3 names parent %4, which the catalog does not list; add "
                        "a row for %4 or correct the code")
                         .arg(origin)
                         .arg(lineOfCode.value(unit.code))
                         .arg(unit.code, unit.parent);
            return false;
        }
    }
    if (!merged.checkHierarchy(origin, error))
        return false;
    merged.rebuildChildren();
    *this = std::move(merged);
    return true;
}

// Checks every unit's parent chain once, remembering the depth of units already checked, so
// that the cost stays linear in the number of units.
bool UnitCatalog::checkHierarchy(const QString &origin, QString *error) const
{
    QHash<QString, int> depthOf;
    for (const Unit &start : m_units) {
        QStringList chain;
        QSet<QString> onChain;
        QString code = start.code;
        int depth = 0;
        while (!code.isEmpty() && !depthOf.contains(code)) {
            if (onChain.contains(code)) {
                const QStringList cycle = chain.mid(chain.indexOf(code)) << code;
                *error = tr("%1: the parents of unit %2 form a cycle (%3); give one of them a "
                            "parent outside the cycle")
                             .arg(origin, code, cycle.join(QStringLiteral(" -> ")));
                return false;
            }
            chain.append(code);
            onChain.insert(code);
            const Unit *unit = find(code);
            code = unit ? unit->parent : QString();
        }
        depth = code.isEmpty() ? 0 : depthOf.value(code) + 1;
        for (int i = chain.size() - 1; i >= 0; --i) {
            depthOf.insert(chain.at(i), depth);
            if (depth > MaxDepth) {
                *error = tr("%1: unit %2 sits %3 levels below its root; a catalog has at most "
                            "%4 levels (city, district, ward and departments)")
                             .arg(origin, chain.at(i))
                             .arg(depth)
                             .arg(MaxDepth);
                return false;
            }
            ++depth;
        }
    }
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
        if (chain.contains(current->parent) || chain.size() > MaxDepth + 1)
            return {}; // a cycle higher up that does not pass through `code`, or a long chain
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
