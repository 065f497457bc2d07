// page_text INPUT OUTPUT
// Writes INPUT (bytes, here gzip streams) as the page's text form (page_text_encoding.h), for a
// data block of dist/index.html (cmake/assemble_page.cmake puts it there).
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "page_text_encoding.h"

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
    const std::string text = wb::embed::encodePageText(bytes);
    std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!file) {
        std::fprintf(stderr, "page_text: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
