// Example resilience points ("noodsteunpunten"): per municipality a few local points (village
// halls, libraries, sports halls, ...; assets/example_resilience_point_sites.csv) and its fire
// stations as candidate coordination points. About 70 municipalities run a pilot, so their points
// are active; elsewhere points are candidates or planned depending on how far the area is.
// Nationally this gives roughly 900 local points and 950 fire stations (reality: plans for
// 3,600 local sites and about 960 fire stations).
#include <algorithm>
#include <cmath>

#include "example_facility.h"
#include "example_random.h"
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {
namespace {

struct PointDetails {
    const char* pointType;
    const char* status;
    bool emergencyPower;
    double autonomyHours;
    int staff;
    double openWithinHours;
    bool stepFree;
    int capacity;
    std::vector<std::string> functions;
};

// About 70 of the 342 municipalities pilot resilience points.
bool isPilotMunicipality(const AreaFacts& area) { return ExampleRandom("pilot", area.area.code).chance(70.0 / 342.0); }

const char* statusFor(bool pilot, double progress, ExampleRandom& random) {
    if (pilot && random.chance(0.85)) return "active";
    const double u = random.uniform();
    if (u < progress * 0.6) return "planned";
    return random.chance(0.05) ? "inactive" : "candidate";
}

class PointWriter {
public:
    explicit PointWriter(Database& db)
        : facilities_(db),
          point_(db.prepare("INSERT INTO resilience_point (facility_id, point_type, status, has_emergency_power, "
                            "autonomy_hours, staff, open_within_hours, step_free_access, capacity_persons) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          function_(db.prepare("INSERT INTO resilience_point_function (facility_id, function) VALUES (?, ?)")) {}

    void insert(const ExampleFacility& facility, const PointDetails& details, const AreaFacts& area) {
        const int64_t id = facilities_.insert(facility, area);
        point_.bind(1, id).bind(2, details.pointType).bind(3, details.status).bind(4, details.emergencyPower ? 1 : 0);
        if (details.emergencyPower) point_.bind(5, details.autonomyHours); else point_.bind(5, nullptr);
        point_.bind(6, details.staff).bind(7, details.openWithinHours).bind(8, details.stepFree ? 1 : 0);
        point_.bind(9, details.capacity);
        point_.run();
        for (const auto& f : details.functions) {
            function_.bind(1, id).bind(2, f);
            function_.run();
        }
    }

private:
    ExampleFacilityWriter facilities_;
    Statement point_;
    Statement function_;
};

// Adds `extra` to `functions` unless it is there already.
void addFunction(std::vector<std::string>& functions, const std::string& extra) {
    if (std::find(functions.begin(), functions.end(), extra) == functions.end()) functions.push_back(extra);
}

void insertLocalPoints(PointWriter& writer, const ExampleTable& sites, const ExampleWorld& world, const AreaFacts& area) {
    ExampleRandom random("local_point", area.area.code);
    const bool pilot = isPilotMunicipality(area);
    const int count = static_cast<int>(std::min<int64_t>(15, 1 + random.roundRandomly(area.population / 30000.0)));
    for (int i = 0; i < count; ++i) {
        const size_t site = random.next() % sites.size();
        PointDetails d;
        d.pointType = "local";
        d.status = statusFor(pilot, world.progressOf(area), random);
        d.emergencyPower = random.chance(pilot ? 0.8 : 0.45);
        d.autonomyHours = 12.0 * random.between(1, 6);
        d.staff = random.between(2, 10);
        d.openWithinHours = 0.5 * random.between(2, 12);
        d.stepFree = random.chance(0.85);
        d.capacity = random.between(sites.integer(site, "capacity_min"), sites.integer(site, "capacity_max"));
        d.functions = sites.list(site, "functions");
        if (random.chance(0.3)) addFunction(d.functions, "medication_care");
        if (d.emergencyPower) addFunction(d.functions, "warmth_charging");
        const std::string name = sites.text(site, "site_nl") + " " + area.area.name + (count > 1 ? " " + std::to_string(i + 1) : "");
        writer.insert({"resilience_point", "local_point", name, scatterNear(area, random), d.capacity}, d, area);
    }
}

void insertFireStations(PointWriter& writer, const ExampleWorld& world, const AreaFacts& area) {
    static const char* const quarters[] = {"", " Noord", " Zuid", " Oost", " West", " Centrum"};
    ExampleRandom random("fire_station", area.area.code);
    // Large and populous municipalities need more stations to reach everyone in time.
    const int count = static_cast<int>(std::clamp<int64_t>(
        random.roundRandomly(1.2 + area.landKm2 / 80.0 + area.population / 200000.0), 1, 6));
    for (int i = 0; i < count; ++i) {
        PointDetails d;
        d.pointType = "fire_station";
        d.status = statusFor(false, world.progressOf(world.regionOf(area)) * 0.8, random);
        d.emergencyPower = random.chance(0.85);
        d.autonomyHours = 24.0 * random.between(2, 5);
        d.staff = random.between(2, 6);
        d.openWithinHours = 0.5 * random.between(1, 4);
        d.stepFree = random.chance(0.9);
        d.capacity = 10 * random.between(3, 10);
        d.functions = {"information", "emergency_communication"};
        if (random.chance(0.5)) d.functions.push_back("drinking_water");
        if (random.chance(0.3)) d.functions.push_back("medication_care");
        const std::string name = "Brandweerpost " + area.area.name + quarters[i];
        writer.insert({"fire_station", "fire_station", name, scatterNear(area, random), d.capacity}, d, area);
    }
}

}  // namespace

void insertExampleResiliencePoints(Database& db, const ExampleWorld& world) {
    const ExampleTable sites = ExampleTable::read(world.assetsDir(), "example_resilience_point_sites.csv");
    PointWriter writer(db);
    for (const auto& area : world.municipalities()) {
        insertLocalPoints(writer, sites, world, area);
        insertFireStations(writer, world, area);
    }
}

}  // namespace wb::tools
