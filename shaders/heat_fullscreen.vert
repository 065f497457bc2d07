#version 300 es
// One triangle covering the target (no vertex buffer: positions from gl_VertexID), for the
// heat map's reduction and colour passes.
precision highp float;

out vec2 v_uv;

void main() {
    vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));  // (0,0) (2,0) (0,2)
    v_uv = p;
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
