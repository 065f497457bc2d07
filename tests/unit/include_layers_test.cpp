// The house has one direction. Each folder of src/ is a layer and may include only the layers
// below it:
//
//     app -> ui -> views -> {render, io} -> core -> geo
//
// app is the shell (main loop, browser bridge, benchmarks); ui the Dear ImGui panels; views what a
// workspace shows, without ImGui; render the WebGL renderer; io the readers and writers; core the
// database and the domain; geo plain geometry. render and io do not know each other. Below ui no
// file includes ImGui, SDL, GL or Emscripten, so everything from views down builds and is tested
// natively. This test reads every #include in src/ and fails on one that points the wrong way.
#include <gtest/gtest.h>

#include "test_support.h"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

const std::map<std::string, std::set<std::string>>& layersBelow() {
    static const std::map<std::string, std::set<std::string>> below = {
        {"app", {"ui", "views", "render", "io", "core", "geo"}},
        {"ui", {"views", "render", "io", "core", "geo"}},
        {"views", {"render", "io", "core", "geo"}},
        {"render", {"core", "geo"}},
        {"io", {"core", "geo"}},
        {"core", {"geo"}},
        {"geo", {}},
    };
    return below;
}

// Platform headers (by the start of their name) that only the shell, the panels and the renderer use.
bool isPlatformHeader(std::string_view header) {
    for (std::string_view prefix : {"imgui", "SDL", "GLES", "GL/", "emscripten", "webgl"})
        if (header.substr(0, prefix.size()) == prefix) return true;
    return false;
}

bool platformAllowed(const std::string& layer) { return layer == "app" || layer == "ui" || layer == "render"; }

// The includes of `text` (a file in `layer`) that break the rule, as "line N: <what>".
std::vector<std::string> wrongIncludes(const std::string& layer, std::string_view text) {
    std::vector<std::string> wrong;
    const auto& below = layersBelow().at(layer);
    int lineNumber = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        const size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos || line.substr(first, 8) != "#include") continue;
        const size_t open = line.find_first_of("\"<", first + 8);
        if (open == std::string_view::npos) continue;
        const char close = line[open] == '"' ? '"' : '>';
        const size_t stop = line.find(close, open + 1);
        if (stop == std::string_view::npos) continue;
        const std::string header(line.substr(open + 1, stop - open - 1));
        const std::string where = "line " + std::to_string(lineNumber) + ": " + header;
        if (close == '>') {
            if (isPlatformHeader(header) && !platformAllowed(layer)) wrong.push_back(where + " (platform header)");
            continue;
        }
        const size_t slash = header.find('/');
        if (slash == std::string::npos) continue;  // a neighbour in the same folder
        const std::string target = header.substr(0, slash);
        if (target == layer || !layersBelow().count(target)) continue;
        if (!below.count(target)) wrong.push_back(where + " (" + layer + " may not include " + target + ")");
    }
    return wrong;
}

TEST(IncludeLayers, EveryIncludeInSrcPointsDown) {
    namespace fs = std::filesystem;
    const fs::path src = fs::path(WEERBAAR_SOURCE_DIR) / "src";
    size_t filesRead = 0;
    std::vector<std::string> wrong;
    for (const auto& folder : fs::directory_iterator(src)) {
        if (!folder.is_directory()) continue;
        const std::string layer = folder.path().filename().string();
        ASSERT_TRUE(layersBelow().count(layer)) << "src/" << layer << " is not a known layer: add it to the "
                                                << "table in this test and to the README's architecture table";
        for (const auto& file : fs::recursive_directory_iterator(folder.path())) {
            if (!file.is_regular_file()) continue;
            const std::string ext = file.path().extension().string();
            if (ext != ".h" && ext != ".cpp") continue;
            ++filesRead;
            for (const auto& w : wrongIncludes(layer, wb::test::readFile(file.path().string())))
                wrong.push_back(fs::relative(file.path(), src).string() + " " + w);
        }
    }
    EXPECT_GT(filesRead, 200u);  // the walk really read the tree
    EXPECT_TRUE(wrong.empty()) << [&] {
        std::string all;
        for (const auto& w : wrong) all += "\n  " + w;
        return all;
    }();
}

TEST(IncludeLayers, ReportsUpwardAndPlatformIncludes) {
    const std::string text =
        "// #include \"views/app_state.h\" in a comment does not count\n"
        "#include \"core/database.h\"\n"
        "#include \"io/import_error.h\"\n"
        "  #include \"views/map_model.h\"\n"
        "#include <imgui.h>\n"
        "#include <vector>\n"
        "#include \"neighbour.h\"\n";
    const auto wrong = wrongIncludes("core", text);
    ASSERT_EQ(wrong.size(), 3u);
    EXPECT_EQ(wrong[0], "line 3: io/import_error.h (core may not include io)");
    EXPECT_EQ(wrong[1], "line 4: views/map_model.h (core may not include views)");
    EXPECT_EQ(wrong[2], "line 5: imgui.h (platform header)");
    EXPECT_TRUE(wrongIncludes("app", text).empty());
    EXPECT_EQ(wrongIncludes("render", "#include \"io/csv_reader.h\"\n").size(), 1u);  // siblings stay apart
    EXPECT_EQ(wrongIncludes("io", "#include \"render/gl.h\"\n").size(), 1u);
}

}  // namespace
