// build_default_db ASSETS_DIR OUTPUT.sqlite [PAGE.sqlite]
// Builds the database the page opens on start: real geography facts (CBS) from the assets
// folder, plus the example content the dashboard shows until users load their own data.
// OUTPUT is the database itself (the native tests open it); PAGE, when asked for, is the same
// database as the page carries it: without its indexes, which the page builds again at start
// (core/transport_indexes.h).
#include <cstdio>
#include <exception>
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/transport_indexes.h"
#include "default_database.h"

namespace {

void write(const wb::Database& db, const char* path) {
    const auto bytes = db.serialize();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error(std::string("cannot write ") + path);
    std::printf("%s: %zu bytes\n", path, bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: build_default_db ASSETS_DIR OUTPUT.sqlite [PAGE.sqlite]\n");
        return 2;
    }
    try {
        wb::Database db = wb::tools::buildDefaultDatabase(argv[1]);
        write(db, argv[2]);
        if (argc == 4) {
            wb::deferIndexes(db);
            // VACUUM moves every row into new pages; with secure_delete the room a row left behind
            // is zeroed instead of keeping stale bytes, which gzip would have to carry (-3%).
            db.exec("PRAGMA secure_delete = ON");
            db.exec("VACUUM");
            write(db, argv[3]);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "build_default_db: %s\n", e.what());
        return 1;
    }
    return 0;
}
