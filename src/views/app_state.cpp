#include "views/app_state.h"

#include <algorithm>

#include "core/meta.h"
#include "core/public_copy.h"
#include "core/schema.h"
#include "core/untrusted_database.h"
#include "views/computed_indicators.h"

namespace wb {

void AppState::open(Database database, PointsReading points) {
    db = std::move(database);
    makeDefensive(db);
    areas = AreaDirectory::load(db, kDefaultDivisionYear);
    exampleContent = hasExampleContent(db);
    readOnly = isPublicCopy(db);
    // Besides the disabled controls: a write from a path the panels forgot, or from a script, fails
    // instead of changing what was published. Dashboard.query cannot switch it off (it refuses PRAGMAs
    // that set anything).
    if (readOnly) db.exec("PRAGMA query_only = ON");
    pointsPending_ = points == PointsReading::Later;
    if (pointsPending_) layers.clear(); else layers.load(db);
    computed = computedIndicators(*this);
    selectedCode.clear();
    fitTarget.reset();
    viewFitted = false;
    showMap(map.settings);  // the user's choice of level and indicator carries over
}

void AppState::completeOpening() {
    if (!pointsPending_) return;
    pointsPending_ = false;
    layers.load(db);
}

void AppState::showMap(const MapSettings& settings) {
    if (isComputedIndicator(settings.indicatorId)) completeOpening();
    map = buildMap(db, areas, settings, kDefaultDivisionYear, computed);
    listIndicators();
    hovered.reset();
    listHovered.reset();
    meshDirty = true;
    coloursDirty = true;
}

void AppState::showIndicator(const std::string& indicatorId) {
    if (isComputedIndicator(indicatorId)) completeOpening();
    map.showIndicator(db, indicatorId, areas, computed);
    coloursDirty = true;
}

void AppState::refreshComputed() {
    if (isComputedIndicator(map.indicator.id)) showIndicator(map.indicator.id);
}

void AppState::listIndicators() {
    indicators.clear();
    for (const ComputedIndicator& c : computed) indicators.push_back(c.info);
    const auto stored = indicatorsWithValuesAt(db, map.settings.level);
    indicators.insert(indicators.end(), stored.begin(), stored.end());
}

void AppState::showRate(bool perThousandResidents) {
    map.showRate(perThousandResidents, areas);
    coloursDirty = true;
}

void AppState::reclassify(ClassMethod method, int classCount) {
    map.reclassify(method, classCount);
    coloursDirty = true;
}

bool AppState::drillDown(const std::string& code) {
    const auto levels = mapLevels(areas);
    const auto at = std::find(levels.begin(), levels.end(), map.settings.level);
    if (at == levels.end() || at + 1 == levels.end()) return false;
    MapSettings finer = map.settings;
    finer.level = *(at + 1);
    select(code);
    showMap(finer);
    zoomToSelection();
    return true;
}

void AppState::zoomToSelection() {
    fitTarget.reset();
    const Area* selected = areas.find(selectedCode);
    if (selected) {
        geo::Bounds box;
        for (size_t i = 0; i < map.areas.size(); ++i) {
            const geo::Bounds& b = map.mesh.featureBounds[i];
            if (b.empty() || !areas.isInside(map.areas[i], selectedCode)) continue;
            box.include(b.min);
            box.include(b.max);
        }
        if (!box.empty()) fitTarget = box;
    }
    viewFitted = false;
}

ViewLink AppState::viewLink() const {
    ViewLink link;
    link.settings = map.settings;
    link.settings.shape = map.shape;
    link.selectedCode = selectedCode;
    if (viewFitted) {
        link.centre = view.centre();
        link.kmPerPixel = view.kmPerPixel();
    }
    return link;
}

void AppState::applyViewLink(const ViewLink& link) {
    showMap(link.settings);
    select(areas.find(link.selectedCode) ? link.selectedCode : "");
    restoreView.reset();
    fitTarget.reset();
    if (link.centre && link.kmPerPixel) restoreView = std::make_pair(*link.centre, *link.kmPerPixel);
    else zoomToSelection();
    viewFitted = false;
}

void AppState::dataChanged(bool areasChanged) {
    if (areasChanged) {
        areas = AreaDirectory::load(db, kDefaultDivisionYear);
        showMap(map.settings);
    } else {
        listIndicators();
        const bool stillThere = std::any_of(indicators.begin(), indicators.end(),
                                            [&](const IndicatorInfo& i) { return i.id == map.indicator.id; });
        if (stillThere) showIndicator(map.indicator.id); else showMap(map.settings);
    }
    ++changeCount;
}

void AppState::notify(std::string text, bool isError) {
    notice = Notice{std::move(text), isError};
}

}  // namespace wb
