#include "example_facility.h"

#include "example_world.h"

namespace wb::tools {

ExampleFacilityWriter::ExampleFacilityWriter(Database& db)
    : db_(db),
      insert_(db.prepare("INSERT INTO facility (kind, category, name, lon, lat, area_code, area_year, capacity, source, "
                         "is_example) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {}

int64_t ExampleFacilityWriter::insert(const ExampleFacility& facility, const AreaFacts& municipality) {
    insert_.bind(1, facility.kind).bind(2, facility.category).bind(3, facility.name);
    insert_.bind(4, facility.where.lon).bind(5, facility.where.lat);
    insert_.bind(6, municipality.area.code).bind(7, kDefaultDivisionYear).bind(8, facility.capacity);
    insert_.bind(9, kExampleSourceShort);
    insert_.run();
    return db_.scalarInt("SELECT last_insert_rowid()");
}

}  // namespace wb::tools
