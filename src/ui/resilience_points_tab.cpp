// The "Weerbaarheidspunten" tab: the resilience points of the selection with a filter; a form to
// register a new point or edit one (type, status, functions, emergency power and hours of
// autonomy, staffing, opening time, accessibility, capacity, and the place: typed coordinates or a
// click on the map); removal after confirmation; fire stations as candidate points that can be
// made into resilience points. Every change is stored through core/resilience_points.h and
// followed by the coverage analysis, the map's point layers and the computed indicators.
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "core/number_format.h"
#include "core/resilience_points.h"
#include "geo/projection.h"
#include "ui/care_tab.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/care_view.h"
#include "views/strings.h"
#include "views/strings_care.h"

namespace wb::ui {
namespace {

const char* const kStatuses[] = {"candidate", "planned", "active", "inactive"};

// The form's text fields: numbers may be left empty (unknown) and use a decimal comma or point.
struct PointForm {
    bool open = false;
    ResiliencePoint point;  // id 0: a new point
    char name[160] = "";
    char autonomy[24] = "", staff[24] = "", openWithin[24] = "", capacity[24] = "";
    char lon[32] = "", lat[32] = "";
    std::vector<std::string> problems;
};

// The points as stored, read again only when the database changed.
struct PointList {
    const void* db = nullptr;
    long change = -1;
    std::vector<ResiliencePoint> points;
};

PointForm g_form;
PointList g_list;
char g_filter[96] = "";
int g_statusFilter = -1;  // -1: every status
int64_t g_selectedPoint = 0;
int64_t g_confirmRemove = 0;

const std::vector<ResiliencePoint>& storedPoints(const AppState& state) {
    if (g_list.db != state.db.handle() || g_list.change != state.changeCount) {
        g_list.points = listResiliencePoints(state.db);
        g_list.db = state.db.handle();
        g_list.change = state.changeCount;
    }
    return g_list.points;
}

void setText(char* buffer, size_t size, const std::string& text) { std::snprintf(buffer, size, "%s", text.c_str()); }

std::string numberText(std::optional<double> value) {
    if (!value) return "";
    char text[32];
    std::snprintf(text, sizeof text, "%g", *value);
    return text;
}

std::string coordinateText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", value);
    return text;
}

// Empty: unknown (nullopt in *out); otherwise a number (decimal comma allowed), else false.
bool parseNumber(const char* text, std::optional<double>* out) {
    std::string s(text);
    s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); }), s.end());
    out->reset();
    if (s.empty()) return true;
    std::replace(s.begin(), s.end(), ',', '.');
    char* end = nullptr;
    const double value = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end != '\0' || !std::isfinite(value)) return false;
    *out = value;
    return true;
}

void openForm(AppState& state, const ResiliencePoint& point) {
    g_form = PointForm{};
    g_form.open = true;
    g_form.point = point;
    setText(g_form.name, sizeof g_form.name, point.name);
    setText(g_form.autonomy, sizeof g_form.autonomy, numberText(point.autonomyHours));
    setText(g_form.staff, sizeof g_form.staff, point.staff ? std::to_string(*point.staff) : "");
    setText(g_form.openWithin, sizeof g_form.openWithin, numberText(point.openWithinHours));
    setText(g_form.capacity, sizeof g_form.capacity, point.capacityPersons ? std::to_string(*point.capacityPersons) : "");
    if (point.lon != 0 || point.lat != 0) {
        setText(g_form.lon, sizeof g_form.lon, coordinateText(point.lon));
        setText(g_form.lat, sizeof g_form.lat, coordinateText(point.lat));
    }
    state.care.pick = MapPick::None;
}

// A new point starts in the middle of the selected municipality (or nowhere), planned.
ResiliencePoint newPoint(const AppState& state) {
    ResiliencePoint point;
    const Area* selected = state.areas.find(state.selectedCode);
    if (selected && selected->level == AreaLevel::Municipality) {
        point.lon = selected->centroidLon;
        point.lat = selected->centroidLat;
    }
    return point;
}

bool inScope(const AppState& state, const ResiliencePoint& p) {
    if (state.selectedCode.empty()) return true;
    const Area* area = state.areas.find(p.areaCode);
    return area && state.areas.isInside(*area, state.selectedCode);
}

bool matchesFilter(const ResiliencePoint& p) {
    if (g_statusFilter >= 0 && p.status != kStatuses[g_statusFilter]) return false;
    if (!g_filter[0]) return true;
    std::string name = p.name, filter = g_filter;
    for (auto* s : {&name, &filter}) std::transform(s->begin(), s->end(), s->begin(), [](unsigned char c) { return std::tolower(c); });
    return name.find(filter) != std::string::npos;
}

std::string municipalityName(const AppState& state, const std::string& code) {
    const Area* area = state.areas.find(code);
    return area ? area->name : code;
}

// The form's fields as a point; problems in the user's language when a field cannot be read.
std::optional<ResiliencePoint> readForm(const AppState& state) {
    ResiliencePoint p = g_form.point;
    g_form.problems.clear();
    p.name = g_form.name;
    p.name.erase(0, p.name.find_first_not_of(' '));
    if (p.name.empty()) g_form.problems.push_back(tr(CareText::ProblemName));
    std::optional<double> lon, lat, autonomy, staff, openWithin, capacity;
    if (!parseNumber(g_form.lon, &lon) || !parseNumber(g_form.lat, &lat) || !lon || !lat || *lon < 3.2 || *lon > 7.3 ||
        *lat < 50.7 || *lat > 53.7) {
        g_form.problems.push_back(tr(CareText::ProblemPlace));
    }
    const bool numbersRead = parseNumber(g_form.autonomy, &autonomy) && parseNumber(g_form.staff, &staff) &&
                             parseNumber(g_form.openWithin, &openWithin) && parseNumber(g_form.capacity, &capacity);
    const auto negative = [](const std::optional<double>& v) { return v && *v < 0; };
    if (!numbersRead || negative(autonomy) || negative(staff) || negative(openWithin) || negative(capacity)) {
        g_form.problems.push_back(tr(CareText::ProblemNumbers));
    }
    if (autonomy && !p.emergencyPower) g_form.problems.push_back(tr(CareText::ProblemAutonomy));
    if (!g_form.problems.empty()) return std::nullopt;
    p.lon = *lon;
    p.lat = *lat;
    p.autonomyHours = autonomy;
    p.openWithinHours = openWithin;
    p.staff = staff ? std::optional<int64_t>(static_cast<int64_t>(std::llround(*staff))) : std::nullopt;
    p.capacityPersons = capacity ? std::optional<int64_t>(static_cast<int64_t>(std::llround(*capacity))) : std::nullopt;
    p.areaCode = state.care.municipalityAt(state, geo::projectLonLat(p.lon, p.lat));
    p.areaYear = kDefaultDivisionYear;
    return p;
}

void save(AppState& state) {
    auto point = readForm(state);
    if (!point) return;
    try {
        if (point->id == 0) point->id = addResiliencePoint(state.db, *point);
        else updateResiliencePoint(state.db, *point);
    } catch (const std::exception& e) {
        g_form.problems.push_back(userMessage(e));
        return;
    }
    g_form.open = false;
    g_selectedPoint = point->id;
    state.care.pointSaved(state, *point);
    state.notify(std::string(tr(CareText::NoticePointSaved)) + ": " + point->name, false);
}

void optionalNumberField(const char* label, const char* id, char* buffer, size_t size, const char* anchor) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::GetFontSize() * 13);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputText(id, buffer, size, ImGuiInputTextFlags_CharsScientific);
    anchorLastItem(anchor);
}

void drawLocation(AppState& state) {
    CareView& care = state.care;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(CareText::FieldLatitude));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputText("##care.points.form.lat", g_form.lat, sizeof g_form.lat, ImGuiInputTextFlags_CharsScientific);
    anchorLastItem("care.points.form.lat");
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(CareText::FieldLongitude));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputText("##care.points.form.lon", g_form.lon, sizeof g_form.lon, ImGuiInputTextFlags_CharsScientific);
    anchorLastItem("care.points.form.lon");

    const bool picking = care.pick == MapPick::NewPointLocation;
    if (ImGui::Button(tr(picking ? CareText::PlaceOnMapWaiting : CareText::PlaceOnMap))) {
        care.pick = picking ? MapPick::None : MapPick::NewPointLocation;
        care.pickedKm.reset();
    }
    anchorLastItem("care.points.form.place");
    if (picking && care.pickedKm) {
        const glm::dvec2 lonLat = geo::unprojectToLonLat(*care.pickedKm);
        setText(g_form.lon, sizeof g_form.lon, coordinateText(lonLat.x));
        setText(g_form.lat, sizeof g_form.lat, coordinateText(lonLat.y));
        care.pick = MapPick::None;
        care.pickedKm.reset();
    }
    std::optional<double> lon, lat;
    if (parseNumber(g_form.lon, &lon) && parseNumber(g_form.lat, &lat) && lon && lat && *lon > 3.2 && *lon < 7.3 &&
        *lat > 50.7 && *lat < 53.7) {
        ImGui::SameLine();
        static std::string placeKey, placeCode;  // the lookup runs when the place changes, not every frame
        const std::string key = std::string(g_form.lon) + "," + g_form.lat + "," + std::to_string(state.changeCount);
        if (key != placeKey) {
            placeKey = key;
            placeCode = care.municipalityAt(state, geo::projectLonLat(*lon, *lat));
        }
        ImGui::Text("%s: %s", tr(CareText::FieldMunicipality), municipalityName(state, placeCode).c_str());
    }
}

void drawForm(AppState& state) {
    ResiliencePoint& p = g_form.point;
    ImGui::TextUnformatted(tr(p.id == 0 ? CareText::FormNewTitle : CareText::FormEditTitle));
    const float labelColumn = ImGui::GetFontSize() * 13;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(CareText::FieldName));
    ImGui::SameLine(labelColumn);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##care.points.form.name", g_form.name, sizeof g_form.name);
    anchorLastItem("care.points.form.name");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(CareText::FieldType));
    ImGui::SameLine(labelColumn);
    if (ImGui::RadioButton(tr(CareText::TypeLocal), p.pointType == "local")) p.pointType = "local";
    anchorLastItem("care.points.form.type.local");
    ImGui::SetCursorPosX(labelColumn);
    if (ImGui::RadioButton(tr(CareText::TypeFireStation), p.pointType == "fire_station")) p.pointType = "fire_station";
    anchorLastItem("care.points.form.type.fire_station");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(CareText::FieldStatus));
    ImGui::SameLine(labelColumn);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (ImGui::BeginCombo("##care.points.form.status", statusLabel(p.status))) {
        for (const char* status : kStatuses) {
            if (ImGui::Selectable(statusLabel(status), p.status == status)) p.status = status;
            anchorLastItem(std::string("care.points.form.status.") + status);
        }
        ImGui::EndCombo();
    }
    anchorLastItem("care.points.form.status");

    ImGui::TextUnformatted(tr(CareText::FieldFunctions));
    for (const std::string& function : resilienceFunctions()) {
        bool on = std::find(p.functions.begin(), p.functions.end(), function) != p.functions.end();
        if (ImGui::Checkbox((std::string(functionLabel(function)) + "##fn" + function).c_str(), &on)) {
            if (on) p.functions.push_back(function);
            else p.functions.erase(std::remove(p.functions.begin(), p.functions.end(), function), p.functions.end());
            std::sort(p.functions.begin(), p.functions.end());
        }
        anchorLastItem("care.points.form.function." + function);
    }

    ImGui::Checkbox(tr(CareText::FieldEmergencyPower), &p.emergencyPower);
    anchorLastItem("care.points.form.power");
    if (p.emergencyPower) {
        optionalNumberField(tr(CareText::FieldAutonomyHours), "##care.points.form.autonomy", g_form.autonomy,
                            sizeof g_form.autonomy, "care.points.form.autonomy");
    }
    optionalNumberField(tr(CareText::FieldStaff), "##care.points.form.staff", g_form.staff, sizeof g_form.staff,
                        "care.points.form.staff");
    optionalNumberField(tr(CareText::FieldOpenWithin), "##care.points.form.open", g_form.openWithin,
                        sizeof g_form.openWithin, "care.points.form.open");
    optionalNumberField(tr(CareText::FieldCapacity), "##care.points.form.capacity", g_form.capacity,
                        sizeof g_form.capacity, "care.points.form.capacity");
    ImGui::Checkbox(tr(CareText::FieldStepFree), &p.stepFreeAccess);
    anchorLastItem("care.points.form.stepfree");
    drawLocation(state);

    for (const std::string& problem : g_form.problems) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.15f, 1), "%s", problem.c_str());
    if (ImGui::Button(tr(CareText::Save))) save(state);
    anchorLastItem("care.points.form.save");
    ImGui::SameLine();
    if (ImGui::Button(tr(CareText::CancelEdit))) {
        g_form.open = false;
        state.care.pick = MapPick::None;
    }
    anchorLastItem("care.points.form.cancel");
}

void drawConfirmRemove(AppState& state) {
    const std::string title = std::string(tr(CareText::RemoveTitle)) + "###care.points.confirm";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const auto point = findResiliencePoint(state.db, g_confirmRemove);
    ImGui::Text("%s", tr(CareText::RemoveBody));
    ImGui::TextUnformatted(point ? point->name.c_str() : "");
    if (ImGui::Button(tr(CareText::RemoveConfirm))) {
        const int64_t id = g_confirmRemove;
        try {
            if (removeResiliencePoint(state.db, id)) {
                state.care.pointRemoved(state, id);
                state.notify(std::string(tr(CareText::NoticePointRemoved)) + ": " + (point ? point->name : ""), false);
            }
        } catch (const std::exception& e) {
            state.notify(userMessage(e), true);
        }
        if (g_form.point.id == id) g_form.open = false;
        g_selectedPoint = 0;
        g_confirmRemove = 0;
        ImGui::CloseCurrentPopup();
    }
    anchorLastItem("care.points.confirm.yes");
    ImGui::SameLine();
    if (ImGui::Button(tr(CareText::CancelEdit))) {
        g_confirmRemove = 0;
        ImGui::CloseCurrentPopup();
    }
    anchorLastItem("care.points.confirm.no");
    ImGui::EndPopup();
}

void drawList(AppState& state, const std::vector<const ResiliencePoint*>& shown) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit;
    const float height = std::min(12.0f, static_cast<float>(shown.size()) + 1.5f) * ImGui::GetTextLineHeightWithSpacing();
    if (!ImGui::BeginTable("##care.points.table", 5, flags, ImVec2(0, std::max(height, 3 * ImGui::GetTextLineHeightWithSpacing())))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (CareText column : {CareText::FieldName, CareText::FieldStatus, CareText::FieldMunicipality,
                            CareText::ColumnPower, CareText::FieldCapacity}) {
        ImGui::TableSetupColumn(tr(column));
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ResiliencePoint& p = *shown[static_cast<size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable((p.name + "##pt" + std::to_string(p.id)).c_str(), p.id == g_selectedPoint,
                                  ImGuiSelectableFlags_SpanAllColumns)) {
                g_selectedPoint = p.id;
            }
            anchorLastItem("care.points.row." + std::to_string(p.id));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(statusLabel(p.status));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(municipalityName(state, p.areaCode).c_str());
            ImGui::TableNextColumn();
            if (p.emergencyPower && p.autonomyHours) ImGui::Text("%s h", formatNumber(*p.autonomyHours, 0, currentLanguage()).c_str());
            else ImGui::TextUnformatted(tr(p.emergencyPower ? CareText::Yes : CareText::No));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.capacityPersons ? formatNumber(static_cast<double>(*p.capacityPersons), 0, currentLanguage()).c_str() : "–");
        }
    }
    ImGui::EndTable();
}

// Fire stations: candidate points (coordination points) that can be made into resilience points,
// and fire stations that are no point at all yet.
void drawFireStations(AppState& state, const std::vector<ResiliencePoint>& points) {
    if (!ImGui::CollapsingHeader(tr(CareText::FireStationsHeader))) return;
    anchorLastItem("care.points.firestations");
    size_t notYet = 0;
    for (uint32_t f : state.layers.members(PointLayerId::FireStations)) notYet += !state.layers.facilities()[f].resilience;
    if (notYet > 0) {
        const EditingControls editing(state);
        const std::string label = std::string(tr(CareText::FireStationsAddCandidates)) + " (" + std::to_string(notYet) + ")";
        if (ImGui::Button(label.c_str())) {
            try {
                addFireStationsAsCandidates(state.db);
                state.layers.load(state.db);
                state.dataChanged();
            } catch (const std::exception& e) {
                state.notify(userMessage(e), true);
            }
        }
    }
    std::vector<const ResiliencePoint*> candidates;
    for (const ResiliencePoint& p : points) {
        if (p.pointType == "fire_station" && p.status == "candidate" && inScope(state, p)) candidates.push_back(&p);
    }
    ImGui::Text("%s: %zu", tr(CareText::FireStationsCandidates), candidates.size());
    const float height = std::min(8.0f, static_cast<float>(candidates.size()) + 0.5f) * ImGui::GetFrameHeightWithSpacing();
    if (candidates.empty()) return;
    if (ImGui::BeginChild("##care.points.candidates", ImVec2(0, height), true)) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(candidates.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const ResiliencePoint& p = *candidates[static_cast<size_t>(i)];
                {
                    const EditingControls editing(state);
                    if (ImGui::SmallButton((std::string(tr(CareText::MakeResiliencePoint)) + "##fs" + std::to_string(p.id)).c_str())) {
                        ResiliencePoint made = p;
                        made.status = "planned";
                        openForm(state, made);
                    }
                    anchorLastItem("care.points.make." + std::to_string(p.id));
                }
                ImGui::SameLine();
                ImGui::Text("%s · %s", p.name.c_str(), municipalityName(state, p.areaCode).c_str());
            }
        }
    }
    ImGui::EndChild();
}

}  // namespace

static void drawResiliencePointsTab(AppState& state) {
    if (g_form.open) {  // the form alone, so all of it fits beside the map
        drawForm(state);
        return;
    }
    const std::vector<ResiliencePoint>& points = storedPoints(state);
    std::vector<const ResiliencePoint*> shown;
    for (const ResiliencePoint& p : points) {
        if (inScope(state, p) && matchesFilter(p)) shown.push_back(&p);
    }
    {
        const EditingControls editing(state);
        if (ImGui::Button(tr(CareText::NewPoint))) openForm(state, newPoint(state));
        anchorLastItem("care.points.new");
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::InputTextWithHint("##care.points.filter", tr(CareText::FilterHint), g_filter, sizeof g_filter);
    anchorLastItem("care.points.filter");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::BeginCombo("##care.points.statusfilter", g_statusFilter < 0 ? tr(CareText::FilterAllStatuses) : statusLabel(kStatuses[g_statusFilter]))) {
        if (ImGui::Selectable(tr(CareText::FilterAllStatuses), g_statusFilter < 0)) g_statusFilter = -1;
        for (int i = 0; i < 4; ++i) {
            if (ImGui::Selectable(statusLabel(kStatuses[i]), g_statusFilter == i)) g_statusFilter = i;
        }
        ImGui::EndCombo();
    }
    anchorLastItem("care.points.statusfilter");
    ImGui::Text("%s: %zu", tr(CareText::PointsShown), shown.size());
    drawList(state, shown);

    const auto selected = std::find_if(points.begin(), points.end(), [](const ResiliencePoint& p) { return p.id == g_selectedPoint; });
    ImGui::BeginDisabled(selected == points.end() || state.readOnly);
    if (ImGui::Button(tr(CareText::EditPoint)) && selected != points.end()) openForm(state, *selected);
    anchorLastItem("care.points.edit");
    ImGui::SameLine();
    if (ImGui::Button(tr(CareText::RemovePoint)) && selected != points.end()) {
        g_confirmRemove = selected->id;
        ImGui::OpenPopup("###care.points.confirm");
    }
    anchorLastItem("care.points.remove");
    ImGui::EndDisabled();
    drawConfirmRemove(state);
    ImGui::Spacing();
    drawFireStations(state, points);
}

void resiliencePointsTabItem(AppState& state) {
    if (!careTab(CareText::TabResiliencePoints, "points")) return;
    drawResiliencePointsTab(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
