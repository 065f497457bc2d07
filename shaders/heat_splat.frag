#version 300 es
precision highp float;

in float v_weight;
out vec4 o_density;

void main() {
    o_density = vec4(v_weight, 0.0, 0.0, 1.0);
}
