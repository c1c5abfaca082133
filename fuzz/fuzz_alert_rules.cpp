// Loads the input as an alert rule file (the JSON format of core/data/alert_rules.json) against
// the built-in indicators.

#include "fuzz/fuzz_support.h"

#include "core/alert_rules.h"
#include "core/indicator_catalog.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    soc::fuzz::initializeQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soc;
    static const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    AlertRuleSet rules;
    QString error;
    if (!rules.loadJson(fuzz::inputBytes(data, size), QStringLiteral("fuzz.json"), indicators,
                        &error)) {
        SOC_FUZZ_CHECK(!error.isEmpty());
        SOC_FUZZ_CHECK(rules.rules().isEmpty()); // a failed load keeps the rules in force
        return 0;
    }
    for (const AlertRule &rule : rules.rules()) {
        SOC_FUZZ_CHECK(rule.id != AlertRuleSet::SourceRuleId);
        SOC_FUZZ_CHECK(rules.find(rule.id) == &rule);
    }
    rules.maxGrowthWindowMs();
    return 0;
}
