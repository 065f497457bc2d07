// Assignment statuses per area: the own organisation's tracking (table `assignment`, for the area
// it speaks for) and what other organisations delivered for theirs (table `assignment_status`),
// read and written as one set of rows keyed by (area, board, number); and, for a safety region or
// the country, how the areas inside stand on each assignment.
//
// Why two tables behind one interface: see schema migration 5. The own tracking counts only once
// it was edited here (`assignment.changed_at`), the same rule that decides what travels, so the
// shipped example tracking is never read as an area's own answer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/area_level.h"
#include "core/database.h"

namespace wb {

struct AreaAssignmentStatus {
    std::string areaCode;
    std::string board;  // "VNG" or "Veiligheidsberaad"
    int number = 0;
    std::string status;  // not_started, in_progress, done
    std::string owner;
    std::string dueDate;    // empty when none
    std::string changedAt;  // ISO time of the last change by the area's organisation
    std::string sourceCode;  // '' = tracked here; else the organisation whose file carried it
};

// Every status known for the areas in `areaCodes` (all areas when empty), by area, board, number.
std::vector<AreaAssignmentStatus> assignmentStatuses(const Database& db, const std::vector<std::string>& areaCodes = {});
std::optional<AreaAssignmentStatus> assignmentStatus(const Database& db, const std::string& areaCode,
                                                     const std::string& board, int number);

// Writes an area's status as delivered by `status.sourceCode`: for the own area into the own
// tracking, else into the delivered rows. std::invalid_argument for an assignment not known here,
// a status or a due date that is not one.
void storeAssignmentStatus(Database& db, const AreaAssignmentStatus& status);
// Forgets an area's delivered status (the own tracking is never removed, only no longer sent).
// False when there was none.
bool removeAssignmentStatus(Database& db, const std::string& areaCode, const std::string& board, int number);

// The areas that answer to a board: VNG's assignments are the municipalities', the
// Veiligheidsberaad's the safety regions'.
AreaLevel answeringLevel(const std::string& board);

// How the areas of an assignment's answering level inside a scope stand on it.
struct AssignmentStanding {
    std::string board;
    int number = 0;
    AreaLevel level = AreaLevel::Municipality;
    int areas = 0;
    int done = 0;
    int inProgress = 0;
    int notStarted = 0;
    int missing = 0;  // no status known: nothing delivered for it, nor tracked here
};

// One per assignment (VNG first, by number) for a safety region or the country; empty for any
// other scope (a municipality has only its own status).
std::vector<AssignmentStanding> assignmentStandings(const Database& db, const AreaDirectory& areas,
                                                    const std::string& scopeCode);

}  // namespace wb
