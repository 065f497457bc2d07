#include "app/map_export.h"

#include "core/number_format.h"
#include "io/csv_writer.h"
#include "ui/strings.h"

namespace wb {

std::string mapFiguresCsv(const MapModel& map, const std::string& focusCode, Language language) {
    const bool dutch = language == Language::Dutch;
    io::CsvWriter csv(io::CsvStyle::forLanguage(language));
    csv.field(ui::translation(ui::Text::TooltipCode, language));
    csv.field(ui::translation(ui::Text::ColumnName, language));
    csv.field(ui::translation(ui::Text::TooltipSafetyRegion, language));
    csv.field(ui::translation(ui::Text::TooltipProvince, language));
    csv.field((dutch ? map.indicator.nameNl : map.indicator.nameEn) + " (" +
              (dutch ? map.indicator.unitNl : map.indicator.unitEn) + ")");
    csv.endRow();
    const bool filtered = !focusCode.empty() && map.parents.count(focusCode) > 0;
    for (size_t i = 0; i < map.areas.size(); ++i) {
        const Area& area = map.areas[i];
        if (filtered && !map.isInside(area, focusCode)) continue;
        csv.field(area.code);
        csv.field(area.name);
        const Area* region = map.regionOf(area);
        const Area* province = map.provinceOf(area);
        csv.field(region ? region->name : "");
        csv.field(province ? province->name : "");
        const auto& value = map.values[i];
        if (!value) csv.empty();
        else if (map.indicator.isCountOfPeople && *value < kDefaultSuppressionThreshold) csv.field(formatPeopleCount(*value, language));
        else csv.number(*value);
        csv.endRow();
    }
    return csv.text();
}

}  // namespace wb
