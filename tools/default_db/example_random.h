// The random numbers behind the example content: a small splitmix64 generator, one stream per
// topic and key (usually an area code). Seeding per (topic, key) keeps every area's content the
// same whatever else is generated or in which order, and byte-identical from run to run.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace wb::tools {

class ExampleRandom {
public:
    ExampleRandom(std::string_view topic, std::string_view key) : state_(seedFor(topic, key)) {}

    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1), from the top 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi] (both included).
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<uint64_t>(hi - lo + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    // Rounds up with probability equal to the fraction, so expected counts add up over many areas.
    int64_t roundRandomly(double value) {
        const double whole = static_cast<double>(static_cast<int64_t>(value));
        return static_cast<int64_t>(whole) + (chance(value - whole) ? 1 : 0);
    }
    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[next() % items.size()];
    }

private:
    // FNV-1a over "topic/key".
    static uint64_t seedFor(std::string_view topic, std::string_view key) {
        uint64_t h = 0xCBF29CE484222325ull;
        auto mix = [&h](std::string_view text) {
            for (unsigned char c : text) h = (h ^ c) * 0x100000001B3ull;
        };
        mix(topic);
        mix("/");
        mix(key);
        return h;
    }
    uint64_t state_;
};

}  // namespace wb::tools
