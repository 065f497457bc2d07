// Every area of one division year, by code, with the way up the hierarchy: which safety region
// and province a municipality lies in, whether a neighbourhood is inside the selected region, the
// municipalities of a region. Loaded once per database; the map, the lists and the exports all ask
// here instead of each keeping its own copy of the hierarchy.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/areas.h"
#include "core/database.h"

namespace wb {

class AreaDirectory {
public:
    static AreaDirectory load(const Database& db, int year);

    const Area* find(const std::string& code) const;
    // The area's ancestor at `level` (walking parent codes), the area itself if it is at that
    // level, or nullptr.
    const Area* ancestorAt(const Area& area, AreaLevel level) const;
    // True when `area` is the area `code` or lies inside it.
    bool isInside(const Area& area, const std::string& code) const;
    std::vector<const Area*> atLevel(AreaLevel level) const;  // ordered by code
    // The areas whose parent is `code`, ordered by name.
    std::vector<const Area*> children(const std::string& code) const;
    bool hasLevel(AreaLevel level) const;
    // Residents (latest 'population' value), when known.
    std::optional<double> residents(const std::string& code) const;

private:
    std::unordered_map<std::string, Area> byCode_;
    std::unordered_map<std::string, std::vector<std::string>> childrenOf_;
    std::unordered_map<std::string, double> residents_;
};

}  // namespace wb
