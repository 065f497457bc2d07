#include "geo/coverage.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace wb::geo {
namespace {

double squaredDistance(glm::dvec2 a, glm::dvec2 b) {
    const glm::dvec2 d = a - b;
    return d.x * d.x + d.y * d.y;
}

double checkedRadius(double radiusKm) {
    if (!std::isfinite(radiusKm) || radiusKm <= 0) throw std::invalid_argument("the coverage radius must be positive");
    return radiusKm;
}

}  // namespace

std::optional<double> PointLoad::loadRatio() const {
    if (!capacity || *capacity <= 0) return std::nullopt;
    return servedResidents / *capacity;
}

CoverageModel::CoverageModel(PopulationCells cells, std::vector<AreaPopulation> population, double radiusKm)
    : cells_(std::move(cells)), population_(std::move(population)), radiusKm_(checkedRadius(radiusKm)) {
    if (population_.size() != cells_.cellCount.size()) {
        throw std::invalid_argument("coverage needs one population entry per area of the cells");
    }
    rebuild();
}

void CoverageModel::setRadius(double radiusKm) {
    radiusKm_ = checkedRadius(radiusKm);
    rebuild();
}

void CoverageModel::setPoints(const std::vector<CoveragePoint>& points) {
    slots_.clear();
    freeSlots_.clear();
    slotOf_.clear();
    for (const auto& point : points) {
        if (slotOf_.count(point.id)) continue;
        slotOf_[point.id] = static_cast<uint32_t>(slots_.size());
        slots_.push_back({point, true, 0});
    }
    rebuild();
}

void CoverageModel::rebuild() {
    const size_t n = cells_.positions.size();
    coverCount_.assign(n, 0);
    nearest_.assign(n, -1);
    nearestD2_.assign(n, 0);
    coveredCells_.assign(population_.size(), 0);
    cellGrid_ = GridIndex(radiusKm_);
    for (size_t c = 0; c < n; ++c) cellGrid_.insert(static_cast<uint32_t>(c), cells_.positions[c]);
    pointGrid_ = GridIndex(radiusKm_);
    for (uint32_t s = 0; s < slots_.size(); ++s) {
        slots_[s].served = 0;
        if (slots_[s].alive) pointGrid_.insert(s, slots_[s].point.km);
    }
    for (uint32_t s = 0; s < slots_.size(); ++s) {
        if (slots_[s].alive) cover(s);
    }
}

bool CoverageModel::addPoint(const CoveragePoint& point) {
    if (slotOf_.count(point.id)) return false;
    uint32_t slot;
    if (!freeSlots_.empty()) {
        slot = freeSlots_.back();
        freeSlots_.pop_back();
        slots_[slot] = {point, true, 0};
    } else {
        slot = static_cast<uint32_t>(slots_.size());
        slots_.push_back({point, true, 0});
    }
    slotOf_[point.id] = slot;
    pointGrid_.insert(slot, point.km);
    cover(slot);
    return true;
}

bool CoverageModel::removePoint(int64_t id) {
    const auto found = slotOf_.find(id);
    if (found == slotOf_.end()) return false;
    const uint32_t slot = found->second;
    uncover(slot);
    slotOf_.erase(found);
    freeSlots_.push_back(slot);
    return true;
}

bool CoverageModel::movePoint(int64_t id, glm::dvec2 km) {
    const auto found = slotOf_.find(id);
    if (found == slotOf_.end()) return false;
    const uint32_t slot = found->second;
    uncover(slot);
    slots_[slot].point.km = km;
    slots_[slot].alive = true;
    slots_[slot].served = 0;
    pointGrid_.insert(slot, km);
    cover(slot);
    return true;
}

double CoverageModel::cellResidents(size_t cell) const {
    const uint32_t area = cells_.areaOf[cell];
    return population_[area].residents / cells_.cellCount[area];
}

bool CoverageModel::nearer(double d2, uint32_t slot, double otherD2, int32_t other) const {
    if (other < 0) return true;
    if (d2 != otherD2) return d2 < otherD2;
    return slots_[slot].point.id < slots_[static_cast<uint32_t>(other)].point.id;
}

void CoverageModel::cover(uint32_t slot) {
    const glm::dvec2 at = slots_[slot].point.km;
    const double r2 = radiusKm_ * radiusKm_;
    cellGrid_.forEachNear(at, radiusKm_, [&](uint32_t cell) {
        const double d2 = squaredDistance(cells_.positions[cell], at);
        if (d2 > r2) return;
        if (coverCount_[cell]++ == 0) ++coveredCells_[cells_.areaOf[cell]];
        if (!nearer(d2, slot, nearestD2_[cell], nearest_[cell])) return;
        const double residents = cellResidents(cell);
        if (nearest_[cell] >= 0) slots_[static_cast<uint32_t>(nearest_[cell])].served -= residents;
        nearest_[cell] = static_cast<int32_t>(slot);
        nearestD2_[cell] = d2;
        slots_[slot].served += residents;
    });
}

void CoverageModel::uncover(uint32_t slot) {
    Slot& gone = slots_[slot];
    gone.alive = false;
    pointGrid_.erase(slot, gone.point.km);
    const double r2 = radiusKm_ * radiusKm_;
    cellGrid_.forEachNear(gone.point.km, radiusKm_, [&](uint32_t cell) {
        const glm::dvec2 position = cells_.positions[cell];
        if (squaredDistance(position, gone.point.km) > r2) return;
        if (--coverCount_[cell] == 0) --coveredCells_[cells_.areaOf[cell]];
        if (nearest_[cell] != static_cast<int32_t>(slot)) return;
        // The cell loses its nearest point: the next nearest one still within the radius takes it.
        nearest_[cell] = -1;
        pointGrid_.forEachNear(position, radiusKm_, [&](uint32_t other) {
            const double d2 = squaredDistance(position, slots_[other].point.km);
            if (d2 <= r2 && nearer(d2, other, nearestD2_[cell], nearest_[cell])) {
                nearest_[cell] = static_cast<int32_t>(other);
                nearestD2_[cell] = d2;
            }
        });
        if (nearest_[cell] >= 0) slots_[static_cast<uint32_t>(nearest_[cell])].served += cellResidents(cell);
    });
    gone.served = 0;
}

AreaCoverage CoverageModel::area(size_t index) const {
    AreaCoverage out;
    const AreaPopulation& population = population_[index];
    out.cells = cells_.cellCount[index];
    out.coveredCells = coveredCells_[index];
    out.coveredShare = static_cast<double>(out.coveredCells) / out.cells;
    out.residents = population.residents;
    out.coveredResidents = out.coveredShare * population.residents;
    out.uncoveredResidents = population.residents - out.coveredResidents;
    for (double group : population.groups) {
        out.coveredGroups.push_back(out.coveredShare * group);
        out.uncoveredGroups.push_back(group - out.coveredShare * group);
    }
    return out;
}

std::vector<PointLoad> CoverageModel::pointLoads() const {
    std::vector<PointLoad> loads;
    loads.reserve(slotOf_.size());
    for (const auto& [id, slot] : slotOf_) {
        // Sums of many small additions and subtractions: clamp the rounding noise around zero.
        loads.push_back({id, std::max(0.0, slots_[slot].served), slots_[slot].point.capacity});
    }
    std::sort(loads.begin(), loads.end(), [](const PointLoad& a, const PointLoad& b) { return a.id < b.id; });
    return loads;
}

}  // namespace wb::geo
