// The baseline action lists and the checklist of an area: which measures the list for the area's
// level holds (grouped by phase and topic), and where the area stands on each of them.
//
// Status is kept as history: every change appends a row to measure_status, nothing is updated in
// place, so progress at any past date can be recomputed (see progress.h). A measure nobody has
// touched has no row at all and counts as not started.
//
// Dates are ISO text "YYYY-MM-DD" throughout; `asOf` is the day the checklist is read for (the
// example data's "today" is meta 'example_as_of').
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/area_level.h"
#include "core/database.h"

namespace wb {

enum class MeasureStatus { NotStarted, InProgress, Done, NotApplicable };

std::string_view toString(MeasureStatus status);  // the database name: "not_started", ...
std::optional<MeasureStatus> measureStatusFromString(std::string_view text);

// The crisis phases a measure belongs to, in the order they are shown.
inline constexpr std::string_view kMeasurePhases[] = {"cold", "first_72h", "after"};
bool isMeasurePhase(std::string_view text);

// A real calendar date written "YYYY-MM-DD" (2025-02-29 is not).
bool isIsoDate(std::string_view text);

// Overdue: a due date before the as-of day and the measure neither done nor not applicable.
bool isOverdue(MeasureStatus status, std::string_view dueDate, std::string_view asOf);

// ---- action lists and their measures -----------------------------------------------------------

struct ActionList {
    int64_t id = 0;
    std::string name;
    AreaLevel forLevel = AreaLevel::Municipality;
    std::string source;
    bool isExample = false;  // the shipped example list: read-only, copy it to edit
};

struct MeasureFields {
    std::string code;   // unique within its list, e.g. "G01"
    std::string phase;  // one of kMeasurePhases
    std::string topic;  // a key such as "drinking_water"
    std::string titleNl;
    std::string titleEn;  // empty: the Dutch title is used
    std::string description;
    std::string partners;  // readable list, "Waterbedrijf, GGD"
};

struct Measure {
    int64_t id = 0;
    int64_t listId = 0;
    int sortOrder = 0;
    MeasureFields fields;
};

// Throws std::invalid_argument naming the first field that is wrong.
void validateMeasureFields(const MeasureFields& fields);

std::vector<ActionList> actionLists(const Database& db);  // by id
std::optional<ActionList> actionList(const Database& db, int64_t listId);

// The list that applies to areas of `level`: the one chosen with setApplicableList, else the
// oldest list for that level; nullopt when there is none. Only municipalities and safety regions
// have lists.
std::optional<ActionList> applicableList(const Database& db, AreaLevel level);
void setApplicableList(Database& db, int64_t listId);

// The measures of a list in their order.
std::vector<Measure> listMeasures(const Database& db, int64_t listId);

// Editing a user's list (the example list refuses: std::invalid_argument). Each call is atomic
// and may run inside a caller's transaction (an import).
int64_t createActionList(Database& db, const std::string& name, AreaLevel forLevel, const std::string& source);
// A user copy of any list (measures only, not statuses), for editing the example list's content.
int64_t copyActionList(Database& db, int64_t listId, const std::string& name);
void renameActionList(Database& db, int64_t listId, const std::string& name);
// Deletes the list, its measures and everything recorded on them.
void deleteActionList(Database& db, int64_t listId);
int64_t addMeasure(Database& db, int64_t listId, const MeasureFields& fields);  // appended at the end
void editMeasure(Database& db, int64_t measureId, const MeasureFields& fields);
// Deletes the measure with its status history, costs and links (the schema's ON DELETE CASCADE
// needs PRAGMA foreign_keys, which the dashboard does not switch on, so it is done here).
void deleteMeasure(Database& db, int64_t measureId);
// `measureIdsInOrder` must name every measure of the list exactly once.
void reorderMeasures(Database& db, int64_t listId, const std::vector<int64_t>& measureIdsInOrder);

// ---- the checklist of an area ------------------------------------------------------------------

struct StatusRecord {
    int64_t id = 0;  // 0: nothing recorded, the measure counts as not started
    MeasureStatus status = MeasureStatus::NotStarted;
    std::string statusDate;
    std::string dueDate;  // empty when none
    std::string owner;
    std::string evidence;
    std::string changedBy;
    std::string changedAt;
};

struct ChecklistItem {
    Measure measure;
    StatusRecord current;  // the latest record at or before the as-of day
    bool overdue = false;
};

struct Checklist {
    std::string areaCode;
    std::optional<ActionList> list;  // nullopt: no list applies to the area's level
    std::vector<ChecklistItem> items;  // in list order
};

// The latest status of every measure, as of `asOf`, in all areas or one: one row per (area,
// measure) that has any record at or before that day. The one query progress and checklists share.
struct AreaMeasureStatus {
    std::string areaCode;
    int64_t measureId = 0;
    StatusRecord record;
};
std::vector<AreaMeasureStatus> latestStatuses(const Database& db, const std::string& asOf,
                                              const std::string& onlyAreaCode = {});

// Throws std::invalid_argument for an unknown area or a malformed as-of date.
Checklist areaChecklist(const Database& db, const std::string& areaCode, const std::string& asOf);

// Every record of one measure in one area, newest first.
std::vector<StatusRecord> statusHistory(const Database& db, const std::string& areaCode, int64_t measureId);

struct StatusChange {
    MeasureStatus status = MeasureStatus::NotStarted;
    std::string statusDate;  // the day the status applies from
    std::string dueDate;     // empty: none
    std::string owner;
    std::string evidence;
    std::string changedBy;  // free text: there are no accounts
};

// Appends a history row (never updates one) after checking that the area exists, the measure
// belongs to the list of the area's level and the dates are real; std::invalid_argument if not.
// Returns the new row's id.
int64_t setMeasureStatus(Database& db, const std::string& areaCode, int64_t measureId, const StatusChange& change);

}  // namespace wb
