// Resilience points: validation, add/edit/remove across facility, resilience_point, functions and
// the R*Tree; fire stations as candidates; which points qualify at an hour of a power outage.
#include <gtest/gtest.h>

#include "test_support.h"

#include "core/resilience_points.h"
#include "core/schema.h"

using namespace wb;

namespace {

ResiliencePoint libraryPoint() {
    ResiliencePoint p;
    p.name = "Bibliotheek Zwolle";
    p.status = "active";
    p.lon = 6.09;
    p.lat = 52.51;
    p.areaCode = "GM0193";
    p.areaYear = 2025;
    p.emergencyPower = true;
    p.autonomyHours = 48;
    p.capacityPersons = 120;
    p.functions = {"information", "warmth_charging"};
    return p;
}

Database emptyDatabase() {
    Database db = Database::openMemory();
    migrate(db);
    return db;
}

int64_t rtreeRows(const Database& db, int64_t id, double lon, double lat) {
    auto q = db.prepare("SELECT count(*) FROM facility_rtree WHERE id = ? AND min_lon <= ? AND max_lon >= ? "
                        "AND min_lat <= ? AND max_lat >= ?");
    q.bind(1, id).bind(2, lon + 1e-6).bind(3, lon - 1e-6).bind(4, lat + 1e-6).bind(5, lat - 1e-6);
    q.step();
    return q.getInt(0);
}

}  // namespace

TEST(ResiliencePoints, Validation) {
    EXPECT_TRUE(resiliencePointProblems(libraryPoint()).empty());
    auto p = libraryPoint();
    p.lon = 2.0;  // the North Sea off Belgium
    p.autonomyHours = -1;
    p.capacityPersons = -5;
    p.functions.push_back("karaoke");
    EXPECT_EQ(resiliencePointProblems(p).size(), 4u);
    p = libraryPoint();
    p.emergencyPower = false;
    EXPECT_EQ(resiliencePointProblems(p).size(), 1u);  // autonomy without emergency power
    Database db = emptyDatabase();
    p.name = "  ";
    EXPECT_THROW(addResiliencePoint(db, p), std::invalid_argument);
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM facility"), 0);
}

TEST(ResiliencePoints, AddEditRemoveKeepTablesAndRtreeInStep) {
    Database db = emptyDatabase();
    const int64_t id = addResiliencePoint(db, libraryPoint());
    auto stored = findResiliencePoint(db, id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, "Bibliotheek Zwolle");
    EXPECT_EQ(stored->functions, (std::vector<std::string>{"information", "warmth_charging"}));
    EXPECT_EQ(*stored->autonomyHours, 48);
    EXPECT_EQ(db.scalarText("SELECT kind || '/' || category FROM facility"), "resilience_point/local_point");
    EXPECT_EQ(rtreeRows(db, id, 6.09, 52.51), 1);

    stored->lon = 6.1;
    stored->pointType = "fire_station";
    stored->functions = {"drinking_water"};
    updateResiliencePoint(db, *stored);
    EXPECT_EQ(rtreeRows(db, id, 6.1, 52.51), 1);
    EXPECT_EQ(rtreeRows(db, id, 6.09, 52.51), 0);
    EXPECT_EQ(db.scalarText("SELECT kind FROM facility"), "fire_station");
    EXPECT_EQ(findResiliencePoint(db, id)->functions, std::vector<std::string>{"drinking_water"});
    EXPECT_EQ(listResiliencePoints(db).size(), 1u);

    stored->id = 999;
    EXPECT_THROW(updateResiliencePoint(db, *stored), std::invalid_argument);

    db.exec("INSERT INTO organisation (name, type) VALUES ('Kerk', 'church')");
    db.exec("INSERT INTO organisation_link (organisation_id, facility_id) VALUES (1, " + std::to_string(id) + ")");
    EXPECT_TRUE(removeResiliencePoint(db, id));
    EXPECT_FALSE(removeResiliencePoint(db, id));
    for (const char* table : {"facility", "facility_rtree", "resilience_point", "resilience_point_function",
                              "organisation_link"}) {
        EXPECT_EQ(db.scalarInt(std::string("SELECT count(*) FROM ") + table), 0) << table;
    }
}

TEST(ResiliencePoints, FireStationsBecomeCandidates) {
    Database db = emptyDatabase();
    db.exec("INSERT INTO facility (kind, category, name, lon, lat) VALUES "
            "('fire_station', 'fire_station', 'Brandweerpost A', 5.1, 52.1), "
            "('fire_station', 'fire_station', 'Brandweerpost B', 5.2, 52.2), "
            "('vulnerable_object', 'hospital', 'Ziekenhuis', 5.3, 52.3)");
    EXPECT_EQ(addFireStationsAsCandidates(db), 2);
    EXPECT_EQ(addFireStationsAsCandidates(db), 0);
    const auto points = listResiliencePoints(db);
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0].status, "candidate");
    EXPECT_EQ(points[0].pointType, "fire_station");
    EXPECT_EQ(points[0].functions, (std::vector<std::string>{"emergency_communication", "information"}));
}

TEST(ResiliencePoints, QualificationAndHoursOfAutonomy) {
    auto p = libraryPoint();  // active, 48 hours of emergency power
    PointQualification q;
    EXPECT_TRUE(qualifies(p, q));
    q.outageHour = 48;
    EXPECT_TRUE(qualifies(p, q));
    q.outageHour = 48.5;
    EXPECT_FALSE(qualifies(p, q));
    p.emergencyPower = false;
    p.autonomyHours.reset();
    EXPECT_FALSE(worksAtOutageHour(p, 0));  // without emergency power it stops at hour 0
    p.emergencyPower = true;                // unknown autonomy: hour 0 only
    EXPECT_TRUE(worksAtOutageHour(p, 0));
    EXPECT_FALSE(worksAtOutageHour(p, 1));
    q = {};
    q.functions = {"information", "food"};
    EXPECT_FALSE(qualifies(libraryPoint(), q));
    q.functions = {"information"};
    q.statuses = {"candidate"};
    EXPECT_FALSE(qualifies(libraryPoint(), q));
}

TEST(ResiliencePoints, DefaultDatabaseListsEveryPointWithFunctions) {
    Database db = test::openDefaultDatabase();
    const auto points = listResiliencePoints(db);
    EXPECT_EQ(static_cast<int64_t>(points.size()), db.scalarInt("SELECT count(*) FROM resilience_point"));
    size_t withFunctions = 0;
    for (const auto& p : points) withFunctions += !p.functions.empty();
    EXPECT_EQ(withFunctions, points.size());
}
