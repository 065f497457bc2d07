#include "geo/shared_border_simplify.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace wb::geo {
namespace {

bool lexLess(glm::dvec2 a, glm::dvec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }

uint64_t bitsOf(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

// For every corner, the first corner at exactly the same position: one id per position, found
// with an open-addressing hash table (Fibonacci hashing of both coordinates' bits).
std::vector<uint32_t> positionIds(const std::vector<glm::dvec2>& corners) {
    constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();
    int bits = 4;
    while ((size_t{1} << bits) < corners.size() + corners.size() / 2) ++bits;
    std::vector<uint32_t> table(size_t{1} << bits, kEmpty);
    const size_t mask = table.size() - 1;
    std::vector<uint32_t> ids(corners.size());
    for (uint32_t c = 0; c < corners.size(); ++c) {
        const glm::dvec2 p = corners[c];
        const uint64_t mixed = (bitsOf(p.x) ^ (bitsOf(p.y) * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull;
        size_t slot = static_cast<size_t>(mixed >> (64 - bits));
        while (table[slot] != kEmpty && corners[table[slot]] != p) slot = (slot + 1) & mask;
        if (table[slot] == kEmpty) table[slot] = c;
        ids[c] = table[slot];
    }
    return ids;
}

// Douglas-Peucker over one run of a ring, keeping what lies farther than the tolerance from the
// simplified line. The result must not depend on the direction the run is walked in (the
// neighbour walks it backwards): distances are measured from the segment's lexicographically
// lower end, and equal distances go to the lower position.
class RunSimplifier {
public:
    RunSimplifier(const std::vector<glm::dvec2>& corners, std::vector<uint8_t>& keep, double toleranceKm)
        : corners_(corners), keep_(keep), tolerance2_(toleranceKm * toleranceKm) {}

    // The ring is corners[first .. first + size); the run goes from ring position `from` forward to
    // position `to` (from < to <= from + size: positions past the end wrap around once). Both ends
    // are kept by the caller.
    void simplify(uint32_t first, uint32_t size, uint32_t from, uint32_t to) {
        auto corner = [&](uint32_t position) { return first + (position < size ? position : position - size); };
        stack_.clear();
        stack_.push_back({from, to});
        while (!stack_.empty()) {
            const auto [s, t] = stack_.back();
            stack_.pop_back();
            if (t - s < 2) continue;
            glm::dvec2 lo = corners_[corner(s)], hi = corners_[corner(t)];
            if (lexLess(hi, lo)) std::swap(lo, hi);
            // Squared distances to the segment, all scaled by its squared length (no division):
            // the cross product squared where the corner projects onto the segment, the distance
            // to the nearer end otherwise.
            const glm::dvec2 d = hi - lo;
            const double length2 = d.x * d.x + d.y * d.y;
            double farthest = -1;
            uint32_t split = 0;
            for (uint32_t j = s + 1; j < t; ++j) {
                const glm::dvec2 p = corners_[corner(j)];
                const glm::dvec2 fromLo = p - lo;
                const double along = fromLo.x * d.x + fromLo.y * d.y;
                double measure;
                if (length2 == 0) {  // the run returns to where it started
                    measure = fromLo.x * fromLo.x + fromLo.y * fromLo.y;
                } else if (along <= 0) {
                    measure = (fromLo.x * fromLo.x + fromLo.y * fromLo.y) * length2;
                } else if (along >= length2) {
                    const glm::dvec2 fromHi = p - hi;
                    measure = (fromHi.x * fromHi.x + fromHi.y * fromHi.y) * length2;
                } else {
                    const double cross = fromLo.x * d.y - fromLo.y * d.x;
                    measure = cross * cross;
                }
                if (measure > farthest || (measure == farthest && lexLess(p, corners_[corner(split)]))) {
                    farthest = measure;
                    split = j;
                }
            }
            if (farthest <= tolerance2_ * (length2 > 0 ? length2 : 1)) continue;
            keep_[corner(split)] = 1;
            stack_.push_back({s, split});
            stack_.push_back({split, t});
        }
    }

private:
    const std::vector<glm::dvec2>& corners_;
    std::vector<uint8_t>& keep_;
    double tolerance2_;
    std::vector<std::pair<uint32_t, uint32_t>> stack_;
};

// Ring position of the corner farthest from `from` (ties: the lower position), for anchoring a
// ring with fewer than two fixed corners.
uint32_t farthestFrom(const std::vector<glm::dvec2>& corners, uint32_t first, uint32_t size, glm::dvec2 from) {
    uint32_t best = 0;
    double best2 = -1;
    for (uint32_t k = 0; k < size; ++k) {
        const glm::dvec2 p = corners[first + k];
        const glm::dvec2 d = p - from;
        const double distance2 = d.x * d.x + d.y * d.y;
        if (distance2 > best2 || (distance2 == best2 && lexLess(p, corners[first + best]))) {
            best2 = distance2;
            best = k;
        }
    }
    return best;
}

}  // namespace

std::vector<uint8_t> simplifySharedBorders(const ProjectedPolygons& polygons, double toleranceKm) {
    const std::vector<glm::dvec2>& corners = polygons.corners;
    const std::vector<uint32_t> ids = positionIds(corners);

    // Fixed positions: where the rings through a position do not all come from and go to the same
    // two neighbouring positions. Inside a shared border both rings have the same two neighbours
    // (walked in opposite directions); where three areas meet, where a shared border meets the
    // coast, or where a border changes partner without a corner for the third area (a T-junction
    // in the source), they differ. Checked per position, so every ring through it agrees.
    constexpr uint64_t kUnseen = std::numeric_limits<uint64_t>::max();
    std::vector<uint64_t> neighbours(corners.size(), kUnseen);  // per position: its first ring's neighbour pair
    std::vector<uint8_t> fixed(corners.size(), 0);
    for (size_t r = 0; r < polygons.ringCount(); ++r) {
        const uint32_t first = polygons.ringStarts[r], end = polygons.ringStarts[r + 1];
        for (uint32_t c = first; c < end; ++c) {
            const uint32_t previous = ids[c == first ? end - 1 : c - 1];
            const uint32_t next = ids[c + 1 == end ? first : c + 1];
            const uint64_t pair = (uint64_t{std::min(previous, next)} << 32) | std::max(previous, next);
            uint64_t& seen = neighbours[ids[c]];
            if (seen == kUnseen) seen = pair;
            else if (seen != pair) fixed[ids[c]] = 1;
        }
    }

    std::vector<uint8_t> keep(corners.size(), 0);
    RunSimplifier simplifier(corners, keep, toleranceKm);
    std::vector<uint32_t> anchors;  // ring positions, ascending
    for (size_t r = 0; r < polygons.ringCount(); ++r) {
        const uint32_t first = polygons.ringStarts[r];
        const uint32_t size = polygons.ringStarts[r + 1] - first;
        if (size < 4) {
            std::fill_n(keep.begin() + first, size, uint8_t{1});
            continue;
        }
        anchors.clear();
        for (uint32_t k = 0; k < size; ++k) {
            if (fixed[ids[first + k]]) anchors.push_back(k);
        }
        if (anchors.empty()) {
            uint32_t lowest = 0;
            for (uint32_t k = 1; k < size; ++k) {
                if (lexLess(corners[first + k], corners[first + lowest])) lowest = k;
            }
            anchors.push_back(lowest);
        }
        if (anchors.size() == 1) {
            const uint32_t far = farthestFrom(corners, first, size, corners[first + anchors[0]]);
            if (far != anchors[0]) anchors.insert(far < anchors[0] ? anchors.begin() : anchors.end(), far);
        }
        for (size_t a = 0; a < anchors.size(); ++a) {
            keep[first + anchors[a]] = 1;
            const uint32_t from = anchors[a];
            const uint32_t to = a + 1 < anchors.size() ? anchors[a + 1] : anchors[0] + size;
            simplifier.simplify(first, size, from, to);
        }
    }
    return keep;
}

}  // namespace wb::geo
