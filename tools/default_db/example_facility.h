// One example location in the facility table (its R*Tree entry follows by trigger).
#pragma once

#include <cstdint>
#include <string>

#include "core/database.h"
#include "example_geo.h"

namespace wb::tools {

struct ExampleFacility {
    const char* kind;      // facility.kind
    std::string category;  // facility.category
    std::string name;
    LonLat where;
    int capacity = 0;
};

class ExampleFacilityWriter {
public:
    explicit ExampleFacilityWriter(Database& db);
    // Returns the new facility id.
    int64_t insert(const ExampleFacility& facility, const AreaFacts& municipality);

private:
    Database& db_;
    Statement insert_;
};

}  // namespace wb::tools
