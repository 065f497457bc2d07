// The map panel: the rendered map image, mouse and keyboard navigation, hover tooltip, click to
// select, outlines of the hovered and selected tiles, and the legend (always visible).
#include <imgui.h>

#include <cmath>
#include <string>

#include "core/number_format.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/window_placement.h"

namespace wb::ui {
namespace {

constexpr double kKeyboardPanPixelsPerSecond = 500.0;
constexpr double kWheelZoomStep = 1.2;
constexpr float kLegendPadding = 8.0f;
constexpr float kLegendMargin = 12.0f;
constexpr float kSwatchSize = 14.0f;

ImVec2 toImVec(glm::dvec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }

const char* indicatorName(const IndicatorInfo& info) {
    return currentLanguage() == Language::Dutch ? info.nameNl.c_str() : info.nameEn.c_str();
}

const char* indicatorUnit(const IndicatorInfo& info) {
    return currentLanguage() == Language::Dutch ? info.unitNl.c_str() : info.unitEn.c_str();
}

int decimalsFor(const Classification& classes) { return classes.max >= 100 ? 0 : 1; }

std::string formatValue(const MapModel& map, double value) {
    if (map.indicator.isCountOfPeople) return formatPeopleCount(value, currentLanguage());
    return formatNumber(value, decimalsFor(map.classes), currentLanguage());
}

void outlineTile(ImDrawList* draw, const AppState& state, size_t feature, ImU32 colour, float thickness) {
    const auto& grid = state.map.layout.grid;
    const geo::HexCoord cell = state.map.layout.cells[feature];
    const glm::dvec2 centre = grid.centre(cell);
    ImVec2 points[6];
    for (int i = 0; i < 6; ++i) {
        const glm::dvec2 corner = centre + (grid.corner(cell, i) - centre) * 0.9;
        points[i] = toImVec(state.mapRect.min + state.view.worldToScreen(corner));
    }
    draw->AddPolyline(points, 6, colour, ImDrawFlags_Closed, thickness);
}

void handleInput(AppState& state) {
    ImGuiIO& io = ImGui::GetIO();
    const glm::dvec2 mouse = glm::dvec2(io.MousePos.x, io.MousePos.y) - state.mapRect.min;
    const bool hovered = ImGui::IsItemHovered();

    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        state.view.panByPixels({io.MouseDelta.x, io.MouseDelta.y});
    }
    if (hovered && io.MouseWheel != 0.0f) state.view.zoomAt(mouse, std::pow(kWheelZoomStep, io.MouseWheel));
    // A click that did not drag selects the tile under the mouse (or clears the selection).
    if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 4.0f && hovered) {
        const auto feature = state.map.featureAt(state.view.screenToWorld(mouse));
        const std::string code = feature ? state.map.areas[*feature].code : "";
        state.select(code == state.selectedCode ? "" : code);
    }

    state.hovered.reset();
    if (hovered && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        state.hovered = state.map.featureAt(state.view.screenToWorld(mouse));
    }

    // Keyboard, when the map has focus (click on it, or reach it with Tab / Ctrl+Tab).
    if (!ImGui::IsWindowFocused() || io.WantTextInput) return;
    const double step = kKeyboardPanPixelsPerSecond * io.DeltaTime;
    glm::dvec2 pan{0, 0};
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) pan.x += step;
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) pan.x -= step;
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) pan.y += step;
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) pan.y -= step;
    if (pan != glm::dvec2(0, 0)) state.view.panByPixels(pan);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home))) state.viewFitted = false;
    for (ImWchar c : io.InputQueueCharacters) {
        const glm::dvec2 centre = state.view.viewport() * 0.5;
        if (c == '+' || c == '=') state.view.zoomAt(centre, kWheelZoomStep);
        if (c == '-' || c == '_') state.view.zoomAt(centre, 1.0 / kWheelZoomStep);
        if (c == '0') state.viewFitted = false;
    }
}

void drawTooltip(const AppState& state, size_t feature) {
    const MapModel& map = state.map;
    const Area& area = map.areas[feature];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(area.name.c_str());
    ImGui::Separator();
    ImGui::Text("%s: %s", tr(Text::TooltipCode), area.code.c_str());
    if (const Area* region = map.regionOf(area)) ImGui::Text("%s: %s", tr(Text::TooltipSafetyRegion), region->name.c_str());
    if (const Area* province = map.provinceOf(area)) ImGui::Text("%s: %s", tr(Text::TooltipProvince), province->name.c_str());
    const auto& value = map.values[feature];
    ImGui::Text("%s: %s %s", indicatorName(map.indicator),
                value ? formatValue(map, *value).c_str() : tr(Text::LegendNoData), value ? indicatorUnit(map.indicator) : "");
    if (map.indicator.id != "population" && map.population[feature]) {
        ImGui::Text("%s: %s", tr(Text::ColumnResidents), formatNumber(*map.population[feature], 0, currentLanguage()).c_str());
    }
    ImGui::EndTooltip();
}

// Class ranges as "from - to", the first as "< b0" and the last as ">= bN".
std::string classLabel(const MapModel& map, int index) {
    const auto& b = map.classes.breaks;
    const int n = map.classes.classCount();
    if (n == 1) return formatValue(map, map.classes.min) + " – " + formatValue(map, map.classes.max);
    if (index == 0) return "< " + formatValue(map, b[0]);
    if (index == n - 1) return "≥ " + formatValue(map, b[static_cast<size_t>(n) - 2]);
    return formatValue(map, b[static_cast<size_t>(index) - 1]) + " – " + formatValue(map, b[static_cast<size_t>(index)]);
}

struct Legend {
    std::string title;
    std::string source;
    std::vector<std::string> labels;  // one per class, then "no data" when some area lacks a value
    int classCount = 0;
    ImVec2 size;
};

Legend layoutLegend(const MapModel& map) {
    Legend legend;
    legend.classCount = map.classes.classCount();
    legend.title = std::string(indicatorName(map.indicator)) + " (" + indicatorUnit(map.indicator) + ")";
    legend.source = std::string(tr(Text::LegendSource)) + ": " + map.indicator.source;
    for (int i = 0; i < legend.classCount; ++i) legend.labels.push_back(classLabel(map, i));
    bool anyMissing = false;
    for (const auto& v : map.values) anyMissing |= !v.has_value();
    if (anyMissing) legend.labels.push_back(tr(Text::LegendNoData));

    const float line = ImGui::GetTextLineHeightWithSpacing();
    float width = std::max(ImGui::CalcTextSize(legend.title.c_str()).x, ImGui::CalcTextSize(legend.source.c_str()).x);
    for (const auto& l : legend.labels) width = std::max(width, kSwatchSize + 8 + ImGui::CalcTextSize(l.c_str()).x);
    legend.size = ImVec2(width + kLegendPadding * 2, line * static_cast<float>(legend.labels.size() + 2) + kLegendPadding * 2);
    return legend;
}

void drawLegend(const Legend& legend, ImVec2 min, ImDrawList* draw) {
    const ImVec2 max(min.x + legend.size.x, min.y + legend.size.y);
    draw->AddRectFilled(min, max, IM_COL32(255, 255, 255, 235), 4.0f);
    draw->AddRect(min, max, IM_COL32(120, 130, 140, 255), 4.0f);

    const float line = ImGui::GetTextLineHeightWithSpacing();
    ImVec2 at(min.x + kLegendPadding, min.y + kLegendPadding);
    const ImU32 text = IM_COL32(20, 24, 28, 255);
    draw->AddText(at, text, legend.title.c_str());
    at.y += line;
    for (size_t i = 0; i < legend.labels.size(); ++i) {
        const bool missing = static_cast<int>(i) >= legend.classCount;
        const render::Rgb c = missing ? render::kNoDataColour : render::rampColour(static_cast<int>(i), legend.classCount);
        const ImVec2 s0(at.x, at.y + (line - kSwatchSize) * 0.5f - 1);
        draw->AddRectFilled(s0, ImVec2(s0.x + kSwatchSize, s0.y + kSwatchSize), render::packRgba(c));
        draw->AddRect(s0, ImVec2(s0.x + kSwatchSize, s0.y + kSwatchSize), IM_COL32(90, 90, 90, 255));
        draw->AddText(ImVec2(at.x + kSwatchSize + 8, at.y), text, legend.labels[i].c_str());
        at.y += line;
    }
    draw->AddText(at, IM_COL32(70, 78, 86, 255), legend.source.c_str());
}

// Which indicator colours the map: every indicator with municipal values, imported ones too.
void drawIndicatorChoice(AppState& state) {
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + 8, ImGui::GetCursorPosY() + 4));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Text::MapIndicator));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(320);
    if (ImGui::BeginCombo("##indicator", indicatorName(state.map.indicator))) {
        for (const IndicatorInfo& info : state.indicators) {
            const bool selected = info.id == state.map.indicator.id;
            const std::string label = std::string(indicatorName(info)) + "##" + info.id;
            if (ImGui::Selectable(label.c_str(), selected) && !selected) state.showIndicator(info.id);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4);
}

}  // namespace

void drawMapPanel(AppState& state, render::MapRenderer& renderer, ScreenRect rect) {
    placeNextWindow(rect);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const std::string title =
        std::string(tr(Text::PanelMap)) + ": " + indicatorName(state.map.indicator) + "###map";
    const bool visible =
        ImGui::Begin(title.c_str(), nullptr, kPanelFlags | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    if (!visible) {
        ImGui::End();
        return;
    }
    drawIndicatorChoice(state);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    state.mapRect = {{origin.x, origin.y}, {std::max(avail.x, 1.0f), std::max(avail.y, 1.0f)}};
    state.view.setViewport(state.mapRect.size);
    const Legend legend = layoutLegend(state.map);
    if (!state.viewFitted) {
        state.view.fit(state.map.mesh.boundsMin, state.map.mesh.boundsMax, 0.03, legend.size.x + kLegendMargin);
        state.viewFitted = true;
    }

    ImGui::InvisibleButton("##mapcanvas", toImVec(state.mapRect.size));
    handleInput(state);

    if (state.coloursDirty) {
        renderer.setFeatureColours(state.map.featureColours(state.selectedCode));
        state.coloursDirty = false;
    }
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    renderer.render(state.view, {static_cast<int>(std::lround(state.mapRect.size.x * scale.x)),
                                 static_cast<int>(std::lround(state.mapRect.size.y * scale.y))});

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + static_cast<float>(state.mapRect.size.x), origin.y + static_cast<float>(state.mapRect.size.y));
    // The offscreen texture is bottom-up (GL convention): flip it with the texture coordinates.
    draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(renderer.texture())), origin, end,
                   ImVec2(0, 1), ImVec2(1, 0));
    draw->PushClipRect(origin, end, true);
    const auto selected = state.map.featureByCode.find(state.selectedCode);
    if (selected != state.map.featureByCode.end()) {
        outlineTile(draw, state, selected->second, IM_COL32(255, 255, 255, 255), 5.0f);
        outlineTile(draw, state, selected->second, IM_COL32(200, 30, 60, 255), 2.5f);
    }
    const auto highlight = state.hovered ? state.hovered : state.listHovered;
    if (highlight) outlineTile(draw, state, *highlight, IM_COL32(20, 20, 20, 255), 2.0f);
    // Top left, under the hint line: that corner is North Sea on a map of the Netherlands.
    drawLegend(legend, ImVec2(origin.x + kLegendMargin, origin.y + kLegendMargin + ImGui::GetTextLineHeightWithSpacing()), draw);
    draw->AddText(ImVec2(origin.x + 12, origin.y + 8), IM_COL32(60, 70, 80, 255), tr(Text::MapHint));
    draw->PopClipRect();
    state.listHovered.reset();

    if (state.hovered) drawTooltip(state, *state.hovered);
    ImGui::End();
}

}  // namespace wb::ui
