// Reads the page's text form of bytes back (tools/embed/page_text_encoding.h). Compiled on its own
// into a small wasm module (cmake/web.cmake) that web/files.js runs on the page's data blocks before
// the program's own module exists; natively for the unit tests.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// Decodes the ASCII text `text[0, textLength)` into `out[0, outLength)`. Returns outLength once all
// bytes are written; fewer (>= 0) when the text ends first; -(1 + i) when text[i] is a character
// the encoding never writes (not ASCII, or an escape not followed by '0'-'3').
int weerbaar_decode_page_text(const unsigned char* text, int textLength, unsigned char* out, int outLength);

#ifdef __cplusplus
}
#endif
