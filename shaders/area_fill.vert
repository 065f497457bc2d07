#version 300 es
// Area fill: positions in projected km, colour looked up per feature in a small texture so a
// restyle rewrites only that texture.
precision highp float;
precision highp int;

layout(location = 0) in vec2 a_position;
layout(location = 1) in float a_feature;

uniform mat4 u_worldToClip;
uniform highp sampler2D u_featureColours;  // RGBA8, row-major, kFeatureTextureWidth wide

// flat: every vertex of a triangle belongs to the same feature, so there is nothing to
// interpolate, and a software renderer saves the work per pixel.
flat out vec4 v_colour;

const int kFeatureTextureWidth = 1024;

void main() {
    int feature = int(a_feature + 0.5);
    v_colour = texelFetch(u_featureColours, ivec2(feature % kFeatureTextureWidth, feature / kFeatureTextureWidth), 0);
    gl_Position = u_worldToClip * vec4(a_position, 0.0, 1.0);
}
