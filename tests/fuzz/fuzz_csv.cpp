// libFuzzer target: wb::CsvReader over arbitrary bytes, every record read. The first byte picks the
// delimiter (detected, ',', ';' or tab) and whether '#' starts a comment, so all paths are reached.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "io/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    static constexpr char kDelimiters[] = {0, ',', ';', '\t'};
    const char delimiter = kDelimiters[data[0] & 3];
    const char comment = (data[0] & 4) ? '#' : 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        wb::CsvReader reader(text, delimiter, comment);
        std::vector<std::string_view> fields;
        size_t previousPosition = 0;
        while (reader.next(fields)) {
            // Every field must lie inside the input or the reader's own storage; touching each byte
            // lets AddressSanitizer check that.
            size_t sum = 0;
            for (std::string_view field : fields)
                for (char c : field) sum += static_cast<unsigned char>(c);
            (void)sum;
            if (reader.position() < previousPosition || reader.position() > text.size()) __builtin_trap();
            previousPosition = reader.position();
        }
    } catch (const wb::CsvError&) {
        // Malformed input is expected; only crashes, sanitizer reports and hangs are findings.
    }
    return 0;
}
