#include "io/csv_reader.h"

namespace wb {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace

char detectDelimiter(std::string_view text) {
    if (text.substr(0, 3) == kUtf8Bom) text.remove_prefix(3);
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

CsvReader::CsvReader(std::string_view text, char delimiter, char commentPrefix)
    : text_(text), delimiter_(delimiter ? delimiter : detectDelimiter(text)), comment_(commentPrefix) {
    if (text_.substr(0, 3) == kUtf8Bom) pos_ = 3;
}

std::string_view CsvReader::parseQuoted() {
    // pos_ is just after the opening quote.
    const size_t start = pos_;
    const int startLine = line_;
    size_t end = text_.find('"', pos_);
    bool needsCopy = false;
    while (true) {
        if (end == std::string_view::npos) throw CsvError(startLine, "a quoted field is never closed");
        for (size_t i = pos_; i < end; ++i) line_ += text_[i] == '\n';
        if (end + 1 < text_.size() && text_[end + 1] == '"') {  // doubled quote: literal "
            needsCopy = true;
            pos_ = end + 2;
            end = text_.find('"', pos_);
            continue;
        }
        pos_ = end + 1;
        break;
    }
    std::string_view raw = text_.substr(start, end - start);
    if (!needsCopy) return raw;
    if (unescapedUsed_ == unescaped_.size()) unescaped_.emplace_back();
    std::string& out = unescaped_[unescapedUsed_++];
    out.clear();
    for (size_t i = 0; i < raw.size(); ++i) {
        out += raw[i];
        if (raw[i] == '"') ++i;  // skip the second quote of a pair
    }
    return out;
}

bool CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    unescapedUsed_ = 0;
    // Skip blank lines and comment lines between records.
    while (pos_ < text_.size()) {
        const char c = text_[pos_];
        if (c == '\n') {
            ++pos_;
            ++line_;
        } else if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            pos_ += 2;
            ++line_;
        } else if (comment_ && c == comment_) {
            const size_t eol = text_.find('\n', pos_);
            pos_ = eol == std::string_view::npos ? text_.size() : eol;
        } else {
            break;
        }
    }
    if (pos_ >= text_.size()) return false;
    recordLine_ = line_;

    while (true) {
        std::string_view field;
        if (pos_ < text_.size() && text_[pos_] == '"') {
            ++pos_;
            field = parseQuoted();
            // After a closing quote only a delimiter or the end of the line may follow.
            if (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' &&
                !(text_[pos_] == '\r' && (pos_ + 1 == text_.size() || text_[pos_ + 1] == '\n'))) {
                throw CsvError(line_, "unexpected text after a closing quote in field " +
                                          std::to_string(fields.size() + 1));
            }
        } else {
            const size_t start = pos_;
            while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n') ++pos_;
            size_t end = pos_;
            if (end > start && text_[end - 1] == '\r') --end;
            field = text_.substr(start, end - start);
        }
        fields.push_back(field);
        if (pos_ >= text_.size()) return true;
        const char c = text_[pos_];
        if (c == delimiter_) {
            ++pos_;
            continue;
        }
        if (c == '\r') ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '\n') {
            ++pos_;
            ++line_;
        }
        return true;
    }
}

}  // namespace wb
