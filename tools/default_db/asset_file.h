// Reading one file of the assets folder whole; the builder stops with the path when it cannot.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace wb::tools {

inline std::string readAssetFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace wb::tools
