#version 300 es
// Density heat map, pass 2 (for wide bandwidths): each texel the sum of a 2 x 2 block of the level
// below, so a wide kernel is blurred at a coarser level with a short filter. Sums keep the mass.
precision highp float;
precision highp sampler2D;

uniform sampler2D u_source;
out vec4 o_sum;

void main() {
    ivec2 size = textureSize(u_source, 0);
    ivec2 base = ivec2(gl_FragCoord.xy) * 2;
    float sum = 0.0;
    for (int y = 0; y < 2; ++y) {
        for (int x = 0; x < 2; ++x) {
            ivec2 at = base + ivec2(x, y);
            if (at.x < size.x && at.y < size.y) sum += texelFetch(u_source, at, 0).r;
        }
    }
    o_sum = vec4(sum, 0.0, 0.0, 1.0);
}
