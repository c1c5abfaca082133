#pragma once

#include "core/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace soc {

struct CsvTable;

enum class UnitLevel { City, District, Ward, Department };

QString unitLevelName(UnitLevel level); // "city", "district", "ward", "department"
bool parseUnitLevel(const QString &text, UnitLevel *level);

// An administrative unit. Codes are the General Statistics Office codes (79 for the city,
// 760-787 for its districts until 30 June 2025) or a portal's own department codes.
struct Unit
{
    QString code;
    QString parent; // empty for a root
    UnitLevel level = UnitLevel::District;
    QString nameVi;
    QString nameEn;
    QString shortVi; // tile label; falls back to the full name
    QString shortEn;
    int tileRow = -1; // position on the overview tile map; -1 when the catalog gives none
    int tileColumn = -1;

    const QString &name(Language language) const { return pickName(language, nameVi, nameEn); }
    const QString &shortName(Language language) const;
    bool hasTile() const { return tileRow >= 0 && tileColumn >= 0; }
};

// The units known to the dashboard, with their hierarchy. Units are data: the built-in catalog
// comes from a CSV resource, others from a CSV file or from `unit_catalog` feed messages.
class UnitCatalog
{
    Q_DECLARE_TR_FUNCTIONS(soc::UnitCatalog)

public:
    // Limits that a catalog file must respect: far above a real city (168 wards, 22 districts)
    // and low enough that a mistaken file cannot stall the dashboard.
    static constexpr int MaxUnits = 20000;
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 8; // levels below a root
    static constexpr int MaxCodeLength = 64;
    static constexpr int MaxNameLength = 256;

    // The 22 district-level units of Ho Chi Minh City (before 1 July 2025) under the city, 79.
    static UnitCatalog hcmcDistricts();

    // Reads a CSV file with a header. Columns: code and name_vi (required); name_en, parent,
    // level (city, district, ward, department) or type (quan, huyen, thanh_pho, phuong, xa,
    // dac_khu), short_vi, short_en, tile_row, tile_col. Units without a parent go under
    // `defaultParent`. Returns false with a message naming the file and line on an error.
    bool loadCsvFile(const QString &path, const QString &defaultParent, QString *error);
    bool loadCsvText(const QString &text, const QString &origin, const QString &defaultParent,
                     QString *error);

    // Adds or replaces a unit. A unit whose parent chain leads back to itself is rejected, so
    // the hierarchy stays a forest and every sum over it counts each unit once.
    bool upsert(const Unit &unit, QString *error = nullptr);

    const Unit *find(const QString &code) const;
    bool contains(const QString &code) const { return m_index.contains(code); }
    const QVector<Unit> &units() const { return m_units; }
    QStringList children(const QString &code) const { return m_children.value(code); }
    QStringList roots() const;
    // True when `code` is `ancestor` or a unit below it. Unknown codes are within nothing but
    // themselves.
    bool isWithin(QString code, const QString &ancestor) const;
    int size() const { return m_units.size(); }

    // The built-in catalog when `path` is empty; otherwise the CSV file, with the units that have
    // no parent column placed under the city (79), which is added when the file lacks it.
    static bool loadForDashboard(const QString &path, UnitCatalog *catalog, QString *error);

    // The root that the overview shows: the one with the most children, 79 on a tie.
    QString primaryRoot() const;

private:
    static bool readCsvRow(const CsvTable &table, int row, const QString &where,
                           const QString &defaultParent, Unit *unit, QString *error);
    bool checkHierarchy(const QString &origin, QString *error) const;
    void store(const Unit &unit);
    void rebuildChildren();
    // The chain from `code` up through its parents when it comes back to `code`; else empty.
    QStringList cycleThrough(const QString &code) const;

    QVector<Unit> m_units;
    QHash<QString, int> m_index;
    QHash<QString, QStringList> m_children;
};

} // namespace soc
