#version 300 es
// Symbol shapes as signed distance functions (negative inside, in pixels), after Inigo Quilez's
// 2D distance functions: one shader draws every shape, smoothed at the edge and outlined in a
// dark colour so light fills (yellow) still read on a light map. Shape codes follow SymbolShape.
precision highp float;

in vec2 v_pixel;
flat in float v_shape;
flat in float v_radius;
in vec4 v_colour;
out vec4 o_colour;

const vec3 kOutline = vec3(0.12, 0.12, 0.14);
const float kOutlineWidth = 1.25;

float box(vec2 p, vec2 b) {
    vec2 q = abs(p) - b;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
}

float triangle(vec2 p, float r) {  // equilateral, pointing up, half side r
    const float k = 1.7320508;
    p.x = abs(p.x) - r;
    p.y = p.y + r / k;
    if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
    p.x -= clamp(p.x, -2.0 * r, 0.0);
    return -length(p) * sign(p.y);
}

float hexagon(vec2 p, float r) {
    const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
    p = abs(p);
    p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
    p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
    return length(p) * sign(p.y);
}

float plus(vec2 p, vec2 b) {
    p = abs(p);
    p = (p.y > p.x) ? p.yx : p.xy;
    vec2 q = p - b;
    float k = max(q.y, q.x);
    vec2 w = (k > 0.0) ? q : vec2(b.y - p.x, -k);
    return sign(k) * length(max(w, 0.0));
}

float star(vec2 p, float r, float inner) {
    const vec2 k1 = vec2(0.809016994375, -0.587785252292);
    const vec2 k2 = vec2(-k1.x, k1.y);
    p.x = abs(p.x);
    p -= 2.0 * max(dot(k1, p), 0.0) * k1;
    p -= 2.0 * max(dot(k2, p), 0.0) * k2;
    p.x = abs(p.x);
    p.y -= r;
    vec2 ba = inner * vec2(-k1.y, k1.x) - vec2(0.0, 1.0);
    float h = clamp(dot(p, ba) / dot(ba, ba), 0.0, r);
    return length(p - ba * h) * sign(p.y * ba.x - p.x * ba.y);
}

float shapeDistance(int shape, vec2 p, float r) {
    if (shape == 1) return box(p, vec2(r * 0.82));                                   // square
    if (shape == 2) return triangle(p + vec2(0.0, r * 0.2), r * 0.98);                // triangle up
    if (shape == 3) return triangle(vec2(p.x, -p.y) + vec2(0.0, r * 0.2), r * 0.98);  // triangle down
    if (shape == 4) return (abs(p.x) + abs(p.y) - r) * 0.7071068;                    // diamond
    if (shape == 5) return hexagon(p, r * 0.9);                                       // hexagon
    if (shape == 6) return plus(p, vec2(r, r * 0.38));                                // plus
    if (shape == 7) return plus(mat2(0.7071068, -0.7071068, 0.7071068, 0.7071068) * p, vec2(r, r * 0.3));  // cross
    if (shape == 8) return star(p, r * 1.05, 0.45);                                   // star
    if (shape == 9) return abs(length(p) - r * 0.72) - r * 0.28;                      // ring
    return length(p) - r;                                                             // circle
}

void main() {
    float d = shapeDistance(int(v_shape + 0.5), v_pixel, v_radius);
    float coverage = 1.0 - smoothstep(-0.5, 0.5, d);
    if (coverage <= 0.0) discard;
    float outline = smoothstep(-kOutlineWidth - 0.5, -kOutlineWidth + 0.5, d);
    o_colour = vec4(mix(v_colour.rgb, kOutline, outline), coverage * v_colour.a);
}
