#version 300 es
// Density heat map, pass 2 (repeated): the maximum of each 4 x 4 block of the source, down to one
// texel. The colour pass divides by it, so the densest place in view is always the top of the ramp,
// without reading anything back to the CPU (which would stall the pipeline).
precision highp float;
precision highp sampler2D;

uniform sampler2D u_source;
out vec4 o_max;

void main() {
    ivec2 size = textureSize(u_source, 0);
    ivec2 base = ivec2(gl_FragCoord.xy) * 4;
    float m = 0.0;
    for (int y = 0; y < 4; ++y) {
        for (int x = 0; x < 4; ++x) {
            ivec2 at = min(base + ivec2(x, y), size - 1);
            m = max(m, texelFetch(u_source, at, 0).r);
        }
    }
    o_max = vec4(m, 0.0, 0.0, 1.0);
}
