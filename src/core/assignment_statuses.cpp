#include "core/assignment_statuses.h"

#include <stdexcept>
#include <unordered_map>

#include "core/assignments.h"
#include "core/checklist.h"
#include "core/json_writer.h"
#include "core/meta.h"

namespace wb {
namespace {

// The area the own tracking is about: the organisation this database speaks for (io keeps it in
// meta 'organisation_code'); empty before anyone chose one, and then the own tracking is no area's.
std::string ownAreaCode(const Database& db) { return metaValue(db, "organisation_code").value_or(""); }

AreaAssignmentStatus readRow(const Statement& st) {
    return {st.getText(0), st.getText(1), static_cast<int>(st.getInt(2)), st.getText(3),
            st.getText(4), st.getText(5), st.getText(6), st.getText(7)};
}

// The own tracking as rows of the own area, then the delivered rows of every other area. ?1 is the
// own area code, ?2 a JSON array of the areas wanted (or null for all).
constexpr const char* kStatusesSql =
    "SELECT area_code, board, number, status, owner, due_date, changed_at, source_code FROM ("
    "  SELECT ?1 AS area_code, board, number, status, owner, coalesce(due_date, '') AS due_date, changed_at, "
    "         '' AS source_code FROM assignment WHERE changed_at IS NOT NULL AND ?1 <> ''"
    "  UNION ALL"
    "  SELECT area_code, board, number, status, owner, coalesce(due_date, ''), changed_at, source_code "
    "    FROM assignment_status WHERE area_code <> ?1"
    ") WHERE ?2 IS NULL OR area_code IN (SELECT value FROM json_each(?2)) "
    "ORDER BY area_code, board = 'VNG' DESC, board, number";

std::string codesJson(const std::vector<std::string>& codes) {
    std::string out = "[";
    for (const std::string& code : codes) {
        if (out.size() > 1) out += ',';
        appendJsonString(out, code);
    }
    return out + "]";
}

}  // namespace

std::vector<AreaAssignmentStatus> assignmentStatuses(const Database& db, const std::vector<std::string>& areaCodes) {
    Statement& st = db.cached(kStatusesSql);
    st.bind(1, ownAreaCode(db));
    if (areaCodes.empty()) st.bind(2, nullptr); else st.bind(2, codesJson(areaCodes));
    std::vector<AreaAssignmentStatus> out;
    while (st.step()) out.push_back(readRow(st));
    st.reset();
    return out;
}

std::optional<AreaAssignmentStatus> assignmentStatus(const Database& db, const std::string& areaCode,
                                                     const std::string& board, int number) {
    for (AreaAssignmentStatus& s : assignmentStatuses(db, {areaCode})) {
        if (s.board == board && s.number == number) return std::move(s);
    }
    return std::nullopt;
}

void storeAssignmentStatus(Database& db, const AreaAssignmentStatus& s) {
    if (!isAssignmentStatus(s.status)) throw std::invalid_argument("\"" + s.status + "\" is not an assignment status");
    if (!s.dueDate.empty() && !isIsoDate(s.dueDate)) {
        throw std::invalid_argument("the due date \"" + s.dueDate + "\" is not a date YYYY-MM-DD");
    }
    Statement& known = db.cached("SELECT count(*) FROM assignment WHERE board = ? AND number = ?");
    known.bind(1, s.board).bind(2, s.number);
    known.step();
    const bool exists = known.getInt(0) > 0;
    known.reset();
    if (!exists) {
        throw std::invalid_argument("the assignment " + s.board + " " + std::to_string(s.number) + " is not known here");
    }
    const std::string own = ownAreaCode(db);
    if (!own.empty() && s.areaCode == own) {
        // The own organisation's tracking, coming back in its own file: the same row.
        Statement& st = db.cached(
            "UPDATE assignment SET status = ?, owner = ?, due_date = ?, changed_at = ? WHERE board = ? AND number = ?");
        st.bind(1, s.status).bind(2, s.owner);
        if (s.dueDate.empty()) st.bind(3, nullptr); else st.bind(3, s.dueDate);
        st.bind(4, s.changedAt).bind(5, s.board).bind(6, s.number);
        st.run();
        return;
    }
    Statement& year = db.cached("SELECT year FROM area WHERE code = ? ORDER BY year DESC LIMIT 1");
    year.bind(1, s.areaCode);
    if (!year.step()) {
        year.reset();
        throw std::invalid_argument("the area " + s.areaCode + " is not known here");
    }
    const int64_t areaYear = year.getInt(0);
    year.reset();
    Statement& st = db.cached(
        "INSERT OR REPLACE INTO assignment_status (area_code, area_year, board, number, status, owner, due_date, "
        "changed_at, source_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, s.areaCode).bind(2, areaYear).bind(3, s.board).bind(4, s.number).bind(5, s.status).bind(6, s.owner);
    if (s.dueDate.empty()) st.bind(7, nullptr); else st.bind(7, s.dueDate);
    st.bind(8, s.changedAt).bind(9, s.sourceCode);
    st.run();
}

bool removeAssignmentStatus(Database& db, const std::string& areaCode, const std::string& board, int number) {
    Statement& st = db.cached("DELETE FROM assignment_status WHERE area_code = ? AND board = ? AND number = ?");
    st.bind(1, areaCode).bind(2, board).bind(3, number);
    st.run();
    return db.changes() > 0;
}

AreaLevel answeringLevel(const std::string& board) {
    return board == "VNG" ? AreaLevel::Municipality : AreaLevel::SafetyRegion;
}

std::vector<AssignmentStanding> assignmentStandings(const Database& db, const AreaDirectory& areas,
                                                    const std::string& scopeCode) {
    const Area* scope = areas.find(scopeCode);
    if (!scope || (scope->level != AreaLevel::SafetyRegion && scope->level != AreaLevel::Country)) return {};
    const auto inScope = [&](const Area& area) { return area.code == scopeCode || areas.isInside(area, scopeCode); };

    std::unordered_map<std::string, std::string> statusOf;  // "area/board/number" -> status
    const auto key = [](const std::string& area, const std::string& board, int number) {
        return area + "/" + board + "/" + std::to_string(number);
    };
    for (AreaAssignmentStatus& s : assignmentStatuses(db)) statusOf[key(s.areaCode, s.board, s.number)] = std::move(s.status);
    std::vector<AssignmentStanding> out;
    Statement st = db.prepare("SELECT board, number FROM assignment ORDER BY board = 'VNG' DESC, board, number");
    while (st.step()) {
        AssignmentStanding standing;
        standing.board = st.getText(0);
        standing.number = static_cast<int>(st.getInt(1));
        standing.level = answeringLevel(standing.board);
        for (const Area* area : areas.atLevel(standing.level)) {
            if (!inScope(*area)) continue;
            ++standing.areas;
            const auto found = statusOf.find(key(area->code, standing.board, standing.number));
            if (found == statusOf.end()) ++standing.missing;
            else if (found->second == "done") ++standing.done;
            else if (found->second == "in_progress") ++standing.inProgress;
            else ++standing.notStarted;
        }
        out.push_back(std::move(standing));
    }
    return out;
}

}  // namespace wb
