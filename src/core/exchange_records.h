// The rows an organisation owns for its own area, in the form they travel between organisations
// in an exchange file: one record per row, under a stable id, with its content as canonical JSON
// (sorted keys, references by stable keys instead of this database's integer ids) so the same row
// reads byte for byte the same in every copy.
//
// Kinds and their ids:
//   action_list      the list a status, cost or action refers to (uid column), with its measures
//   measure_status   one row of a checklist's history (uid column); immutable once made
//   cost             the estimate for (measure, area, year): "cost/<area>/<list uid>/<code>/<year>"
//   budget           the budget of (scope, year): "budget/<scope>/<year>"
//   resilience_point a facility that is a resilience point (facility.uid), with its functions
//   scenario_action  a local action for a scenario (uid column)
//   organisation     an organisation (uid column) with its reach; owned by the smallest area that
//                    holds all of its reach
//   assignment_status an area's status on one of the 14 national assignments:
//                    "assignment/<area>/<board>/<number>" (core/assignment_statuses.h)
// Measures are referred to as {"list": <list uid>, "measure": <code>}, scenarios by code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/area_directory.h"
#include "core/database.h"

namespace wb {

struct ExchangeRecord {
    std::string kind;
    std::string uid;
    std::string areaCode;  // the area the row is about; lies within the sender's own area
    std::string content;   // canonical JSON
};

// In the order they are applied (lists before what refers to them).
inline constexpr std::string_view kExchangeKinds[] = {"action_list",      "measure_status",  "cost",
                                                      "budget",           "resilience_point", "scenario_action",
                                                      "organisation",     "assignment_status"};
bool isExchangeKind(std::string_view kind);
// History rows: the same id with other content is a damaged or forged file, never an update.
bool isImmutableKind(std::string_view kind);

// True when rows about `areaCode` belong to the organisation of `ownerCode`: the area itself, and
// for a municipality also its districts and neighbourhoods (a region's municipalities deliver
// their own rows; a region owns only what is recorded for the region as a whole).
bool ownsArea(const AreaDirectory& areas, const std::string& ownerCode, const std::string& areaCode);

// Every record the organisation of `ownerCode` owns, ordered by kind (as kExchangeKinds) then uid.
std::vector<ExchangeRecord> ownRecords(const Database& db, const AreaDirectory& areas, const std::string& ownerCode);

// The record of one row as this database holds it now; nullopt when it has no such row.
std::optional<ExchangeRecord> currentRecord(const Database& db, const AreaDirectory& areas, std::string_view kind,
                                           const std::string& uid);

// The content re-written canonically (parse, then write with sorted keys); std::invalid_argument
// when it is not a JSON object.
std::string canonicalContent(std::string_view content);

// Writes the row a record describes: inserts it, or for a mutable kind replaces this database's
// version. `sourceCode` is the organisation whose file carried it (kept on status rows). Throws
// std::invalid_argument naming what is wrong (an unknown measure, list or scenario, a bad field),
// DatabaseError for what the schema refuses.
void applyRecord(Database& db, const ExchangeRecord& record, const std::string& sourceCode);

// Removes the row of a mutable record (the sender no longer has it). False when there was none.
bool removeRecordRow(Database& db, std::string_view kind, const std::string& uid);

}  // namespace wb
