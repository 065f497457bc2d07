// Resilience points ("noodsteunpunten"): a facility row (name, place, kind) with a resilience_point
// row (type, status, emergency power, ...) and its functions. Listing, adding, editing and removing
// keep the three tables and the facility R*Tree (kept by triggers on facility) in step, each change
// in one transaction. Fire stations can be put forward as candidate points.
//
// Also the rule for which points count in an analysis (PointQualification): status, emergency
// power, functions, and whether the point still works at hour h of a power outage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/database.h"

namespace wb {

struct ResiliencePoint {
    int64_t id = 0;                      // facility id; 0 for a point not stored yet
    std::string name;
    std::string pointType = "local";     // local, fire_station
    std::string status = "planned";      // candidate, planned, active, inactive
    double lon = 0, lat = 0;
    std::string areaCode;                // may be empty
    int areaYear = 0;
    bool emergencyPower = false;
    std::optional<double> autonomyHours; // on emergency power
    std::optional<int64_t> staff;
    std::optional<double> openWithinHours;
    bool stepFreeAccess = false;
    std::optional<int64_t> capacityPersons;
    // information, drinking_water, food, medication_care, emergency_communication, warmth_charging
    // (read back in A-Z order)
    std::vector<std::string> functions;
    std::string source;
    bool isExample = false;
};

// What is wrong with a point, one message per problem (English, for logs and tests; the panel
// checks fields itself); empty when it may be stored. Checks: a name; a known type, status and
// functions; coordinates inside the Netherlands (RD's domain: lon 3.2..7.3, lat 50.7..53.7);
// hours and counts not negative; autonomy only with emergency power.
std::vector<std::string> resiliencePointProblems(const ResiliencePoint& point);

// Every resilience point, by id.
std::vector<ResiliencePoint> listResiliencePoints(const Database& db);
std::optional<ResiliencePoint> findResiliencePoint(const Database& db, int64_t id);

// These throw std::invalid_argument listing the problems, DatabaseError on a database failure;
// each runs in its own transaction (do not call them inside another one).
int64_t addResiliencePoint(Database& db, const ResiliencePoint& point);  // returns the new id
void updateResiliencePoint(Database& db, const ResiliencePoint& point);  // by point.id
// Removes the point, its functions and its facility (with the R*Tree entry and links to
// organisations); false when there was no such point.
bool removeResiliencePoint(Database& db, int64_t id);

// Makes every fire station (facility kind 'fire_station') that is not a resilience point yet a
// candidate point of type fire_station (information and emergency communication). Returns how
// many were added.
int64_t addFireStationsAsCandidates(Database& db);

struct PointQualification {
    std::vector<std::string> statuses = {"active"};  // e.g. add "candidate" for a what-if
    bool requireEmergencyPower = false;
    std::vector<std::string> functions;              // every one of these is required
    // Hour h since grid power failed: only points on emergency power with autonomy >= h work.
    // nullopt: the grid is up.
    std::optional<double> outageHour;
};

// Whether a point still works `hour` hours into a power outage: it needs emergency power, and
// works until its autonomy runs out (autonomy >= hour). Unknown autonomy counts as 0 hours: a
// plan should not lean on a generator nobody has measured.
bool worksAtOutageHour(const ResiliencePoint& point, double hour);

bool qualifies(const ResiliencePoint& point, const PointQualification& qualification);

}  // namespace wb
