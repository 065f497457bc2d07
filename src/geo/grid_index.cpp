#include "geo/grid_index.h"

#include <algorithm>

namespace wb::geo {

void GridIndex::erase(uint32_t item, glm::dvec2 km) {
    const auto found = buckets_.find(keyOf(km));
    if (found == buckets_.end()) return;
    auto& items = found->second;
    const auto at = std::find(items.begin(), items.end(), item);
    if (at == items.end()) return;
    *at = items.back();  // order within a bucket does not matter
    items.pop_back();
    if (items.empty()) buckets_.erase(found);
}

}  // namespace wb::geo
