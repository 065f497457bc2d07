#version 300 es
// Dear ImGui's triangles: positions in framebuffer-independent display units (ImDrawData's
// DisplayPos..DisplayPos+DisplaySize), a texture coordinate and a colour per vertex.
precision highp float;

layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;   // normalised bytes, straight alpha

uniform mat4 u_projection;               // display units -> clip space, y down

out vec2 v_uv;
out vec4 v_colour;

void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = u_projection * vec4(a_position, 0.0, 1.0);
}
