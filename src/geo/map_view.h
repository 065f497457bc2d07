// The map's camera: which part of the projected plane (km) is shown in a viewport (pixels).
// Screen y grows downwards, map y (north) upwards.
#pragma once

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>

namespace wb::geo {

class MapView {
public:
    void setViewport(glm::dvec2 sizePixels) { viewport_ = sizePixels; }
    glm::dvec2 viewport() const { return viewport_; }
    glm::dvec2 centre() const { return centre_; }
    double kmPerPixel() const { return kmPerPixel_; }

    // Shows the whole box with a margin (fraction of the viewport) around it, in the part of the
    // viewport right of `reservedLeftPixels` (kept free for the legend).
    void fit(glm::dvec2 boxMin, glm::dvec2 boxMax, double margin = 0.05, double reservedLeftPixels = 0);
    // Shows `centre` at the middle of the viewport at `kmPerPixel` (clamped to the zoom limits):
    // a view restored from a link.
    void show(glm::dvec2 centre, double kmPerPixel);
    // Moves the map by a screen distance (drag: the map follows the mouse).
    void panByPixels(glm::dvec2 deltaPixels);
    // Zooms by `factor` (> 1 zooms in) keeping the map point under `anchorPixels` in place.
    void zoomAt(glm::dvec2 anchorPixels, double factor);

    glm::dvec2 screenToWorld(glm::dvec2 pixels) const;
    glm::dvec2 worldToScreen(glm::dvec2 world) const;
    // World (km) -> clip space, for the renderer.
    glm::mat4 worldToClip() const;

    // Zoom limits relative to the fitted view, so users cannot lose the map.
    static constexpr double kMinKmPerPixel = 0.005;
    static constexpr double kMaxKmPerPixel = 20.0;

private:
    glm::dvec2 viewport_{1, 1};
    glm::dvec2 centre_{0, 0};
    double kmPerPixel_ = 1.0;
};

}  // namespace wb::geo
