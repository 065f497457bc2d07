// Reads assets/areas_<year>.csv, the facts table made by tools/facts/make_facts.py from CBS data.
#pragma once

#include <string>
#include <vector>

#include "core/areas.h"

namespace wb::tools {

struct AreaFacts {
    Area area;
    int64_t population = 0;
    double landKm2 = 0;
    int64_t dwellings = 0;
};

// Throws std::runtime_error naming the line on any malformed row.
std::vector<AreaFacts> readFactsTable(const std::string& path);

}  // namespace wb::tools
