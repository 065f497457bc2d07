#include "views/map_export.h"

#include "core/number_format.h"
#include "io/csv_writer.h"
#include "views/strings.h"

namespace wb {

std::string mapFiguresCsv(const MapModel& map, const AreaDirectory& directory, const std::string& focusCode,
                          Language language) {
    const bool dutch = language == Language::Dutch;
    io::CsvWriter csv(io::CsvStyle::forLanguage(language));
    csv.field(ui::translation(ui::Text::TooltipCode, language));
    csv.field(ui::translation(ui::Text::ColumnName, language));
    csv.field(ui::translation(ui::Text::TooltipSafetyRegion, language));
    csv.field(ui::translation(ui::Text::TooltipProvince, language));
    const std::string unit = map.showsRate() ? ui::translation(ui::Text::UnitPerThousandResidents, language)
                                             : (dutch ? map.indicator.unitNl : map.indicator.unitEn);
    csv.field((dutch ? map.indicator.nameNl : map.indicator.nameEn) + " (" + unit + ")");
    csv.endRow();
    const Area* focus = directory.find(focusCode);
    const bool filtered = focus && static_cast<int>(focus->level) < static_cast<int>(map.settings.level);
    for (size_t i = 0; i < map.areas.size(); ++i) {
        const Area& area = map.areas[i];
        if (filtered && !directory.isInside(area, focusCode)) continue;
        csv.field(area.code);
        csv.field(area.name);
        const Area* region = directory.ancestorAt(area, AreaLevel::SafetyRegion);
        const Area* province = directory.ancestorAt(area, AreaLevel::Province);
        csv.field(region ? region->name : "");
        csv.field(province ? province->name : "");
        const auto& value = map.values[i];
        if (!value) csv.empty();
        else if (map.isSuppressed(i)) csv.field(formatPeopleCount(*map.counts[i], language));  // never the rate of a small count
        else csv.number(*value);
        csv.endRow();
    }
    return csv.text();
}

}  // namespace wb
