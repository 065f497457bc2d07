// Writing HTML text safely. Every piece of text from the database goes through text(), which
// escapes it: names come from imported files and are untrusted (a municipality called
// "<img src=x onerror=alert(1)>" must appear as those characters). Markup is only ever written by
// the program itself: tag and attribute names are constants in the calling code.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wb::io {

// Escapes &, <, >, " and ' so the text is safe in element content and in quoted attribute values.
std::string escapeHtml(std::string_view text);

class HtmlWriter {
public:
    using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    HtmlWriter& open(std::string_view tag, Attributes attributes = {});
    HtmlWriter& close();  // the most recently opened element
    HtmlWriter& text(std::string_view text);
    // open(tag, attributes), text(content), close()
    HtmlWriter& element(std::string_view tag, std::string_view content, Attributes attributes = {});

    // An element without content or end tag (img, meta, br).
    HtmlWriter& voidElement(std::string_view tag, Attributes attributes = {});

    // The text so far; every opened element must be closed.
    const std::string& html() const;

private:
    std::string out_;
    std::vector<std::string> open_;
};

// A whole self-contained page: doctype, <html lang>, UTF-8, the title (escaped), a <style> with
// `css` (the program's own constant text, written as is) and the body's HTML.
std::string htmlPage(std::string_view languageCode, std::string_view title, std::string_view css, const HtmlWriter& body);

}  // namespace wb::io
