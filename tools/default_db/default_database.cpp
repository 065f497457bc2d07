#include "default_database.h"

#include <stdexcept>
#include <string>

#include "asset_file.h"
#include "core/schema.h"
#include "example_content.h"
#include "facts_table.h"
#include "io/boundary_import.h"
#include "io/import_error.h"
#include "io/topojson_reader.h"

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

// The real 2025 boundaries of the municipalities, safety regions and provinces (CBS / PDOK,
// generalised, assets/cbs/), so the first view is the map of the Netherlands. They go through the
// importer users have, so the default database holds exactly what an import of these files gives.
void insertBoundaries(Database& db, const std::string& cbsDir) {
    for (const char* file : {"provincie_2025.topojson", "veiligheidsregio_2025.topojson", "gemeente_2025.topojson"}) {
        const std::string path = cbsDir + "/" + file;
        try {
            io::importBoundaries(db, io::readTopoJson(readAssetFile(path)), file);
        } catch (const io::ImportError& e) {
            throw std::runtime_error(path + ": " + e.what());
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
              ('geography_source', 'CBS / PDOK, Gebiedsindelingen 2025 (generalised); CBS 85984NED (2024)');
        )sql");
        insertExampleContent(db, assetsDir, facts);
        // The shipped rows get the same stable ids in every build, so every copy of the dashboard
        // recognises them in another organisation's exchange file as the rows it already has.
        for (const char* table : {"measure_status", "action_list", "facility", "scenario_action", "organisation"}) {
            db.exec(std::string("UPDATE ") + table + " SET uid = 'example-" + table + "-' || id");
        }
        tx.commit();
    }
    insertBoundaries(db, assetsDir + "/cbs");  // one transaction per file, as a user's import
    db.exec("DELETE FROM import_log");  // the log lists what the user brought in, from an empty start
    db.exec("VACUUM");
    return db;
}

}  // namespace wb::tools
