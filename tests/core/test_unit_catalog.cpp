#include "core/unit_catalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using soc::Language;
using soc::Unit;
using soc::UnitCatalog;
using soc::UnitLevel;

namespace {

const QString CityCode = QStringLiteral("79");

// Three communes in the layout of the city's commune list after 1 July 2025.
const QString CommuneCsv = QStringLiteral("code,name_vi,type\n"
                                          "26740,Phường Sài Gòn,phuong\n"
                                          "27637,Xã Bình Chánh,xa\n"
                                          "26732,Đặc khu Côn Đảo,dac_khu\n");

// Writes `text` as UTF-8 to `name` in `dir` and returns the path, or an empty string on failure.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestUnitCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasCityRoot();
    void builtInDistrictCodes();
    void builtInDistricts_data();
    void builtInDistricts();
    void builtInTilesDistinct();
    void loadCommuneCsvFile();
    void loadRejectsBadRows_data();
    void loadRejectsBadRows();
    void loadMissingFileNamesPath();
    void loadEndlessDeviceRejected();
    void dashboardBuiltInWhenNoPath();
    void dashboardAddsMissingCity();
    void dashboardKeepsFileCity();
    void dashboardPassesErrors();
    void upsertReplacesAndRejectsSelfParent();
    void upsertRejectsCycle();
    void deepChainRejectedQuickly();
    void cityRowWithoutParentColumn();
    void primaryRootPicksLargestTree();
    void cityCommuneList();
};

void TestUnitCatalog::builtInHasCityRoot()
{
    const UnitCatalog catalog = UnitCatalog::hcmcDistricts();
    QCOMPARE(catalog.size(), 23);
    QCOMPARE(catalog.roots(), QStringList{CityCode});

    const Unit *city = catalog.find(CityCode);
    QVERIFY(city);
    QCOMPARE(city->level, UnitLevel::City);
    QVERIFY(city->parent.isEmpty());
    QCOMPARE(city->nameVi, QStringLiteral("Thành phố Hồ Chí Minh"));
    QCOMPARE(city->nameEn, QStringLiteral("Ho Chi Minh City"));
    QVERIFY(!city->hasTile());
}

void TestUnitCatalog::builtInDistrictCodes()
{
    const UnitCatalog catalog = UnitCatalog::hcmcDistricts();
    QStringList children = catalog.children(CityCode);
    children.sort();
    const QStringList expected = {"760", "761", "764", "765", "766", "767", "768", "769",
                                  "770", "771", "772", "773", "774", "775", "776", "777",
                                  "778", "783", "784", "785", "786", "787"};
    QCOMPARE(children, expected);
}

void TestUnitCatalog::builtInDistricts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameVi");
    QTest::addColumn<QString>("nameEn");

    const QList<std::tuple<const char *, QString, QString>> districts = {
        {"760", QStringLiteral("Quận 1"), QStringLiteral("District 1")},
        {"761", QStringLiteral("Quận 12"), QStringLiteral("District 12")},
        {"764", QStringLiteral("Quận Gò Vấp"), QStringLiteral("Go Vap District")},
        {"765", QStringLiteral("Quận Bình Thạnh"), QStringLiteral("Binh Thanh District")},
        {"766", QStringLiteral("Quận Tân Bình"), QStringLiteral("Tan Binh District")},
        {"767", QStringLiteral("Quận Tân Phú"), QStringLiteral("Tan Phu District")},
        {"768", QStringLiteral("Quận Phú Nhuận"), QStringLiteral("Phu Nhuan District")},
        {"769", QStringLiteral("Thành phố Thủ Đức"), QStringLiteral("Thu Duc City")},
        {"770", QStringLiteral("Quận 3"), QStringLiteral("District 3")},
        {"771", QStringLiteral("Quận 10"), QStringLiteral("District 10")},
        {"772", QStringLiteral("Quận 11"), QStringLiteral("District 11")},
        {"773", QStringLiteral("Quận 4"), QStringLiteral("District 4")},
        {"774", QStringLiteral("Quận 5"), QStringLiteral("District 5")},
        {"775", QStringLiteral("Quận 6"), QStringLiteral("District 6")},
        {"776", QStringLiteral("Quận 8"), QStringLiteral("District 8")},
        {"777", QStringLiteral("Quận Bình Tân"), QStringLiteral("Binh Tan District")},
        {"778", QStringLiteral("Quận 7"), QStringLiteral("District 7")},
        {"783", QStringLiteral("Huyện Củ Chi"), QStringLiteral("Cu Chi District")},
        {"784", QStringLiteral("Huyện Hóc Môn"), QStringLiteral("Hoc Mon District")},
        {"785", QStringLiteral("Huyện Bình Chánh"), QStringLiteral("Binh Chanh District")},
        {"786", QStringLiteral("Huyện Nhà Bè"), QStringLiteral("Nha Be District")},
        {"787", QStringLiteral("Huyện Cần Giờ"), QStringLiteral("Can Gio District")},
    };
    for (const auto &[code, nameVi, nameEn] : districts)
        QTest::newRow(code) << QString::fromLatin1(code) << nameVi << nameEn;
}

void TestUnitCatalog::builtInDistricts()
{
    QFETCH(QString, code);
    QFETCH(QString, nameVi);
    QFETCH(QString, nameEn);

    const UnitCatalog catalog = UnitCatalog::hcmcDistricts();
    const Unit *unit = catalog.find(code);
    QVERIFY(unit);
    QCOMPARE(unit->parent, CityCode);
    QCOMPARE(unit->level, UnitLevel::District);
    QCOMPARE(unit->nameVi, nameVi);
    QCOMPARE(unit->nameEn, nameEn);
    QCOMPARE(unit->name(Language::Vietnamese), nameVi);
    QCOMPARE(unit->name(Language::English), nameEn);
    QVERIFY(!unit->shortName(Language::Vietnamese).isEmpty());
    QVERIFY(!unit->shortName(Language::English).isEmpty());
    QVERIFY(unit->hasTile());
    QVERIFY(catalog.children(code).isEmpty());
}

void TestUnitCatalog::builtInTilesDistinct()
{
    const UnitCatalog catalog = UnitCatalog::hcmcDistricts();
    QSet<std::pair<int, int>> cells;
    for (const Unit &unit : catalog.units()) {
        if (unit.code == CityCode)
            continue;
        QVERIFY2(unit.hasTile(), qPrintable(unit.code));
        const std::pair<int, int> cell{unit.tileRow, unit.tileColumn};
        QVERIFY2(!cells.contains(cell), qPrintable(QStringLiteral("unit %1 shares tile (%2, %3)")
                                                       .arg(unit.code)
                                                       .arg(unit.tileRow)
                                                       .arg(unit.tileColumn)));
        cells.insert(cell);
    }
    QCOMPARE(cells.size(), 22);
}

void TestUnitCatalog::loadCommuneCsvFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, "communes.csv", CommuneCsv);
    QVERIFY(!path.isEmpty());

    UnitCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadCsvFile(path, CityCode, &error), qPrintable(error));
    QCOMPARE(catalog.size(), 3);

    const Unit *ward = catalog.find("26740");
    QVERIFY(ward);
    QCOMPARE(ward->nameVi, QStringLiteral("Phường Sài Gòn"));
    QCOMPARE(ward->parent, CityCode);
    QCOMPARE(ward->level, UnitLevel::Ward);
    QVERIFY(!ward->hasTile());
    // No name_en column, so the English name falls back to the Vietnamese one.
    QCOMPARE(ward->name(Language::English), QStringLiteral("Phường Sài Gòn"));

    const Unit *commune = catalog.find("27637");
    QVERIFY(commune);
    QCOMPARE(commune->level, UnitLevel::Ward);
    const Unit *specialZone = catalog.find("26732");
    QVERIFY(specialZone);
    QCOMPARE(specialZone->level, UnitLevel::Ward);
    QCOMPARE(specialZone->nameVi, QStringLiteral("Đặc khu Côn Đảo"));

    // The city itself is not in the file, so the communes are roots of this catalog.
    QCOMPARE(catalog.children(CityCode).size(), 3);
    QCOMPARE(catalog.roots().size(), 3);
}

void TestUnitCatalog::loadRejectsBadRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty code") << "code,name_vi,type\n26740,Phường Sài Gòn,phuong\n,Xã A,xa\n"
                                << ":3:"
                                << "'code' and 'name_vi' must not be empty";
    QTest::newRow("empty name_vi") << "code,name_vi,type\n26740,,phuong\n"
                                   << ":2:"
                                   << "'code' and 'name_vi' must not be empty";
    QTest::newRow("unknown type") << "code,name_vi,type\n26740,Phường Sài Gòn,township\n"
                                  << ":2:"
                                  << "unknown unit type 'township'";
    QTest::newRow("invalid level") << "code,name_vi,level\n760,Quận 1,county\n"
                                   << ":2:"
                                   << "invalid level 'county'";
    QTest::newRow("bad tile_row") << "code,name_vi,tile_row,tile_col\n760,Quận 1,x,5\n"
                                  << ":2:"
                                  << "tile_row and tile_col";
    QTest::newRow("negative tile_row") << "code,name_vi,tile_row,tile_col\n760,Quận 1,-1,5\n"
                                       << ":2:"
                                       << "tile_row and tile_col";
    QTest::newRow("tile_row without tile_col") << "code,name_vi,tile_row,tile_col\n760,Quận 1,3,\n"
                                               << ":2:"
                                               << "tile_row and tile_col";
    QTest::newRow("own parent") << "code,parent,name_vi\n760,760,Quận 1\n"
                                << ":2:"
                                << "names itself as its parent";
    QTest::newRow("parent cycle") << "code,parent,name_vi\nX,Y,Quận X\nY,X,Quận Y\nZ,Y,Phường Z\n"
                                  << ": "
                                  << "form a cycle (X -> Y -> X)";
    QTest::newRow("duplicate code") << "code,name_vi\n760,Quận 1\n761,Quận 12\n760,Quận 1 lặp\n"
                                    << ":4:"
                                    << "unit 760 is already listed on line 2";
    QTest::newRow("shared tile") << "code,name_vi,tile_row,tile_col\n760,Quận 1,0,0\n761,Quận 12,0,0\n"
                                 << ":3:"
                                 << "unit 761 takes tile (0, 0), which unit 760 already has";
    QTest::newRow("unknown parent") << "code,parent,name_vi\nA,NOPE,Quận A\n"
                                    << ":2:"
                                    << "unit A names parent NOPE, which the catalog does not list";
    QTest::newRow("bad tile value quoted") << "code,name_vi,tile_row,tile_col\n760,Quận 1,abc,5\n"
                                           << ":2:"
                                           << "invalid tile position ('abc', '5')";
    QTest::newRow("name too long") << QStringLiteral("code,name_vi\n760,%1\n").arg(QString(300, 'A'))
                                   << ":2:"
                                   << "is 300 characters long; the limit is 256";
    QTest::newRow("missing name_vi column") << "code,name\n760,Quận 1\n"
                                            << ":"
                                            << "must name the columns 'code' and 'name_vi'";
    QTest::newRow("unterminated quote") << "code,name_vi\n760,\"Quận 1\n"
                                        << ": line 2:"
                                        << "not closed";
}

void TestUnitCatalog::loadRejectsBadRows()
{
    QFETCH(QString, text);
    QFETCH(QString, location);
    QFETCH(QString, fragment);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, "units.csv", text);
    QVERIFY(!path.isEmpty());

    UnitCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadCsvFile(path, CityCode, &error));
    QVERIFY2(error.startsWith(path + location), qPrintable(error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QCOMPARE(catalog.size(), 0);
}

void TestUnitCatalog::loadMissingFileNamesPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("absent.csv");

    UnitCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadCsvFile(path, CityCode, &error));
    QVERIFY2(error.startsWith(path + ":"), qPrintable(error));
}

void TestUnitCatalog::dashboardBuiltInWhenNoPath()
{
    UnitCatalog catalog;
    QString error;
    QVERIFY2(UnitCatalog::loadForDashboard(QString(), &catalog, &error), qPrintable(error));
    QCOMPARE(catalog.size(), 23);
    QCOMPARE(catalog.children(CityCode).size(), 22);
}

void TestUnitCatalog::dashboardAddsMissingCity()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, "communes.csv", CommuneCsv);
    QVERIFY(!path.isEmpty());

    UnitCatalog catalog;
    QString error;
    QVERIFY2(UnitCatalog::loadForDashboard(path, &catalog, &error), qPrintable(error));
    QCOMPARE(catalog.size(), 4);
    QCOMPARE(catalog.roots(), QStringList{CityCode});
    const Unit *city = catalog.find(CityCode);
    QVERIFY(city);
    QCOMPARE(city->level, UnitLevel::City);
    QCOMPARE(city->nameVi, QStringLiteral("Thành phố Hồ Chí Minh"));
    QStringList children = catalog.children(CityCode);
    children.sort();
    QCOMPARE(children, (QStringList{"26732", "26740", "27637"}));
    // Districts of the built-in catalog stay out of a catalog loaded from a file.
    QVERIFY(!catalog.contains("760"));
}

void TestUnitCatalog::dashboardKeepsFileCity()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, "units.csv",
                                   "code,parent,level,name_vi,name_en\n"
                                   "79,,city,TP. Hồ Chí Minh (mới),HCMC (new)\n"
                                   "26740,79,ward,Phường Sài Gòn,Saigon Ward\n");
    QVERIFY(!path.isEmpty());

    UnitCatalog catalog;
    QString error;
    QVERIFY2(UnitCatalog::loadForDashboard(path, &catalog, &error), qPrintable(error));
    QCOMPARE(catalog.size(), 2);
    const Unit *city = catalog.find(CityCode);
    QVERIFY(city);
    QCOMPARE(city->nameEn, QStringLiteral("HCMC (new)"));
    QCOMPARE(catalog.children(CityCode), QStringList{"26740"});
}

void TestUnitCatalog::dashboardPassesErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, "units.csv", "code,name_vi,type\n26740,Phường X,bogus\n");
    QVERIFY(!path.isEmpty());

    UnitCatalog catalog;
    QString error;
    QVERIFY(!UnitCatalog::loadForDashboard(path, &catalog, &error));
    QVERIFY2(error.startsWith(path + ":2:"), qPrintable(error));
}

void TestUnitCatalog::upsertReplacesAndRejectsSelfParent()
{
    UnitCatalog catalog = UnitCatalog::hcmcDistricts();

    Unit renamed = *catalog.find("769");
    renamed.nameEn = QStringLiteral("Thu Duc");
    QVERIFY(catalog.upsert(renamed));
    QCOMPARE(catalog.size(), 23);
    QCOMPARE(catalog.find("769")->nameEn, QStringLiteral("Thu Duc"));

    Unit added;
    added.code = QStringLiteral("D01");
    added.parent = CityCode;
    added.level = UnitLevel::Department;
    added.nameVi = QStringLiteral("Sở Nội vụ");
    QVERIFY(catalog.upsert(added));
    QCOMPARE(catalog.size(), 24);
    QVERIFY(catalog.children(CityCode).contains("D01"));

    Unit selfParent = added;
    selfParent.code = QStringLiteral("D02");
    selfParent.parent = QStringLiteral("D02");
    QString error;
    QVERIFY(!catalog.upsert(selfParent, &error));
    QVERIFY2(error.contains("D02"), qPrintable(error));
    QVERIFY(!catalog.contains("D02"));

    Unit noCode = added;
    noCode.code.clear();
    QVERIFY(!catalog.upsert(noCode));
    QCOMPARE(catalog.size(), 24);
}

void TestUnitCatalog::upsertRejectsCycle()
{
    UnitCatalog catalog = UnitCatalog::hcmcDistricts();
    Unit city = *catalog.find(CityCode);
    city.parent = QStringLiteral("760");

    QString error;
    QVERIFY(!catalog.upsert(city, &error));
    QVERIFY2(error.contains("79 -> 760 -> 79"), qPrintable(error));
    QVERIFY(catalog.find(CityCode)->parent.isEmpty());
    QCOMPARE(catalog.children(CityCode).size(), 22);
}

void TestUnitCatalog::deepChainRejectedQuickly()
{
    // 5,000 units each below the previous: rejected for depth, without walking the chain per
    // unit (which took minutes).
    QString csv = QStringLiteral("code,parent,name_vi\nU0,,Gốc\n");
    for (int i = 1; i < 5000; ++i)
        csv += QStringLiteral("U%1,U%2,Đơn vị %1\n").arg(i).arg(i - 1);
    UnitCatalog catalog;
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!catalog.loadCsvText(csv, QStringLiteral("deep.csv"), QString(), &error));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(error.contains("levels below its root"), qPrintable(error));
    QCOMPARE(catalog.size(), 0);
}

void TestUnitCatalog::cityRowWithoutParentColumn()
{
    // Without a parent column, units go under the city, and the city's own row is the root.
    UnitCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadCsvText(QStringLiteral("code,name_vi\n79,Thành phố\n760,Quận 1\n"),
                                 QStringLiteral("inline"), CityCode, &error),
             qPrintable(error));
    QVERIFY(catalog.find(CityCode)->parent.isEmpty());
    QCOMPARE(catalog.children(CityCode), QStringList{"760"});
}

void TestUnitCatalog::primaryRootPicksLargestTree()
{
    UnitCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadCsvText(QStringLiteral("code,parent,name_vi\nHCM,,Thành phố\n"
                                                "Q1,HCM,Quận 1\nTD,HCM,Thủ Đức\nX,,Lẻ\n"),
                                 QStringLiteral("inline"), QString(), &error),
             qPrintable(error));
    QCOMPARE(catalog.primaryRoot(), "HCM");
    QCOMPARE(UnitCatalog::hcmcDistricts().primaryRoot(), CityCode);
}

void TestUnitCatalog::cityCommuneList()
{
    const QString sourceDir = qEnvironmentVariable("SOC_SOURCE_DIR");
    if (sourceDir.isEmpty())
        QSKIP("SOC_SOURCE_DIR is not set; run this test through ctest, which sets it to the "
              "source directory");
    const QString path = sourceDir + "/../shared/data/units/hcmc-2025-communes.csv";
    if (!QFile::exists(path))
        QSKIP(qPrintable("The commune list " + path + " does not exist"));

    UnitCatalog catalog;
    QString error;
    QVERIFY2(UnitCatalog::loadForDashboard(path, &catalog, &error), qPrintable(error));
    QCOMPARE(catalog.size(), 169);
    QCOMPARE(catalog.roots(), QStringList{CityCode});
    QCOMPARE(catalog.children(CityCode).size(), 168);
    for (const Unit &unit : catalog.units()) {
        if (unit.code == CityCode)
            continue;
        QVERIFY2(unit.level == UnitLevel::Ward, qPrintable(unit.code));
        QVERIFY2(!unit.nameVi.isEmpty(), qPrintable(unit.code));
    }
}

void TestUnitCatalog::loadEndlessDeviceRejected()
{
    // A device reports a size of 0, so only a bounded read stops it.
    UnitCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadCsvFile(QStringLiteral("/dev/zero"), QString(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("/dev/zero: ")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(UnitCatalog::MaxFileBytes)), qPrintable(error));
    QCOMPARE(catalog.size(), 0);
}

QTEST_GUILESS_MAIN(TestUnitCatalog)
#include "test_unit_catalog.moc"
