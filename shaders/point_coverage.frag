#version 300 es
// A ring on the circle's edge and a faint fill inside: overlapping discs show where several
// points cover the same people, the edge shows how far the chosen distance reaches.
precision highp float;

in vec2 v_offsetKm;
out vec4 o_colour;

uniform float u_radiusKm;
uniform float u_pixelsPerKm;             // framebuffer pixels
uniform vec3 u_colour;

const float kLineHalfWidth = 0.9;        // pixels
const float kFillAlpha = 0.07;

void main() {
    float fromEdge = (length(v_offsetKm) - u_radiusKm) * u_pixelsPerKm;
    float line = 1.0 - smoothstep(kLineHalfWidth - 0.5, kLineHalfWidth + 0.5, abs(fromEdge));
    float fill = fromEdge < 0.0 ? kFillAlpha : 0.0;
    float alpha = max(line * 0.85, fill);
    if (alpha <= 0.0) discard;
    o_colour = vec4(u_colour, alpha);
}
