// Draws the point layers, coverage rings and heat map over the rendered areas, the counts on
// cluster symbols, the tooltip of the symbol under the mouse, and the layers panel. Called by the
// map panel once its areas are rendered, inside the map window.
#include <imgui.h>

#include <cmath>
#include <string>

#include "ui/map_overlays.h"
#include "ui/panels.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

constexpr render::Rgb kCoverageColour{0, 120, 90};  // a darker shade of the resilience points' green

ImVec2 toImVec(glm::dvec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }

render::PointSymbol symbolFor(const PointLayers& layers, const geo::PointCluster& cluster) {
    const PointCategory& category = layers.categories()[static_cast<size_t>(std::max(0, cluster.dominantCategory))];
    render::PointSymbol s;
    s.x = static_cast<float>(cluster.centre.x);
    s.y = static_cast<float>(cluster.centre.y);
    s.shape = static_cast<float>(category.shape);
    s.sizePixels = static_cast<float>(clusterSymbolSize(cluster.count));
    s.r = category.colour.r;
    s.g = category.colour.g;
    s.b = category.colour.b;
    return s;
}

void uploadChanges(AppState& state, MapOverlays& overlays) {
    PointLayers& layers = state.layers;
    layers.clusterFor(state.view.kmPerPixel());
    // Symbols are drawn only while a layer is visible; until then nothing needs the point renderer.
    if (layers.anyVisible() &&
        (layers.symbolsVersion() != overlays.uploadedSymbols || layers.showCoverage != overlays.uploadedCoverage)) {
        for (PointLayerId id : kPointLayers) {
            std::vector<render::PointSymbol> symbols;
            for (const geo::PointCluster& cluster : layers.clustering(id).clusters) symbols.push_back(symbolFor(layers, cluster));
            overlays.points().setLayer(static_cast<size_t>(id), symbols);
        }
        overlays.points().setCoverage(layers.coverageCentres(), kCoverageColour);
        overlays.uploadedSymbols = layers.symbolsVersion();
        overlays.uploadedCoverage = layers.showCoverage;
    }
    if (layers.heat.on) {
        const std::string key = layers.heatPointsKey(state.map);
        if (key != overlays.uploadedHeatKey) {
            const HeatPoints points = layers.heatPoints(state.map);
            overlays.heat().setPoints(points.positions, points.weights);
            overlays.uploadedHeatKey = key;
        }
    }
}

void copyPixels(GLuint from, GLuint to, glm::ivec2 size) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, to);
    glBlitFramebuffer(0, 0, size.x, size.y, 0, 0, size.x, size.y, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
}

// Makes the renderer's output show the bare areas (see MapOverlays::bareMap): a fresh rendering is
// copied aside, a stale one (same drawing, same view as last frame) is restored from the copy.
void restoreBareMap(MapOverlays& overlays, const render::MapRenderer& renderer, const geo::MapView& view) {
    const MapOverlays::BareMapKey key{renderer.redrawCount(), view.centre(), view.kmPerPixel(), renderer.size()};
    if (key == overlays.bareMapKey) {
        copyPixels(overlays.bareMap.framebuffer(), renderer.framebuffer(), key.size);
        return;
    }
    overlays.bareMap.resize(key.size);
    copyPixels(renderer.framebuffer(), overlays.bareMap.framebuffer(), key.size);
    overlays.bareMapKey = key;
}

// The count on every cluster symbol, dark on a light halo so it reads on any fill.
void drawClusterCounts(const AppState& state, ImDrawList* draw) {
    for (PointLayerId id : kPointLayers) {
        for (const geo::PointCluster& cluster : state.layers.clustering(id).clusters) {
            if (cluster.count < 2) continue;
            const glm::dvec2 at = state.mapRect.min + state.view.worldToScreen(cluster.centre);
            if (!state.mapRect.contains(at)) continue;
            const std::string text = std::to_string(cluster.count);
            const ImVec2 size = ImGui::CalcTextSize(text.c_str());
            const ImVec2 corner(static_cast<float>(at.x) - size.x * 0.5f, static_cast<float>(at.y) - size.y * 0.5f);
            for (const ImVec2 offset : {ImVec2(-1, 0), ImVec2(1, 0), ImVec2(0, -1), ImVec2(0, 1)}) {
                draw->AddText(ImVec2(corner.x + offset.x, corner.y + offset.y), IM_COL32(255, 255, 255, 230), text.c_str());
            }
            draw->AddText(corner, IM_COL32(15, 15, 20, 255), text.c_str());
        }
    }
}

// The symbol under the mouse, when the mouse is on the map itself (not on the layers panel or a
// popup) and not dragging. It takes the hover from the area below it.
void updateHover(AppState& state) {
    PointLayers& layers = state.layers;
    layers.hovered.reset();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const glm::dvec2 at(mouse.x, mouse.y);
    if (!ImGui::IsWindowHovered() || ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f) || !state.mapRect.contains(at)) return;
    layers.hovered = layers.hitTest(state.view, at - state.mapRect.min);
    if (layers.hovered) state.hovered.reset();
}

void drawPointTooltip(const AppState& state) {
    const auto lines = state.layers.tooltipLines(*state.layers.hovered, currentLanguage());
    ImGui::BeginTooltip();
    for (size_t i = 0; i < lines.size(); ++i) {
        ImGui::TextUnformatted(lines[i].c_str());
        if (i == 0) ImGui::Separator();
    }
    ImGui::EndTooltip();
}

}  // namespace

void drawMapOverlays(AppState& state, MapOverlays& overlays, const render::MapRenderer& renderer) {
    uploadChanges(state, overlays);
    const PointLayers& layers = state.layers;
    const bool overlaid = layers.heat.on || layers.anyVisible();
    if (overlaid || overlays.overlaidLastFrame) restoreBareMap(overlays, renderer, state.view);
    overlays.overlaidLastFrame = overlaid;
    if (layers.heat.on) {
        overlays.heat().draw(state.view, renderer.framebuffer(), renderer.size(), layers.heat.bandwidthKm, layers.heat.opacity);
    }
    if (layers.anyVisible()) overlays.points().draw(state.view, renderer.framebuffer(), renderer.size(), layers.coverageRadiusKm);

    updateHover(state);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(toImVec(state.mapRect.min), toImVec(state.mapRect.min + state.mapRect.size), true);
    drawClusterCounts(state, draw);
    draw->PopClipRect();
    if (state.drawingMapImage) return;  // a picture for a report: no tooltip, no controls
    if (layers.hovered) drawPointTooltip(state);
    drawLayersPanel(state, overlays);
}

}  // namespace wb::ui
