// Coverage: which share of each area's residents lives within a ground distance of a point, and
// how many residents each point would serve. Residents are placed by population_spread.h: a cell
// is covered when some point lies within the radius of its centre (ground distance, measured in the
// RD plane), so overlapping points never count a resident twice. An area's covered share is its
// covered cells / its cells; covered residents and covered vulnerable residents (per group) are that
// share times the area's counts (vulnerable residents are assumed to live like everyone else).
//
// Load: each covered cell goes to its nearest point (ties to the smaller id, so the answer does not
// depend on the order points were added); a point serves the residents of the cells it gets, to be
// compared with its capacity.
//
// "What if": the model keeps per cell how many points cover it and which one is nearest, so adding,
// removing or moving one point only touches the cells within the radius of it (a few hundred),
// whatever the number of areas. Both cells and points sit in grids with buckets one radius wide.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include <glm/vec2.hpp>

#include "geo/grid_index.h"
#include "geo/population_spread.h"

namespace wb::geo {

struct CoveragePoint {
    int64_t id = 0;
    glm::dvec2 km{0, 0};
    std::optional<double> capacity;  // persons
};

// The counts an area's cells share: residents and, per vulnerable group, residents in that group
// (the same number of groups for every area; a group without a count is 0).
struct AreaPopulation {
    double residents = 0;
    std::vector<double> groups;
};

struct AreaCoverage {
    uint32_t cells = 0;
    uint32_t coveredCells = 0;
    double coveredShare = 0;        // 0..1
    double residents = 0;
    double coveredResidents = 0;
    double uncoveredResidents = 0;
    std::vector<double> coveredGroups;
    std::vector<double> uncoveredGroups;
};

struct PointLoad {
    int64_t id = 0;
    double servedResidents = 0;     // residents whose nearest point within the radius this is
    std::optional<double> capacity;
    // served / capacity; nullopt without a positive capacity. Above 1: more people than places.
    std::optional<double> loadRatio() const;
};

class CoverageModel {
public:
    // `population` is indexed like the areas the cells were spread over.
    CoverageModel(PopulationCells cells, std::vector<AreaPopulation> population, double radiusKm);

    double radiusKm() const { return radiusKm_; }
    void setRadius(double radiusKm);  // recomputes everything
    // Replaces every point and recomputes everything.
    void setPoints(const std::vector<CoveragePoint>& points);

    // The incremental edits; false (nothing changes) for an id that exists already / is unknown.
    bool addPoint(const CoveragePoint& point);
    bool removePoint(int64_t id);
    bool movePoint(int64_t id, glm::dvec2 km);
    bool hasPoint(int64_t id) const { return slotOf_.count(id) > 0; }
    size_t pointCount() const { return slotOf_.size(); }

    size_t areaCount() const { return population_.size(); }
    AreaCoverage area(size_t index) const;
    const PopulationCells& cells() const { return cells_; }
    bool cellCovered(size_t cell) const { return coverCount_[cell] > 0; }
    // Every point, in id order.
    std::vector<PointLoad> pointLoads() const;

private:
    struct Slot {
        CoveragePoint point;
        bool alive = false;
        double served = 0;
    };
    void cover(uint32_t slot);
    void uncover(uint32_t slot);
    bool nearer(double d2, uint32_t slot, double otherD2, int32_t other) const;
    double cellResidents(size_t cell) const;
    void rebuild();

    PopulationCells cells_;
    std::vector<AreaPopulation> population_;
    double radiusKm_;
    GridIndex cellGrid_;
    GridIndex pointGrid_;
    std::vector<Slot> slots_;
    std::vector<uint32_t> freeSlots_;
    std::unordered_map<int64_t, uint32_t> slotOf_;
    std::vector<uint32_t> coverCount_;   // per cell: points within the radius
    std::vector<int32_t> nearest_;       // per cell: slot of the nearest such point, or -1
    std::vector<double> nearestD2_;      // per cell: its squared distance
    std::vector<uint32_t> coveredCells_; // per area
};

}  // namespace wb::geo
