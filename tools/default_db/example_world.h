// What every example-content step needs to know about the real geography it fills: the 342
// municipalities and 25 safety regions of the 2025 division with population, land area and
// centroid, plus how far along each area is in the (fictitious) example story.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"
#include "facts_table.h"

namespace wb::tools {

// The `source` text of every generated row, so nobody mistakes it for real data.
inline constexpr const char* kExampleSource = "fictieve voorbeeldgegevens";
// The same for tables with thousands of example rows (facility): short, because every byte is
// repeated per row in a database that is compiled into the page.
inline constexpr const char* kExampleSourceShort = "fictief";

class ExampleWorld {
public:
    ExampleWorld(std::string assetsDir, const std::vector<AreaFacts>& facts);

    const std::string& assetsDir() const { return assetsDir_; }
    // Ordered by code.
    const std::vector<AreaFacts>& municipalities() const { return municipalities_; }
    const std::vector<AreaFacts>& regions() const { return regions_; }
    const AreaFacts& regionOf(const AreaFacts& municipality) const;
    int64_t nationalPopulation() const { return nationalPopulation_; }

    // How far an area is with its resilience work, 0..1. Regions differ a lot (so the map is
    // worth looking at); municipalities scatter around their region.
    double progressOf(const AreaFacts& area) const;

private:
    std::string assetsDir_;
    std::vector<AreaFacts> municipalities_;
    std::vector<AreaFacts> regions_;
    std::map<std::string, size_t> regionIndex_;
    int64_t nationalPopulation_ = 0;
};

// code -> id for a query returning (code, id) rows, e.g. measures or scenarios.
std::map<std::string, int64_t> idsByCode(const Database& db, std::string_view sql);
// Codes of the measures on the safety regions' example list (the others are for municipalities).
std::set<std::string> regionMeasureCodes(const Database& db);

// The id for `code`; throws naming `context` (usually the asset file) when the code is unknown.
int64_t requireId(const std::map<std::string, int64_t>& ids, const std::string& code, std::string_view context);

}  // namespace wb::tools
