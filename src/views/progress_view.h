// What the baseline progress tabs (Voortgang, Actielijst, Opdrachten) keep between frames, and the
// figures they show, computed once per change rather than every frame. Platform-free: the tabs
// draw from it, the computed map indicator and the accessible view read the same figures.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "views/map_model.h"
#include "core/area_directory.h"
#include "core/database.h"
#include "core/language.h"
#include "core/progress.h"

struct sqlite3;

namespace wb {

// The day progress is read for ("peildatum"): the example story's own today (meta
// 'example_as_of') while the database holds the example content, so its history and due dates
// make sense; otherwise today. New status records default to this day.
std::string progressReferenceDay(const Database& db);

// The list counted for an area: a municipality always has the municipalities' list; a safety
// region, province or the country counts the list the user chose.
BaselineList listShownFor(const Area* area, BaselineList chosen);

// The area the progress tabs show: the selection, the municipality a selected district or
// neighbourhood lies in (progress is kept per municipality), or the country when nothing is
// selected; nullptr without areas.
const Area* progressArea(const AreaDirectory& areas, const std::string& selectedCode);

// "+12", "−3", "0": a change in whole percentage points with its sign.
std::string signedPoints(double points, Language language);

// The progress of the reference day and of one quarter before it.
struct ProgressSnapshot {
    std::string day;
    std::string quarterEarlier;
    ProgressOverview now;
    ProgressOverview before;
};

struct ProgressView {
    BaselineList list = BaselineList::Municipalities;  // the list chosen for regions and above (tab and map)
    std::string changedBy;        // the "door" name typed once, remembered for the session
    int64_t editingMeasure = 0;   // the measure whose status form is open (Voortgang)
    std::string editingArea;      // ... in this area
    int64_t shownList = 0;        // the list open in the Actielijst tab (0: the first)
    int64_t exportList = 0;       // a CSV download asked for; main.cpp writes it (0: none)
    int64_t editingAssignment = 0;

    // The figures for the database as it is now; recomputed after a change (changeCount) or
    // another database. A cache, so also on a const view (the accessible view reads it).
    const ProgressSnapshot& snapshot(const Database& db, const AreaDirectory& areas, long changeCount) const {
        return *sharedSnapshot(db, areas, changeCount);
    }
    // The same, for a reader that must keep it past the next change.
    std::shared_ptr<const ProgressSnapshot> sharedSnapshot(const Database& db, const AreaDirectory& areas,
                                                           long changeCount) const;

private:
    mutable std::shared_ptr<ProgressSnapshot> cached_;
    mutable const sqlite3* cachedDb_ = nullptr;
    mutable long cachedChange_ = -1;
};

struct AppState;

// The map indicator "computed:progress": percent of the applicable measures done, per area of any
// level that has figures (municipalities and up), pooled as the core rolls up; safety regions and
// above count the list chosen in the Voortgang tab.
inline constexpr const char* kProgressIndicatorId = "computed:progress";
ComputedIndicator progressIndicator(AppState& state);

}  // namespace wb
