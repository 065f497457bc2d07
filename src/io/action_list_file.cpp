#include "io/action_list_file.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "io/action_list_csv.h"
#include "io/csv_reader.h"

namespace wb::io {
namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trimmed(std::string_view text) {
    const size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r") - first + 1));
}

class ActionListFileImport : public ImportJob {
public:
    ActionListFileImport(Database& db, std::string_view bytes, std::string fileName)
        : db_(db), bytes_(bytes), fileName_(std::move(fileName)) {}

    bool step(ImportClock::time_point) override {
        ActionListImportTarget target;
        const size_t slash = fileName_.find_last_of("/\\");
        std::string name = slash == std::string::npos ? fileName_ : fileName_.substr(slash + 1);
        const size_t dot = name.rfind('.');
        if (dot != std::string::npos && dot > 0) name.erase(dot);
        target.newListName = name;
        target.newListLevel = actionListLevelFromFileName(fileName_);
        result_ = importActionListCsv(db_, bytes_, fileName_, target).result;
        return true;
    }
    double progress() const override { return 0; }

private:
    Database& db_;
    std::string_view bytes_;
    std::string fileName_;
};

}  // namespace

bool isActionListCsv(std::string_view bytes) {
    size_t at = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (at < bytes.size() && (bytes[at] == '#' || bytes[at] == '\n' || bytes[at] == '\r')) {
        const size_t end = bytes.find('\n', at);
        if (end == std::string_view::npos) return false;
        at = end + 1;
    }
    const std::string_view rest = bytes.substr(at);
    const std::string_view header = rest.substr(0, rest.find('\n'));
    const char delimiter = detectDelimiter(header);
    std::set<std::string> columns;
    size_t start = 0;
    while (start <= header.size()) {
        const size_t end = std::min(header.find(delimiter, start), header.size());
        std::string name = trimmed(header.substr(start, end - start));
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
        columns.insert(lowered(name));
        start = end + 1;
    }
    for (const char* required : {"code", "phase", "topic", "title_nl"}) {
        if (!columns.count(required)) return false;
    }
    return true;
}

AreaLevel actionListLevelFromFileName(const std::string& fileName) {
    const std::string name = lowered(fileName);
    return name.find("regio") != std::string::npos ? AreaLevel::SafetyRegion : AreaLevel::Municipality;
}

std::string actionListFileName(int64_t listId, AreaLevel level) {
    return std::string("actielijst-") + (level == AreaLevel::SafetyRegion ? "veiligheidsregio-" : "gemeenten-") +
           std::to_string(listId) + ".csv";
}

std::unique_ptr<ImportJob> startActionListImport(Database& db, std::string_view bytes, const std::string& fileName) {
    return std::make_unique<ActionListFileImport>(db, bytes, fileName);
}

}  // namespace wb::io
