#include "page_text_decoder.h"

#include <stdint.h>

// Eight characters, none of them an escape (0x7F) or beyond ASCII: a high bit in any byte of the
// sum marks one (a byte below 0x7F stays below 0x80 when one is added, and no carry crosses bytes).
static int allPlain(uint64_t eight) {
    return ((((eight & 0x7F7F7F7F7F7F7F7FULL) + 0x0101010101010101ULL) | eight) & 0x8080808080808080ULL) == 0;
}

// The value an escape's second character stands for (the table in page_text_encoding.h).
static int escapedValue(unsigned digit) {
    switch (digit) {
        case '0': return 0x00;
        case '1': return 0x0D;
        case '2': return 0x3C;
        case '3': return 0x7F;
        default: return -1;
    }
}

#ifdef __wasm__
__attribute__((export_name("decode")))
#endif
int weerbaar_decode_page_text(const unsigned char* text, int textLength, unsigned char* out, int outLength) {
    uint32_t bits = 0;  // read but not yet written: `count` bits, at most 6 + 7
    int count = 0;
    int i = 0, n = 0;
    while (n < outLength) {
        // Eight values make seven whole bytes: where they start on a byte and are eight plain
        // characters (most of the text), they are written at once.
        if (count == 0 && textLength - i >= 8 && outLength - n >= 7) {
            uint64_t eight;
            __builtin_memcpy(&eight, text + i, 8);  // little-endian: text[i] is the low byte
            if (allPlain(eight)) {
                uint64_t group = 0;
                for (int k = 0; k < 8; ++k) group = (group << 7) | ((eight >> (8 * k)) & 0x7F);
                for (int k = 0; k < 7; ++k) out[n + k] = (unsigned char)(group >> (8 * (6 - k)));
                i += 8;
                n += 7;
                continue;
            }
        }
        if (i >= textLength) break;
        int value = text[i++];
        if (value >= 0x80) return -i;  // -(1 + its index)
        if (value == 0x7F) {
            if (i >= textLength) break;
            value = escapedValue(text[i++]);
            if (value < 0) return -i;
        }
        bits = (bits << 7) | (uint32_t)value;
        count += 7;
        if (count >= 8) {
            count -= 8;
            out[n++] = (unsigned char)(bits >> count);
            bits &= (1u << count) - 1;
        }
    }
    return n;
}
