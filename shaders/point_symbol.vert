#version 300 es
// Point symbols as instanced quads: one quad per point or cluster, placed at its position in
// projected km and sized in pixels, so symbols keep their size at every zoom.
precision highp float;

layout(location = 0) in vec2 a_corner;   // (-1..1, -1..1), the same four for every instance
layout(location = 1) in vec2 a_centre;   // km
layout(location = 2) in float a_shape;   // SymbolShape code (app/point_layers.h)
layout(location = 3) in float a_size;    // symbol diameter in CSS pixels
layout(location = 4) in vec4 a_colour;   // fill colour (normalised bytes)

uniform mat4 u_worldToClip;
uniform vec2 u_viewportPixels;           // framebuffer pixels
uniform float u_pixelScale;              // framebuffer pixels per CSS pixel

out vec2 v_pixel;                        // from the symbol's centre, framebuffer pixels, y up
flat out float v_shape;
flat out float v_radius;
out vec4 v_colour;

const float kOutlineRoom = 2.0;          // pixels beyond the shape for its outline and smoothing

void main() {
    v_radius = 0.5 * a_size * u_pixelScale;
    float halfExtent = v_radius + kOutlineRoom;
    v_pixel = a_corner * halfExtent;
    v_shape = a_shape;
    v_colour = a_colour;
    vec4 centre = u_worldToClip * vec4(a_centre, 0.0, 1.0);
    gl_Position = vec4(centre.xy + v_pixel * 2.0 / u_viewportPixels, 0.0, 1.0);
}
