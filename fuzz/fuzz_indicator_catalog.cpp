// Loads the input as an indicator catalog in the JSON format of core/data/indicators.json.

#include "fuzz/fuzz_support.h"

#include "core/indicator_catalog.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    soc::fuzz::initializeQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soc;
    IndicatorCatalog catalog;
    QString error;
    if (!catalog.loadJson(fuzz::inputBytes(data, size), QStringLiteral("fuzz.json"), &error)) {
        SOC_FUZZ_CHECK(!error.isEmpty());
        SOC_FUZZ_CHECK(catalog.size() == 0); // a failed load keeps the catalog as it was
        return 0;
    }
    for (const Indicator &indicator : catalog.indicators()) {
        SOC_FUZZ_CHECK(!indicator.id.isEmpty());
        SOC_FUZZ_CHECK(catalog.find(indicator.id) == &indicator);
    }
    return 0;
}
