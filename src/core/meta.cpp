#include "core/meta.h"

namespace wb {

std::optional<std::string> metaValue(const Database& db, std::string_view key) {
    Statement st = db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return st.getText(0);
}

bool hasExampleContent(const Database& db) { return metaValue(db, "example_content") == std::optional<std::string>("1"); }

std::string exampleContentNotice(const Database& db, Language language) {
    return metaValue(db, language == Language::English ? "example_notice_en" : "example_notice_nl").value_or("");
}

}  // namespace wb
