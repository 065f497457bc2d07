// page_text INPUT OUTPUT
// Writes INPUT (bytes, here gzip streams) as text that can stand inside an HTML data block
// (<script type="application/octet-stream">) of a UTF-8 page: seven bits per character instead of
// base64's six, so the page carries 1.17 characters per byte instead of 1.33 (the wasm and the
// default database are most of the page). web/files.js reads it back (fromPageText).
//
// The bits of INPUT, first byte first and most significant bit first, are cut into groups of
// seven (the last one padded with zeros). A group is written as the ASCII character of that value,
// except for the three values the HTML parser would not hand back unchanged inside a script
// element: NUL (replaced), CR (turned into LF) and '<' (could start "</script" or "<!--"). Those
// are written as U+00C0, U+00C1 and U+00C2 (two bytes in UTF-8). Characters up to U+00FF keep
// the browser's copy of the page text at one byte a character (with U+0100 and up it held two
// for every character of a part that had one; parsing was slower). The reader needs the byte
// count, which the page keeps beside the text (data-length).
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

constexpr unsigned char kReplaced[] = {0x00, 0x0D, 0x3C};
constexpr unsigned kFirstReplacement = 0xC0;  // web/files.js: PAGE_TEXT_FIRST_REPLACEMENT

void putGroup(std::string& out, unsigned value) {
    for (unsigned i = 0; i < sizeof kReplaced; ++i) {
        if (value == kReplaced[i]) {
            const unsigned codePoint = kFirstReplacement + i;  // U+00C0.. in UTF-8: 0xC3 0x80+i
            out += static_cast<char>(0xC0 | (codePoint >> 6));
            out += static_cast<char>(0x80 | (codePoint & 0x3F));
            return;
        }
    }
    out += static_cast<char>(value);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: page_text INPUT OUTPUT\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "page_text: cannot read %s\n", argv[1]);
        return 1;
    }
    const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
    std::string out;
    out.reserve(bytes.size() * 8 / 7 + bytes.size() / 32 + 16);
    unsigned buffer = 0;  // bits not yet written, at most 6 + 8
    int count = 0;
    for (unsigned char b : bytes) {
        buffer = (buffer << 8) | b;
        count += 8;
        while (count >= 7) {
            count -= 7;
            putGroup(out, (buffer >> count) & 0x7F);
        }
        buffer &= (1u << count) - 1;
    }
    if (count > 0) putGroup(out, (buffer << (7 - count)) & 0x7F);
    std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
    file.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!file) {
        std::fprintf(stderr, "page_text: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
