// What the map draws over its areas: point layers with coverage rings, and the density heat map.
// The renderers live here with what was last uploaded to them, so a frame only uploads what
// changed (new clusters at a new zoom, another heat map source). main.cpp owns one.
#pragma once

#include <memory>
#include <string>

#include <glm/vec2.hpp>

#include "render/heatmap_renderer.h"
#include "render/point_renderer.h"
#include "render/render_target.h"

namespace wb::ui {

struct MapOverlays {
    // Each renderer is made when first needed (a point layer or the heat map shown, the layers
    // panel opened): most sessions never show them, and their seven shader programs would be
    // compiled by the browser at start, on the same two cores, while the first map is drawn.
    render::PointRenderer& points() {
        if (!points_) points_ = std::make_unique<render::PointRenderer>();
        return *points_;
    }
    render::HeatmapRenderer& heat() {
        if (!heat_) heat_ = std::make_unique<render::HeatmapRenderer>();
        return *heat_;
    }
    long uploadedSymbols = -1;     // PointLayers::symbolsVersion() of the symbols and rings uploaded
    bool uploadedCoverage = false; // whether the rings uploaded were on
    std::string uploadedHeatKey;   // PointLayers::heatPointsKey() of the heat points uploaded

    // The map renderer leaves its output alone on frames where the areas did not change, so what
    // was drawn over it last frame would still be there: a copy of the bare areas is kept and put
    // back before the overlays are drawn again (one framebuffer copy per frame while they are on).
    struct BareMapKey {
        long redraws = -1;
        glm::dvec2 centre{0, 0};
        double kmPerPixel = 0;
        glm::ivec2 size{0, 0};
        bool operator==(const BareMapKey& o) const {
            return redraws == o.redraws && centre == o.centre && kmPerPixel == o.kmPerPixel && size == o.size;
        }
    };
    render::RenderTarget bareMap;
    BareMapKey bareMapKey;
    bool overlaidLastFrame = false;

private:
    std::unique_ptr<render::PointRenderer> points_;
    std::unique_ptr<render::HeatmapRenderer> heat_;
};

}  // namespace wb::ui
