#include "core/rollup_basis.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/checklist.h"
#include "core/delivery_status.h"

namespace wb {

std::optional<RollupBasis> rollupBasis(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                                       AreaLevel level, const std::string& asOf) {
    const Area* scope = areas.find(scopeCode);
    if (!scope || (scope->level != AreaLevel::SafetyRegion && scope->level != AreaLevel::Country)) return std::nullopt;
    if (scope->level == level) return std::nullopt;

    // Who delivered, as the delivery overview says it (the regions are in it for the country only,
    // which is the only scope with regions below it).
    const DeliveryOverview deliveries = deliveryOverview(db, areas, scopeCode, asOf);
    std::unordered_map<std::string, const AreaDelivery*> deliveryOf;
    for (const AreaDelivery& row : deliveries.rows) deliveryOf[row.code] = &row;

    std::set<std::string> withStatuses;
    if (const auto list = applicableList(db, level)) {
        Statement st = db.prepare(
            "SELECT DISTINCT s.area_code FROM measure_status s JOIN measure m ON m.id = s.measure_id "
            "WHERE m.list_id = ? AND s.status_date <= ? AND s.superseded = 0");
        st.bind(1, list->id).bind(2, asOf);
        while (st.step()) withStatuses.insert(st.getText(0));
    }

    RollupBasis basis;
    basis.scopeCode = scopeCode;
    basis.level = level;
    std::vector<const Area*> below;
    for (const Area* area : areas.atLevel(level)) {
        if (areas.isInside(*area, scopeCode)) below.push_back(area);
    }
    std::sort(below.begin(), below.end(), [](const Area* a, const Area* b) { return a->name < b->name; });
    for (const Area* area : below) {
        ++basis.expected;
        const auto found = deliveryOf.find(area->code);
        if (found != deliveryOf.end() && found->second->hasAccepted) {
            ++basis.delivered;
            const std::string& day = found->second->peildatum;
            if (basis.oldestPeildatum.empty() || day < basis.oldestPeildatum) basis.oldestPeildatum = day;
            if (day > basis.newestPeildatum) basis.newestPeildatum = day;
        } else if (withStatuses.count(area->code)) {
            ++basis.enteredHere;
        } else {
            basis.missing.push_back(area->name);
        }
    }
    return basis;
}

}  // namespace wb
