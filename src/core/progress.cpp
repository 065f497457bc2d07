#include "core/progress.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace wb {

std::vector<const Area*> rollUpPath(const AreaDirectory& areas, const Area& area) {
    std::vector<const Area*> path = {&area};
    // Level by level through the directory, whose walk up guards against a cycle of parent codes.
    for (AreaLevel level : {AreaLevel::Municipality, AreaLevel::SafetyRegion, AreaLevel::Province, AreaLevel::Country}) {
        if (level >= area.level) continue;
        if (const Area* up = areas.ancestorAt(area, level)) path.push_back(up);
    }
    return path;
}

std::optional<double> ProgressCount::percentDone() const {
    if (applicable() <= 0) return std::nullopt;
    return 100.0 * done / applicable();
}

void ProgressCount::add(const ProgressCount& other) {
    measures += other.measures;
    done += other.done;
    inProgress += other.inProgress;
    notApplicable += other.notApplicable;
    overdue += other.overdue;
}

void ProgressCount::count(MeasureStatus status, bool isOverdue) {
    ++measures;
    if (status == MeasureStatus::Done) ++done;
    if (status == MeasureStatus::InProgress) ++inProgress;
    if (status == MeasureStatus::NotApplicable) ++notApplicable;
    if (isOverdue) ++overdue;
}

bool operator==(const ProgressCount& a, const ProgressCount& b) {
    return a.measures == b.measures && a.done == b.done && a.inProgress == b.inProgress &&
           a.notApplicable == b.notApplicable && a.overdue == b.overdue;
}

ProgressOverview ProgressOverview::compute(const Database& db, const AreaDirectory& areas, const std::string& asOf) {
    if (!isIsoDate(asOf)) throw std::invalid_argument("the as-of date \"" + asOf + "\" is not a date YYYY-MM-DD");
    ProgressOverview overview;
    overview.areas_ = &areas;
    overview.asOf_ = asOf;
    const std::vector<AreaMeasureStatus> statuses = latestStatuses(db, asOf);
    overview.municipal_ = computePart(db, areas, BaselineList::Municipalities, statuses, asOf);
    overview.regional_ = computePart(db, areas, BaselineList::SafetyRegions, statuses, asOf);
    return overview;
}

ProgressOverview::Part ProgressOverview::computePart(const Database& db, const AreaDirectory& areas, BaselineList which,
                                                     const std::vector<AreaMeasureStatus>& statuses,
                                                     const std::string& asOf) {
    Part part;
    const AreaLevel level = levelOf(which);
    part.list = applicableList(db, level);
    if (!part.list) return part;

    std::unordered_map<int64_t, size_t> slotOf;
    for (const Measure& m : listMeasures(db, part.list->id)) {
        MeasureSlot slot;
        slot.id = m.id;
        slot.code = m.fields.code;
        slot.phase = static_cast<int>(std::find(std::begin(kMeasurePhases), std::end(kMeasurePhases), m.fields.phase) -
                                      std::begin(kMeasurePhases));
        const auto topic = std::find(part.topics.begin(), part.topics.end(), m.fields.topic);
        slot.topic = static_cast<int>(topic - part.topics.begin());
        if (topic == part.topics.end()) part.topics.push_back(m.fields.topic);
        slotOf[m.id] = part.measures.size();
        part.measures.push_back(std::move(slot));
    }

    // Start every area of the level at "not started" for every measure, then apply the records.
    std::unordered_map<std::string, std::vector<MeasureStatus>> statusOf;
    std::unordered_map<std::string, std::vector<std::string>> dueOf;
    for (const Area* area : areas.atLevel(level)) {
        statusOf[area->code].assign(part.measures.size(), MeasureStatus::NotStarted);
        dueOf[area->code].assign(part.measures.size(), std::string());
    }
    for (const AreaMeasureStatus& s : statuses) {
        const auto slot = slotOf.find(s.measureId);
        const auto area = statusOf.find(s.areaCode);
        if (slot == slotOf.end() || area == statusOf.end()) continue;  // another list, or not an area of this year
        area->second[slot->second] = s.record.status;
        dueOf[s.areaCode][slot->second] = s.record.dueDate;
    }

    for (const auto& [code, perSlot] : statusOf) {
        std::vector<ProgressCount> counts(part.measures.size());
        const std::vector<std::string>& due = dueOf[code];
        for (size_t i = 0; i < counts.size(); ++i) counts[i].count(perSlot[i], isOverdue(perSlot[i], due[i], asOf));
        // Pool into the area and every area above it.
        for (const Area* at : rollUpPath(areas, *areas.find(code))) {
            std::vector<ProgressCount>& pooled = part.perMeasure[at->code];
            if (pooled.empty()) pooled.resize(counts.size());
            for (size_t i = 0; i < counts.size(); ++i) pooled[i].add(counts[i]);
            ++part.areasCounted[at->code];
        }
    }
    return part;
}

AreaProgress ProgressOverview::summarise(const Part& part, const Area& area, const std::vector<ProgressCount>& perMeasure,
                                         bool withBreakdown) const {
    AreaProgress out;
    out.areaCode = area.code;
    out.areaName = area.name;
    out.level = area.level;
    out.areasCounted = part.areasCounted.at(area.code);
    for (const ProgressCount& c : perMeasure) out.overall.add(c);
    if (!withBreakdown) return out;
    for (std::string_view phase : kMeasurePhases) out.byPhase.push_back({std::string(phase), {}});
    for (const std::string& topic : part.topics) out.byTopic.push_back({topic, {}});
    for (size_t i = 0; i < part.measures.size(); ++i) {
        const MeasureSlot& slot = part.measures[i];
        if (slot.phase < static_cast<int>(out.byPhase.size())) out.byPhase[slot.phase].count.add(perMeasure[i]);
        out.byTopic[slot.topic].count.add(perMeasure[i]);
        out.byMeasure.push_back({slot.code, perMeasure[i]});
    }
    return out;
}

std::optional<AreaProgress> ProgressOverview::of(const std::string& areaCode, BaselineList list) const {
    const Part& p = part(list);
    const auto found = p.perMeasure.find(areaCode);
    const Area* area = areas_ ? areas_->find(areaCode) : nullptr;
    if (found == p.perMeasure.end() || !area) return std::nullopt;
    return summarise(p, *area, found->second, true);
}

std::optional<ProgressCount> ProgressOverview::overallOf(const std::string& areaCode, BaselineList list) const {
    const Part& p = part(list);
    const auto found = p.perMeasure.find(areaCode);
    if (found == p.perMeasure.end()) return std::nullopt;
    ProgressCount total;
    for (const ProgressCount& c : found->second) total.add(c);
    return total;
}

std::vector<AreaProgress> ProgressOverview::childrenOf(const std::string& areaCode, BaselineList list) const {
    std::vector<AreaProgress> out;
    if (!areas_) return out;
    const Part& p = part(list);
    for (const Area* child : areas_->children(areaCode)) {
        const auto found = p.perMeasure.find(child->code);
        if (found != p.perMeasure.end()) out.push_back(summarise(p, *child, found->second, true));
    }
    return out;
}

std::optional<ProgressCount> ProgressOverview::measureIn(const std::string& areaCode, int64_t measureId) const {
    for (const Part* p : {&municipal_, &regional_}) {
        const auto slot = std::find_if(p->measures.begin(), p->measures.end(),
                                       [&](const MeasureSlot& s) { return s.id == measureId; });
        if (slot == p->measures.end()) continue;
        const auto found = p->perMeasure.find(areaCode);
        if (found == p->perMeasure.end()) return std::nullopt;
        return found->second[static_cast<size_t>(slot - p->measures.begin())];
    }
    return std::nullopt;
}

std::vector<OverdueMeasure> overdueMeasures(const Database& db, const AreaDirectory& areas, const std::string& areaCode,
                                            const std::string& asOf) {
    if (!isIsoDate(asOf)) throw std::invalid_argument("the as-of date \"" + asOf + "\" is not a date YYYY-MM-DD");
    // Measures of the applicable lists only: a record on a list nobody counts is not "overdue".
    std::unordered_map<int64_t, Measure> counted;
    for (BaselineList list : {BaselineList::Municipalities, BaselineList::SafetyRegions}) {
        if (const auto l = applicableList(db, levelOf(list))) {
            for (Measure& m : listMeasures(db, l->id)) counted.emplace(m.id, std::move(m));
        }
    }
    std::vector<OverdueMeasure> out;
    for (const AreaMeasureStatus& s : latestStatuses(db, asOf)) {
        if (!isOverdue(s.record.status, s.record.dueDate, asOf)) continue;
        const auto measure = counted.find(s.measureId);
        const Area* area = areas.find(s.areaCode);
        if (measure == counted.end() || !area || !areas.isInside(*area, areaCode)) continue;
        const MeasureFields& f = measure->second.fields;
        out.push_back({area->code, area->name, f.code, f.titleNl, f.titleEn.empty() ? f.titleNl : f.titleEn,
                       s.record.status, s.record.dueDate, s.record.owner});
    }
    std::sort(out.begin(), out.end(), [](const OverdueMeasure& a, const OverdueMeasure& b) {
        return std::tie(a.dueDate, a.areaCode, a.measureCode) < std::tie(b.dueDate, b.areaCode, b.measureCode);
    });
    return out;
}

}  // namespace wb
