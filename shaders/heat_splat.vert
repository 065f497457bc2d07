#version 300 es
// Density heat map, pass 1: every point adds its weight to the pixel it falls in (a one-pixel
// sprite, additive blending into the half-float density target). The kernel is applied afterwards
// as a separable gaussian blur (heat_blur.frag), so a new bandwidth never touches the points.
precision highp float;

layout(location = 0) in vec3 a_point;    // x, y in km; weight

uniform mat4 u_worldToClip;

out float v_weight;

void main() {
    v_weight = a_point.z;
    gl_PointSize = 1.0;
    gl_Position = u_worldToClip * vec4(a_point.xy, 0.0, 1.0);
}
