// libFuzzer target: the CSV path of an indicator import over arbitrary bytes. The text is decoded
// as the import decodes it (io/text_encoding.h: UTF-8, UTF-16 with a byte-order mark, else
// Windows-1252), then wb::CsvReader reads every record, and every field goes through the number
// parser and the indicator-id slug as a cell would. The first byte picks the delimiter (detected,
// ',', ';' or tab), whether '#' starts a comment and the decimal separator, so all paths are reached.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "io/csv_reader.h"
#include "io/import_error.h"
#include "io/indicator_ids.h"
#include "io/number_parser.h"
#include "io/text_encoding.h"

namespace {

void check(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    static constexpr char kDelimiters[] = {0, ',', ';', '\t'};
    const char delimiter = kDelimiters[data[0] & 3];
    const char comment = (data[0] & 4) ? '#' : 0;
    const char decimal = (data[0] & 8) ? ',' : '.';
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    wb::io::DecodedText decoded;
    try {
        decoded = wb::io::decodeText(bytes);
    } catch (const wb::io::ImportError&) {
        return 0;  // broken UTF-16: refused with its place
    }
    const std::string_view text = decoded.text();
    check(wb::io::isValidUtf8(text));  // whatever came in, the readers get UTF-8
    try {
        wb::CsvReader reader(text, delimiter, comment);
        std::vector<std::string_view> fields;
        size_t previousPosition = 0;
        while (reader.next(fields)) {
            // Every field must lie inside the input or the reader's own storage; touching each byte
            // lets AddressSanitizer check that.
            size_t sum = 0;
            for (std::string_view field : fields) {
                for (char c : field) sum += static_cast<unsigned char>(c);
                if (const auto value = wb::io::parseSpreadsheetNumber(field, decimal)) check(std::isfinite(*value));
                if (field.size() <= wb::io::kMaxNameCharacters) check(!wb::io::indicatorSlug(field).empty());
            }
            (void)sum;
            if (reader.position() < previousPosition || reader.position() > text.size()) __builtin_trap();
            previousPosition = reader.position();
        }
    } catch (const wb::CsvError&) {
        // Malformed input is expected; only crashes, sanitizer reports and hangs are findings.
    }
    return 0;
}
