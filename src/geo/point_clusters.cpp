#include "geo/point_clusters.h"

#include <cmath>

namespace wb::geo {
namespace {

struct Cell {
    int64_t x, y;
    bool operator==(const Cell& o) const { return x == o.x && y == o.y; }
};

// Cell -> cluster number, open addressing with linear probing. std::unordered_map allocates a node
// per cell, which for 100 000 points is most of the time a recomputation takes.
class CellTable {
public:
    explicit CellTable(size_t expected) {
        size_t size = 16;
        while (size < expected * 2) size *= 2;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
    }

    // The cluster of `cell`, or `next` after recording it as the cell's cluster.
    uint32_t findOrInsert(Cell cell, uint32_t next) {
        for (size_t at = hash(cell) & mask_;; at = (at + 1) & mask_) {
            Slot& slot = slots_[at];
            if (slot.cluster == PointClustering::kNoCluster) {
                slot = {cell, next};
                return next;
            }
            if (slot.cell == cell) return slot.cluster;
        }
    }

private:
    struct Slot {
        Cell cell{0, 0};
        uint32_t cluster = PointClustering::kNoCluster;
    };

    static size_t hash(Cell c) {
        uint64_t h = static_cast<uint64_t>(c.x) * 0x9E3779B97F4A7C15ull ^ static_cast<uint64_t>(c.y) * 0xC2B2AE3D27D4EB4Full;
        return static_cast<size_t>(h ^ (h >> 29));
    }

    std::vector<Slot> slots_;
    size_t mask_ = 0;
};

// Sets each cluster's dominant category. Points are grouped by cluster first (a counting sort), so
// each cluster's categories are tallied in one small table that is reset only where it was used.
void findDominantCategories(PointClustering& out, const std::vector<int>& categories) {
    const size_t clusterCount = out.clusters.size();
    std::vector<uint32_t> start(clusterCount + 1, 0);
    int maxCategory = -1;
    for (size_t i = 0; i < categories.size(); ++i) {
        if (out.clusterOfPoint[i] == PointClustering::kNoCluster || categories[i] < 0) continue;
        ++start[out.clusterOfPoint[i] + 1];
        maxCategory = std::max(maxCategory, categories[i]);
    }
    if (maxCategory < 0) return;
    for (size_t c = 0; c < clusterCount; ++c) start[c + 1] += start[c];
    std::vector<int> grouped(start.back());
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (size_t i = 0; i < categories.size(); ++i) {
        if (out.clusterOfPoint[i] == PointClustering::kNoCluster || categories[i] < 0) continue;
        grouped[fill[out.clusterOfPoint[i]]++] = categories[i];
    }
    std::vector<uint32_t> tally(static_cast<size_t>(maxCategory) + 1, 0);
    for (size_t c = 0; c < clusterCount; ++c) {
        int best = -1;
        for (uint32_t i = start[c]; i < start[c + 1]; ++i) {
            const int category = grouped[i];
            const uint32_t n = ++tally[static_cast<size_t>(category)];
            if (best < 0 || n > tally[static_cast<size_t>(best)] || (n == tally[static_cast<size_t>(best)] && category < best)) {
                best = category;
            }
        }
        out.clusters[c].dominantCategory = best;
        for (uint32_t i = start[c]; i < start[c + 1]; ++i) tally[static_cast<size_t>(grouped[i])] = 0;
    }
}

}  // namespace

PointClustering clusterPoints(const std::vector<glm::dvec2>& points, const std::vector<int>& categories,
                              double cellSizeKm) {
    PointClustering out;
    out.clusterOfPoint.assign(points.size(), PointClustering::kNoCluster);
    const bool ownCells = !(cellSizeKm > 0.0) || !std::isfinite(cellSizeKm);
    CellTable table(ownCells ? 0 : points.size());
    out.clusters.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        const glm::dvec2 p = points[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        const auto next = static_cast<uint32_t>(out.clusters.size());
        uint32_t cluster = next;
        if (!ownCells) {
            // floor, not truncation: cells left of and below the origin must not be twice as wide.
            const Cell cell{static_cast<int64_t>(std::floor(p.x / cellSizeKm)),
                            static_cast<int64_t>(std::floor(p.y / cellSizeKm))};
            cluster = table.findOrInsert(cell, next);
        }
        if (cluster == next) out.clusters.emplace_back();
        PointCluster& c = out.clusters[cluster];
        c.centre += p;  // the sum for now; divided below
        ++c.count;
        out.clusterOfPoint[i] = cluster;
    }
    for (PointCluster& c : out.clusters) c.centre /= static_cast<double>(c.count);
    if (categories.size() == points.size()) findDominantCategories(out, categories);
    return out;
}

}  // namespace wb::geo
