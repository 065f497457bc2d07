// SHA-256 (FIPS 180-4), for the content hash in an exchange file's manifest: the receiver
// recomputes it over the rows it read, so a file whose rows were altered after it was made is
// refused even before its signature is looked at. Small and dependency-free so the native tests
// and the page compute the same digest.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace wb {

class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    std::array<uint8_t, 32> finish();  // the object is spent afterwards
    std::string finishHex();           // lower-case hex, 64 characters

private:
    void compress(const uint8_t* block);
    std::array<uint32_t, 8> state_;
    uint8_t buffer_[64];
    size_t buffered_ = 0;
    uint64_t totalBytes_ = 0;
};

std::string sha256Hex(std::string_view data);
std::string sha256Hex(const void* data, size_t size);

}  // namespace wb
