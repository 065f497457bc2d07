// Reading areas and their indicator values: the queries the map and the panels are built on.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/area_level.h"
#include "core/database.h"

namespace wb {

// The year of the area division the default dataset uses.
constexpr int kDefaultDivisionYear = 2025;

struct Area {
    std::string code;
    std::string name;
    AreaLevel level = AreaLevel::Municipality;
    std::string parentCode;
    double centroidLon = 0;
    double centroidLat = 0;
};

// All areas of one level in one division year, ordered by code.
std::vector<Area> areasAtLevel(const Database& db, AreaLevel level, int year);

// Areas whose parent is `parentCode`, ordered by name.
std::vector<Area> childAreas(const Database& db, const std::string& parentCode, int year);

struct IndicatorInfo {
    std::string id;
    std::string nameNl;
    std::string nameEn;
    std::string unitNl;
    std::string unitEn;
    std::string source;
    bool isCountOfPeople = false;
};

std::optional<IndicatorInfo> indicatorInfo(const Database& db, const std::string& indicatorId);

// Indicators that have at least one value for an area of `level`, by Dutch name.
std::vector<IndicatorInfo> indicatorsWithValuesAt(const Database& db, AreaLevel level);

// The latest value of an indicator for each of `areas` (nullopt where there is none), in the
// same order as `areas`.
std::vector<std::optional<double>> latestIndicatorValues(const Database& db, const std::string& indicatorId,
                                                         const std::vector<Area>& areas);

// Every indicator with a value for one area: the latest value of each, with its period.
struct AreaIndicatorValue {
    IndicatorInfo indicator;
    double value = 0;
    int period = 0;
};
std::vector<AreaIndicatorValue> areaIndicatorValues(const Database& db, const std::string& areaCode);

}  // namespace wb
