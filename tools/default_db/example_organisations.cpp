// Example social networks: churches, mosques, sports clubs, neighbourhood associations, volunteer
// groups and businesses per municipality, and one Red Cross branch per safety region that reaches
// all its municipalities (assets/example_organisation_types.csv). Some are linked to a resilience
// point they would help run; all are linked to the scenarios where they have a role.
#include <algorithm>
#include <map>
#include <vector>

#include "example_geo.h"
#include "example_random.h"
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {
namespace {

class OrganisationWriter {
public:
    OrganisationWriter(Database& db, const ExampleTable& types)
        : db_(db),
          types_(types),
          scenarioIds_(idsByCode(db, "SELECT code, id FROM scenario")),
          organisation_(db.prepare("INSERT INTO organisation (name, type, offers, capacity, offline_contact, lon, lat, "
                                   "is_example) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")),
          reach_(db.prepare("INSERT INTO organisation_reach (organisation_id, area_code, area_year, community) "
                            "VALUES (?, ?, ?, ?)")),
          link_(db.prepare("INSERT INTO organisation_link (organisation_id, facility_id, scenario_id) VALUES (?, ?, ?)")) {}

    // Inserts an organisation of type row `type` based in `home`; returns its id.
    int64_t insert(size_t type, const AreaFacts& home, ExampleRandom& random) {
        const LonLat where = scatterNear(home, random);
        organisation_.bind(1, random.pick(types_.list(type, "names")) + " " + home.area.name);
        organisation_.bind(2, types_.text(type, "type")).bind(3, types_.text(type, "offers"));
        organisation_.bind(4, random.between(types_.integer(type, "capacity_min"), types_.integer(type, "capacity_max")));
        organisation_.bind(5, types_.text(type, "offline_contact")).bind(6, where.lon).bind(7, where.lat);
        organisation_.run();
        const int64_t id = db_.scalarInt("SELECT last_insert_rowid()");
        for (const auto& code : types_.list(type, "scenarios")) {
            link_.bind(1, id).bind(2, nullptr).bind(3, requireId(scenarioIds_, code, "example_organisation_types.csv"));
            link_.run();
        }
        return id;
    }

    void addReach(int64_t organisationId, size_t type, const AreaFacts& area) {
        reach_.bind(1, organisationId).bind(2, area.area.code).bind(3, kDefaultDivisionYear);
        reach_.bind(4, types_.text(type, "community"));
        reach_.run();
    }

    void linkPoint(int64_t organisationId, int64_t facilityId) {
        link_.bind(1, organisationId).bind(2, facilityId).bind(3, nullptr);
        link_.run();
    }

private:
    Database& db_;
    const ExampleTable& types_;
    std::map<std::string, int64_t> scenarioIds_;
    Statement organisation_;
    Statement reach_;
    Statement link_;
};

// Local resilience points per municipality code, in id order.
std::map<std::string, std::vector<int64_t>> localPointsByArea(const Database& db) {
    std::map<std::string, std::vector<int64_t>> points;
    auto query = db.prepare("SELECT area_code, id FROM facility WHERE kind = 'resilience_point' AND is_example = 1 "
                            "ORDER BY id");
    while (query.step()) points[query.getText(0)].push_back(query.getInt(1));
    return points;
}

}  // namespace

void insertExampleOrganisations(Database& db, const ExampleWorld& world) {
    const ExampleTable types = ExampleTable::read(world.assetsDir(), "example_organisation_types.csv");
    OrganisationWriter writer(db, types);
    std::vector<size_t> localTypes;  // each type repeated by its weight, to pick from
    std::vector<size_t> regionalTypes;
    for (size_t t = 0; t < types.size(); ++t) {
        if (types.text(t, "scope") == "safety_region") regionalTypes.push_back(t);
        for (int w = 0; w < types.integer(t, "weight"); ++w) localTypes.push_back(t);
    }

    const auto points = localPointsByArea(db);
    for (const auto& area : world.municipalities()) {
        ExampleRandom random("organisation", area.area.code);
        const int64_t count = std::min<int64_t>(12, random.roundRandomly(1.2 + area.population / 50000.0));
        for (int64_t i = 0; i < count; ++i) {
            const size_t type = random.pick(localTypes);
            const int64_t id = writer.insert(type, area, random);
            writer.addReach(id, type, area);
            const auto here = points.find(area.area.code);
            if (here != points.end() && random.chance(0.5)) writer.linkPoint(id, random.pick(here->second));
        }
    }
    for (const auto& region : world.regions()) {
        for (size_t type : regionalTypes) {
            ExampleRandom random("organisation/" + types.text(type, "type"), region.area.code);
            const int64_t id = writer.insert(type, region, random);
            for (const auto& area : world.municipalities()) {
                if (area.area.parentCode == region.area.code) writer.addReach(id, type, area);
            }
        }
    }
}

}  // namespace wb::tools
