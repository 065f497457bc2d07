#include "core/rollup_basis.h"

#include <set>

#include "core/checklist.h"
#include "core/delivery_status.h"

namespace wb {

std::optional<RollupBasis> rollupBasis(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                                       AreaLevel level, const std::string& asOf) {
    const Area* scope = areas.find(scopeCode);
    if (!scope || (scope->level != AreaLevel::SafetyRegion && scope->level != AreaLevel::Country)) return std::nullopt;
    if (scope->level == level) return std::nullopt;

    // The areas below and who of them delivered are the delivery overview's rows (a region: its
    // municipalities by name; the country: the regions, then the municipalities by region and
    // name), so this line and the Aanleverstatus never disagree.
    const DeliveryOverview deliveries = deliveryOverview(db, areas, scopeCode, asOf);
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
    const std::string levelName(toString(level));
    for (const AreaDelivery& row : deliveries.rows) {
        if (row.level != levelName) continue;
        ++basis.expected;
        if (row.hasAccepted) {
            ++basis.delivered;
            if (basis.oldestPeildatum.empty() || row.peildatum < basis.oldestPeildatum) basis.oldestPeildatum = row.peildatum;
            if (row.peildatum > basis.newestPeildatum) basis.newestPeildatum = row.peildatum;
        } else if (withStatuses.count(row.code)) {
            ++basis.enteredHere;
        } else {
            basis.missing.push_back(row.name);
        }
    }
    return basis;
}

}  // namespace wb
