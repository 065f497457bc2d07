#include "views/care_indicators.h"

#include <unordered_map>

#include "core/vulnerability.h"
#include "views/app_state.h"
#include "views/strings_care.h"

namespace wb {
namespace {

IndicatorInfo infoOf(const char* id, ui::CareText name, ui::CareText unit, ui::CareText source, bool countOfPeople) {
    const auto t = [](ui::CareText text, Language language) { return std::string(ui::translation(text, language)); };
    return IndicatorInfo{id,
                         t(name, Language::Dutch),
                         t(name, Language::English),
                         t(unit, Language::Dutch),
                         t(unit, Language::English),
                         t(source, Language::Dutch),
                         countOfPeople};
}

}  // namespace

ComputedIndicator vulnerabilityIndexIndicator(AppState& state) {
    using ui::CareText;
    ComputedIndicator indicator;
    indicator.info = infoOf(kVulnerabilityIndexIndicator, CareText::IndexIndicatorName, CareText::IndexIndicatorUnit,
                            CareText::IndexIndicatorSource, false);
    indicator.values = [&state](const std::vector<Area>& areas) {
        std::vector<std::optional<double>> values(areas.size());
        if (areas.empty()) return values;
        const VulnerabilityTable table = vulnerabilityTable(state.db, areas.front().level, kDefaultDivisionYear);
        std::unordered_map<std::string, std::optional<double>> byCode;
        for (const AreaVulnerability& a : table.areas) byCode[a.code] = a.index;
        for (size_t i = 0; i < areas.size(); ++i) {
            const auto found = byCode.find(areas[i].code);
            if (found != byCode.end()) values[i] = found->second;
        }
        return values;
    };
    return indicator;
}

ComputedIndicator uncoveredIndicator(AppState& state) {
    using ui::CareText;
    ComputedIndicator indicator;
    indicator.info = infoOf(kUncoveredIndicator, CareText::UncoveredIndicatorName, CareText::UncoveredIndicatorUnit,
                            CareText::UncoveredIndicatorSource, true);
    indicator.values = [&state](const std::vector<Area>& areas) { return state.care.uncoveredValues(state, areas); };
    return indicator;
}

}  // namespace wb
