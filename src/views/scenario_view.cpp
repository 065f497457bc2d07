#include "views/scenario_view.h"

#include <set>
#include <unordered_map>

#include "views/app_state.h"
#include "views/strings_scenarios.h"

namespace wb {
namespace {

IndicatorInfo infoOf(const char* id, ui::ScenarioText name, ui::ScenarioText unit, ui::ScenarioText source,
                     bool countOfPeople) {
    auto text = [](ui::ScenarioText t, Language l) { return std::string(ui::translation(t, l)); };
    return IndicatorInfo{id,
                         text(name, Language::Dutch),
                         text(name, Language::English),
                         text(unit, Language::Dutch),
                         text(unit, Language::English),
                         text(source, Language::Dutch),
                         countOfPeople};
}

}  // namespace

const OutageView& outageViewOf(const AppState& state, const std::string& scenarioCode, double hour,
                               const std::string& scopeCode) {
    return state.scenarios.outage.view(state.db, state.changeCount, state.areas, scenarioCode, hour, scopeCode,
                                       state.care.radiusKm());
}

ComputedIndicator outageIndicator(AppState& state) {
    using T = ui::ScenarioText;
    ComputedIndicator indicator;
    indicator.info = infoOf(kOutageIndicatorId, T::OutageIndicatorName, T::OutageIndicatorUnit, T::OutageIndicatorSource, true);
    indicator.values = [&state](const std::vector<Area>& areas) {
        const OutageView& view = outageViewOf(state, state.scenarios.scenarioCode, state.scenarios.hour, "");
        std::unordered_map<std::string, const OutageArea*> byCode;
        for (const OutageArea& a : view.areas) byCode.emplace(a.code, &a);
        std::vector<std::optional<double>> values;
        values.reserve(areas.size());
        for (const Area& area : areas) {
            double residents = 0, uncovered = 0;
            bool any = false;
            if (area.level == AreaLevel::Municipality) {
                const auto found = byCode.find(area.code);
                if (found != byCode.end()) {
                    residents = found->second->residentsRaw;
                    uncovered = found->second->uncoveredRaw;
                    any = true;
                }
            } else if (area.level == AreaLevel::SafetyRegion || area.level == AreaLevel::Province ||
                       area.level == AreaLevel::Country) {
                for (const OutageArea& m : view.areas) {
                    const Area* municipality = state.areas.find(m.code);
                    if (!municipality || !state.areas.isInside(*municipality, area.code)) continue;
                    residents += m.residentsRaw;
                    uncovered += m.uncoveredRaw;
                    any = true;
                }
            }
            if (!any) {
                values.push_back(std::nullopt);
                continue;
            }
            const PeopleCount shown = derivedPeopleCount(uncovered, residents);
            values.push_back(shown.suppressed ? 0.0 : shown.value);
        }
        return values;
    };
    return indicator;
}

ComputedIndicator organisationsIndicator(AppState& state) {
    using T = ui::ScenarioText;
    ComputedIndicator indicator;
    indicator.info = infoOf(kOrganisationsIndicatorId, T::MapIndicatorName, T::MapIndicatorUnit, T::MapIndicatorSource, false);
    indicator.values = [&state](const std::vector<Area>& areas) {
        OrganisationSearch search = state.scenarios.organisationSearch;
        search.areaCode.clear();  // the map shows every area the found organisations reach
        search.limit = 1000000;
        // Each organisation counts once for every area its reach lies in (or is).
        std::unordered_map<std::string, std::set<int64_t>> reaching;
        for (const Organisation& o : searchOrganisations(state.db, search)) {
            for (const OrganisationReach& r : o.reach) {
                const Area* at = state.areas.find(r.areaCode);
                for (int depth = 0; at && depth < 8; ++depth, at = state.areas.find(at->parentCode)) {
                    reaching[at->code].insert(o.id);
                }
            }
        }
        std::vector<std::optional<double>> values;
        values.reserve(areas.size());
        for (const Area& area : areas) {
            const auto found = reaching.find(area.code);
            values.push_back(found == reaching.end() ? 0.0 : static_cast<double>(found->second.size()));
        }
        return values;
    };
    return indicator;
}

}  // namespace wb
