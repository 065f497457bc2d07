#version 300 es
// The vertex colour times the texture: the font atlas (white glyphs) or an image (the map).
precision mediump float;

uniform sampler2D u_texture;

in vec2 v_uv;
in vec4 v_colour;

out vec4 fragColour;

void main() {
    fragColour = v_colour * texture(u_texture, v_uv);
}
