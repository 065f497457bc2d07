// Two years of example progress on the action lists: for every municipality and safety region a
// status history per measure (not started -> in progress -> done, or not applicable), with
// owners, due dates (some overdue), evidence notes and who entered the change.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "example_dates.h"
#include "example_random.h"
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {
namespace {

struct MeasureToDo {
    int64_t id;
    std::string code;
    std::string phase;
    std::string owner;
};

struct StatusChange {
    const char* status;
    int day;
};

// Notes by kind (done, in_progress, not_started, not_applicable, editor).
using NotesByKind = std::map<std::string, std::vector<std::string>>;

NotesByKind readNotes(const ExampleWorld& world) {
    const ExampleTable rows = ExampleTable::read(world.assetsDir(), "example_status_notes.csv");
    NotesByKind notes;
    for (size_t r = 0; r < rows.size(); ++r) notes[rows.text(r, "kind")].push_back(rows.text(r, "text_nl"));
    return notes;
}

std::vector<MeasureToDo> measuresFor(const Database& db, const ExampleWorld& world, const ExampleActionListFile& list) {
    const ExampleTable rows = ExampleTable::read(world.assetsDir(), list.file);
    std::map<std::string, std::string> ownerByCode;
    for (size_t r = 0; r < rows.size(); ++r) ownerByCode[rows.text(r, "code")] = rows.text(r, "owner");

    std::vector<MeasureToDo> measures;
    auto query = db.prepare(
        "SELECT m.id, m.code, m.phase FROM measure m JOIN action_list l ON l.id = m.list_id "
        "WHERE l.for_level = ? AND l.is_example = 1 ORDER BY m.sort_order");
    query.bind(1, list.level);
    while (query.step()) {
        const std::string code = query.getText(1);
        measures.push_back({query.getInt(0), code, query.getText(2), ownerByCode[code]});
    }
    return measures;
}

// Work on the first hours and the after-phase comes later than preparation in the cold phase,
// and some measures are simply harder than others.
double chanceOfProgress(const ExampleWorld& world, const AreaFacts& area, const MeasureToDo& measure) {
    const double phaseFactor = measure.phase == "cold" ? 1.0 : measure.phase == "first_72h" ? 0.7 : 0.45;
    const double difficulty = ExampleRandom("difficulty", measure.code).between(0.75, 1.25);
    return std::clamp(world.progressOf(area) * phaseFactor / difficulty, 0.02, 0.95);
}

// The changes of one measure in one area, oldest first, all between the start of the history and
// the as-of day; empty when nobody has looked at the measure yet (the dashboard counts a measure
// without a status as not started, which keeps the database small).
std::vector<StatusChange> historyFor(double progress, ExampleRandom& random) {
    const int registered = kExampleHistoryStartDay + random.between(0, 420);
    if (random.chance(0.03)) return {{"not_applicable", registered}};
    const double u = random.uniform();
    const bool done = u < progress * 0.75;
    const bool started = u < progress * 1.15;
    if (!started) {
        // Some areas planned the measure (owner and due date set) without starting it.
        if (random.chance(0.15)) return {{"not_started", registered}};
        return {};
    }
    const int startedOn = std::min(registered + random.between(20, 300), kExampleAsOfDay - 60);
    const int finishedOn = std::min(startedOn + random.between(30, 330), kExampleAsOfDay - 1);
    // Half of the finished measures were only recorded once they were done.
    if (done && random.chance(0.5)) return {{"done", finishedOn}};
    std::vector<StatusChange> changes = {{"in_progress", startedOn}};
    if (done) {
        changes.push_back({"done", finishedOn});
    } else if (random.chance(0.12)) {
        // A progress update without a change of status: new evidence, new date.
        changes.push_back({"in_progress", std::min(startedOn + random.between(30, 250), kExampleAsOfDay - 1)});
    }
    return changes;
}

std::string fillDate(std::string note, int day) {
    const auto at = note.find("{datum}");
    if (at != std::string::npos) note.replace(at, 7, isoDate(day));
    return note;
}

void insertHistories(Database& db, const ExampleWorld& world, const NotesByKind& notes,
                     const ExampleActionListFile& list, const std::vector<AreaFacts>& areas) {
    const auto measures = measuresFor(db, world, list);
    auto insert = db.prepare(
        "INSERT INTO measure_status (measure_id, area_code, area_year, status, status_date, due_date, owner, evidence, "
        "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& area : areas) {
        // One editor per area does most of the typing, as in real life.
        const std::string& editor = ExampleRandom("editor", area.area.code).pick(notes.at("editor"));
        for (const auto& measure : measures) {
            ExampleRandom random("status", area.area.code + "/" + measure.code);
            const auto changes = historyFor(chanceOfProgress(world, area, measure), random);
            if (changes.empty()) continue;
            // Due dates are set when work is planned; some lie before the as-of day (overdue).
            const int due = changes.front().day + random.between(150, 720);
            for (const auto& change : changes) {
                const std::string status = change.status;
                insert.bind(1, measure.id).bind(2, area.area.code).bind(3, kDefaultDivisionYear);
                insert.bind(4, status).bind(5, isoDate(change.day));
                if (status == "not_applicable") insert.bind(6, nullptr); else insert.bind(6, isoDate(due));
                // Evidence where it matters most: what was delivered, and why a measure does not apply.
                const bool withNote = status == "done" || status == "not_applicable" || random.chance(0.2);
                insert.bind(7, measure.owner);
                insert.bind(8, withNote ? fillDate(random.pick(notes.at(status)), change.day) : std::string());
                insert.bind(9, editor);
                char changedAt[32];
                std::snprintf(changedAt, sizeof changedAt, "%sT%02d:%02d:00Z", isoDate(change.day).c_str(),
                              random.between(7, 16), random.between(0, 59));
                insert.bind(10, changedAt);
                insert.run();
            }
        }
    }
}

}  // namespace

void insertExampleMeasureStatus(Database& db, const ExampleWorld& world) {
    const NotesByKind notes = readNotes(world);
    for (const auto& list : kExampleActionListFiles) {
        const bool forMunicipalities = std::string_view(list.level) == "municipality";
        insertHistories(db, world, notes, list, forMunicipalities ? world.municipalities() : world.regions());
    }
}

}  // namespace wb::tools
