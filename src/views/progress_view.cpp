#include "views/progress_view.h"

#include <cmath>

#include "views/app_state.h"
#include "core/date_format.h"
#include "core/meta.h"
#include "core/number_format.h"
#include "core/progress_trend.h"
#include "views/strings_progress.h"

namespace wb {

std::string progressReferenceDay(const Database& db) {
    if (hasExampleContent(db)) {
        const auto day = metaValue(db, "example_as_of");
        if (day && isIsoDate(*day)) return *day;
    }
    return todayIsoDate();
}

BaselineList listShownFor(const Area* area, BaselineList chosen) {
    if (area && area->level == AreaLevel::Municipality) return BaselineList::Municipalities;
    return chosen;
}

const Area* progressArea(const AreaDirectory& areas, const std::string& selectedCode) {
    if (const Area* a = areas.find(selectedCode)) {
        if (a->level == AreaLevel::District || a->level == AreaLevel::Neighbourhood) {
            if (const Area* municipality = areas.ancestorAt(*a, AreaLevel::Municipality)) return municipality;
        }
        return a;
    }
    const auto countries = areas.atLevel(AreaLevel::Country);
    return countries.empty() ? nullptr : countries.front();
}

std::string signedPoints(double points, Language language) {
    const double rounded = std::round(points);
    if (rounded == 0) return "0";
    // U+2212 MINUS SIGN reads as a minus, not a hyphen, in both languages.
    return (rounded > 0 ? "+" : "\u2212") + formatNumber(std::fabs(rounded), 0, language);
}

std::shared_ptr<const ProgressSnapshot> ProgressView::sharedSnapshot(const Database& db, const AreaDirectory& areas,
                                                                    long changeCount) const {
    const std::string day = progressReferenceDay(db);
    if (!cached_ || cachedDb_ != db.handle() || cachedChange_ != changeCount || cached_->day != day) {
        const std::string earlier = isoDateMonthsEarlier(day, 3);
        cached_ = std::make_shared<ProgressSnapshot>(ProgressSnapshot{
            day, earlier, ProgressOverview::compute(db, areas, day), ProgressOverview::compute(db, areas, earlier)});
        cachedDb_ = db.handle();
        cachedChange_ = changeCount;
    }
    return cached_;
}

ComputedIndicator progressIndicator(AppState& state) {
    using ui::ProgressText;
    auto name = [](ProgressText id, Language l) { return std::string(ui::translation(id, l)); };
    ComputedIndicator indicator;
    indicator.info = IndicatorInfo{kProgressIndicatorId,
                                   name(ProgressText::MapIndicatorName, Language::Dutch),
                                   name(ProgressText::MapIndicatorName, Language::English),
                                   name(ProgressText::MapIndicatorUnit, Language::Dutch),
                                   name(ProgressText::MapIndicatorUnit, Language::English),
                                   name(ProgressText::MapIndicatorSource, Language::Dutch),
                                   false};
    indicator.values = [&state](const std::vector<Area>& areas) {
        const ProgressSnapshot& figures = state.progressView.snapshot(state.db, state.areas, state.changeCount);
        std::vector<std::optional<double>> values;
        values.reserve(areas.size());
        for (const Area& area : areas) {
            const auto count = figures.now.overallOf(area.code, listShownFor(&area, state.progressView.list));
            values.push_back(count ? count->percentDone() : std::nullopt);
        }
        return values;
    };
    return indicator;
}

}  // namespace wb
