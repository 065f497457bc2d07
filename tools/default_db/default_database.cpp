#include "default_database.h"

#include "core/schema.h"
#include "example_content.h"
#include "facts_table.h"

namespace wb::tools {
namespace {

void insertFacts(Database& db, const std::vector<AreaFacts>& facts) {
    db.exec(R"sql(
        INSERT INTO indicator (id, name_nl, name_en, unit_nl, unit_en, source, is_count_of_people) VALUES
          ('population', 'Inwoners', 'Residents', 'inwoners', 'residents',
           'CBS 85984NED Kerncijfers wijken en buurten 2024', 1),
          ('population_density', 'Bevolkingsdichtheid', 'Population density', 'inwoners per km²', 'residents per km²',
           'CBS 85984NED Kerncijfers wijken en buurten 2024', 0),
          ('land_area', 'Landoppervlakte', 'Land area', 'km²', 'km²', 'CBS 85984NED Kerncijfers wijken en buurten 2024', 0),
          ('dwellings', 'Woningvoorraad', 'Dwellings', 'woningen', 'dwellings',
           'CBS 85984NED Kerncijfers wijken en buurten 2024', 0);
    )sql");
    auto area = db.prepare(
        "INSERT INTO area (code, year, level, name, parent_code, centroid_lon, centroid_lat) VALUES (?,?,?,?,?,?,?)");
    auto value = db.prepare("INSERT INTO indicator_value (indicator_id, area_code, area_year, period, value) "
                            "VALUES (?, ?, ?, 2024, ?)");
    for (const auto& f : facts) {
        area.bind(1, f.area.code).bind(2, kDefaultDivisionYear).bind(3, toString(f.area.level));
        area.bind(4, f.area.name);
        if (f.area.parentCode.empty()) area.bind(5, nullptr); else area.bind(5, f.area.parentCode);
        area.bind(6, f.area.centroidLon).bind(7, f.area.centroidLat);
        area.run();
        const std::pair<const char*, double> values[] = {
            {"population", static_cast<double>(f.population)},
            {"population_density", f.landKm2 > 0 ? f.population / f.landKm2 : 0.0},
            {"land_area", f.landKm2},
            {"dwellings", static_cast<double>(f.dwellings)},
        };
        for (const auto& [id, v] : values) {
            value.bind(1, id).bind(2, f.area.code).bind(3, kDefaultDivisionYear).bind(4, v);
            value.run();
        }
    }
}

}  // namespace

Database buildDefaultDatabase(const std::string& assetsDir) {
    Database db = Database::openMemory();
    migrate(db);
    {
        Transaction tx(db);
        const auto facts = readFactsTable(assetsDir + "/areas_2025.csv");
        insertFacts(db, facts);
        db.exec(R"sql(
            INSERT INTO meta (key, value) VALUES
              ('dataset', 'default'),
              ('geography_source', 'CBS / PDOK gebiedsindelingen 2025; CBS 85984NED (2024)');
        )sql");
        insertExampleContent(db, assetsDir, facts);
        tx.commit();
    }
    db.exec("VACUUM");
    return db;
}

}  // namespace wb::tools
