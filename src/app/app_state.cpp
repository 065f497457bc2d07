#include "app/app_state.h"

#include "core/meta.h"
#include "core/schema.h"
#include "core/untrusted_database.h"

namespace wb {

namespace {
constexpr const char* kDefaultIndicator = "population_density";
}

void AppState::open(Database database) {
    db = std::move(database);
    makeDefensive(db);
    map = buildMunicipalityTileMap(db, kDefaultIndicator, kDefaultDivisionYear);
    indicators = indicatorsWithValuesAt(db, AreaLevel::Municipality);
    exampleContent = hasExampleContent(db);
    selectedCode.clear();
    hovered.reset();
    viewFitted = false;
    meshDirty = true;
    coloursDirty = true;
}

void AppState::showIndicator(const std::string& indicatorId) {
    map.showIndicator(db, indicatorId);
    coloursDirty = true;
}

void AppState::dataChanged() {
    indicators = indicatorsWithValuesAt(db, AreaLevel::Municipality);
    showIndicator(indicatorInfo(db, map.indicator.id) ? map.indicator.id : kDefaultIndicator);
    ++changeCount;
}

void AppState::notify(std::string text, bool isError) {
    notice = Notice{std::move(text), isError};
}

}  // namespace wb
