#version 300 es
// Density heat map, pass 3 (twice: along x, then along y): the gaussian kernel as a separable
// convolution of the binned weights. Its cost depends on the pixels and the kernel's width (at most
// kMaxTaps), never on the number of points.
precision highp float;
precision highp sampler2D;

const int kMaxTaps = 12;                 // must match heatmap_renderer.cpp

uniform sampler2D u_source;
uniform ivec2 u_step;                    // (1, 0) or (0, 1)
uniform int u_radius;                    // taps on each side of the centre
uniform float u_weights[kMaxTaps];       // u_weights[i]: the kernel at i texels from the centre

out vec4 o_density;

void main() {
    ivec2 size = textureSize(u_source, 0);
    ivec2 at = ivec2(gl_FragCoord.xy);
    float sum = texelFetch(u_source, at, 0).r * u_weights[0];
    for (int i = 1; i <= u_radius; ++i) {
        ivec2 a = at + u_step * i, b = at - u_step * i;
        if (a.x < size.x && a.y < size.y) sum += texelFetch(u_source, a, 0).r * u_weights[i];
        if (b.x >= 0 && b.y >= 0) sum += texelFetch(u_source, b, 0).r * u_weights[i];
    }
    o_density = vec4(sum, 0.0, 0.0, 1.0);
}
