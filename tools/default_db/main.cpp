// build_default_db ASSETS_DIR OUTPUT.sqlite
// Builds the database the page opens on start: real geography facts (CBS) from the assets
// folder, plus the example content the dashboard shows until users load their own data.
#include <cstdio>
#include <exception>
#include <fstream>

#include "core/database.h"
#include "core/schema.h"
#include "facts_table.h"

namespace {

using wb::Database;

void insertFacts(Database& db, const std::vector<wb::tools::AreaFacts>& facts) {
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
        area.bind(1, f.area.code).bind(2, wb::kDefaultDivisionYear).bind(3, wb::toString(f.area.level));
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
            value.bind(1, id).bind(2, f.area.code).bind(3, wb::kDefaultDivisionYear).bind(4, v);
            value.run();
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: build_default_db ASSETS_DIR OUTPUT.sqlite\n");
        return 2;
    }
    try {
        const std::string assets = argv[1];
        Database db = Database::openMemory();
        wb::migrate(db);
        {
            wb::Transaction tx(db);
            insertFacts(db, wb::tools::readFactsTable(assets + "/areas_2025.csv"));
            db.exec(R"sql(
                INSERT INTO meta (key, value) VALUES
                  ('dataset', 'default'),
                  ('geography_source', 'CBS / PDOK gebiedsindelingen 2025; CBS 85984NED (2024)');
            )sql");
            tx.commit();
        }
        db.exec("VACUUM");
        const auto bytes = db.serialize();
        std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        if (!out) throw std::runtime_error(std::string("cannot write ") + argv[2]);
        std::printf("default database: %zu bytes\n", bytes.size());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "build_default_db: %s\n", e.what());
        return 1;
    }
    return 0;
}
