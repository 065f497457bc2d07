// The map's current figures as a CSV file: the areas shown (all, or those inside the
// selected safety region or province: the active filter), with the indicator's value. Counts of
// people below the threshold are written as "<5", as on screen.
#pragma once

#include <string>

#include "core/language.h"
#include "views/map_model.h"

namespace wb {

std::string mapFiguresCsv(const MapModel& map, const AreaDirectory& directory, const std::string& focusCode,
                          Language language);

}  // namespace wb
