// Loads the input as a unit catalog CSV file, as `soc-dashboard --units FILE` reads it.

#include "fuzz/fuzz_support.h"

#include "core/unit_catalog.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    soc::fuzz::initializeQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soc;
    UnitCatalog catalog;
    QString error;
    const QString text = QString::fromUtf8(fuzz::inputBytes(data, size));
    if (!catalog.loadCsvText(text, QStringLiteral("fuzz.csv"), QStringLiteral("79"), &error)) {
        SOC_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    // A loaded catalog is a forest within the documented limits.
    SOC_FUZZ_CHECK(catalog.size() <= UnitCatalog::MaxUnits);
    for (const Unit &unit : catalog.units()) {
        SOC_FUZZ_CHECK(!unit.code.isEmpty());
        SOC_FUZZ_CHECK(unit.code.size() <= UnitCatalog::MaxCodeLength);
        SOC_FUZZ_CHECK(unit.nameVi.size() <= UnitCatalog::MaxNameLength);
        SOC_FUZZ_CHECK(unit.parent != unit.code);
        int depth = 0;
        for (const Unit *ancestor = catalog.find(unit.parent); ancestor != nullptr;
             ancestor = catalog.find(ancestor->parent)) {
            SOC_FUZZ_CHECK(++depth <= catalog.size());
        }
    }
    catalog.primaryRoot();
    return 0;
}
