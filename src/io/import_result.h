// What an import reports back: where the rows went, how many, one line for the user.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wb::io {

struct ImportResult {
    std::string table;                    // the table that received the rows
    int64_t rows = 0;                     // values (or features) stored
    std::vector<std::string> indicators;  // indicator ids touched (for indicator imports)
    std::string message;                  // one line for the user
    bool replacedDatabase = false;        // a .sqlite file was opened in place of the working database
};

}  // namespace wb::io
