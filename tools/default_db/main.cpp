// build_default_db ASSETS_DIR OUTPUT.sqlite
// Builds the database the page opens on start: real geography facts (CBS) from the assets
// folder, plus the example content the dashboard shows until users load their own data.
#include <cstdio>
#include <exception>
#include <fstream>
#include <stdexcept>
#include <string>

#include "default_database.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: build_default_db ASSETS_DIR OUTPUT.sqlite\n");
        return 2;
    }
    try {
        const wb::Database db = wb::tools::buildDefaultDatabase(argv[1]);
        const auto bytes = db.serialize();
        std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        if (!out) throw std::runtime_error(std::string("cannot write ") + argv[2]);
        std::printf("default database: %zu bytes\n", bytes.size());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "build_default_db: %s\n", e.what());
        return 1;
    }
    return 0;
}
