#version 300 es
// Coverage rings: a circle of a fixed radius on the ground around each resilience point. RD New is
// conformal with a scale error below 0.03% over the country, so a circle in the plane is the circle
// on the ground; the quad is sized in km and the ring drawn by distance in the fragment shader.
precision highp float;

layout(location = 0) in vec2 a_corner;   // (-1..1, -1..1)
layout(location = 1) in vec2 a_centre;   // km

uniform mat4 u_worldToClip;
uniform float u_radiusKm;
uniform float u_paddingKm;               // room for the ring's line width outside the radius

out vec2 v_offsetKm;

void main() {
    v_offsetKm = a_corner * (u_radiusKm + u_paddingKm);
    gl_Position = u_worldToClip * vec4(a_centre + v_offsetKm, 0.0, 1.0);
}
