#version 300 es
// Area fill and outlines. A feature colour with alpha below 1 asks for hatching (a suppressed
// small count): diagonal stripes in screen space, readable without colour and in greyscale print.
precision mediump float;

flat in vec4 v_colour;
out vec4 o_colour;

uniform vec4 u_solidColour;   // outlines: one colour for every feature; alpha 0 = use the feature's
uniform vec3 u_hatchColour;

void main() {
    if (u_solidColour.a > 0.0) {
        o_colour = u_solidColour;
        return;
    }
    vec3 colour = v_colour.rgb;
    if (v_colour.a < 0.99) {
        float stripe = step(fract((gl_FragCoord.x + gl_FragCoord.y) / 7.0), 0.3);
        colour = mix(colour, u_hatchColour, stripe);
    }
    o_colour = vec4(colour, 1.0);
}
