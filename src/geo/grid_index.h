// A uniform grid of square buckets over positions in the RD plane (km): the items near a query
// point are found by visiting the few buckets around it instead of every item. Coverage uses one
// for the population cells and one for the points, with buckets as wide as the coverage radius, so
// a radius query visits at most 3 x 3 buckets.
#pragma once

#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include <glm/vec2.hpp>

namespace wb::geo {

class GridIndex {
public:
    explicit GridIndex(double bucketKm = 1.0) : bucketKm_(bucketKm > 0 ? bucketKm : 1.0) {}

    void insert(uint32_t item, glm::dvec2 km) { buckets_[keyOf(km)].push_back(item); }
    // Removes one entry of `item` from the bucket `km` falls in (the position it was inserted at).
    void erase(uint32_t item, glm::dvec2 km);
    void clear() { buckets_.clear(); }
    double bucketKm() const { return bucketKm_; }

    // Calls visit(item) for every item in the buckets touching the square of half-width `radiusKm`
    // around `km`: a superset of the items within the radius, which the caller checks exactly.
    template <class Visit>
    void forEachNear(glm::dvec2 km, double radiusKm, Visit&& visit) const {
        const int64_t x0 = cell(km.x - radiusKm), x1 = cell(km.x + radiusKm);
        const int64_t y0 = cell(km.y - radiusKm), y1 = cell(km.y + radiusKm);
        for (int64_t y = y0; y <= y1; ++y) {
            for (int64_t x = x0; x <= x1; ++x) {
                const auto found = buckets_.find(key(x, y));
                if (found == buckets_.end()) continue;
                for (uint32_t item : found->second) visit(item);
            }
        }
    }

private:
    int64_t cell(double v) const { return static_cast<int64_t>(std::floor(v / bucketKm_)); }
    static uint64_t key(int64_t x, int64_t y) {
        return (static_cast<uint64_t>(static_cast<uint32_t>(x)) << 32) | static_cast<uint32_t>(y);
    }
    uint64_t keyOf(glm::dvec2 km) const { return key(cell(km.x), cell(km.y)); }

    double bucketKm_;
    std::unordered_map<uint64_t, std::vector<uint32_t>> buckets_;
};

}  // namespace wb::geo
