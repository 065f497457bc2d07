#version 300 es
// Density heat map, pass 3: density / maximum through a 1-D colour ramp, blended over the map.
// Low densities fade out so the map stays readable where there is little.
precision highp float;
precision highp sampler2D;

in vec2 v_uv;
out vec4 o_colour;

uniform sampler2D u_density;             // linear filtering: a lower-resolution target upsamples smoothly
uniform sampler2D u_maximum;             // 1 x 1
uniform sampler2D u_ramp;                // 256 x 1, low to high
uniform float u_opacity;

const float kFadeBelow = 0.12;           // share of the maximum under which the colour fades out

void main() {
    float maximum = texelFetch(u_maximum, ivec2(0), 0).r;
    if (maximum <= 0.0) discard;
    float t = clamp(texture(u_density, v_uv).r / maximum, 0.0, 1.0);
    float alpha = u_opacity * smoothstep(0.0, kFadeBelow, t);
    if (alpha <= 0.002) discard;
    o_colour = vec4(texture(u_ramp, vec2(t, 0.5)).rgb, alpha);
}
