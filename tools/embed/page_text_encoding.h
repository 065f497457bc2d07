// The page's text form of bytes: how the wasm and the default database (gzip streams) stand inside
// the HTML data blocks (<script type="application/octet-stream" data-text="ascii7">) of dist/index.html.
//
// The bits of the input, first byte first and most significant bit first, are cut into groups of
// seven (the last one padded with zeros). A group is written as the ASCII character of its value,
// except for four values, each written as two characters, 0x7F and a digit:
//   NUL  (the HTML parser replaces it)            -> 0x7F '0'
//   CR   (the parser turns it into LF)            -> 0x7F '1'
//   '<'  (could start "</script" or "<!--")       -> 0x7F '2'
//   0x7F (the escape itself)                      -> 0x7F '3'
// So the text is plain ASCII: the browser decodes the page (UTF-8) on its fast ASCII path and keeps
// it at one byte a character, 1.18 characters per byte of data against base64's 1.33. The reader
// needs the byte count, which the page keeps beside the text (data-length).
//
// Read back by web/page_text_decoder.c (compiled to a small wasm module that web/files.js runs).
#pragma once

#include <string>
#include <vector>

namespace wb::embed {

constexpr char kPageTextEscape = 0x7F;
constexpr unsigned char kPageTextEscaped[] = {0x00, 0x0D, 0x3C, 0x7F};  // written as escape, '0' + index

std::string encodePageText(const std::vector<unsigned char>& bytes);

}  // namespace wb::embed
