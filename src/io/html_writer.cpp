#include "io/html_writer.h"

#include <stdexcept>

namespace wb::io {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

HtmlWriter& HtmlWriter::open(std::string_view tag, Attributes attributes) {
    out_ += '<';
    out_ += tag;
    for (const auto& [name, value] : attributes) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        out_ += escapeHtml(value);
        out_ += '"';
    }
    out_ += '>';
    open_.emplace_back(tag);
    return *this;
}

HtmlWriter& HtmlWriter::voidElement(std::string_view tag, Attributes attributes) {
    open(tag, attributes);
    open_.pop_back();
    return *this;
}

HtmlWriter& HtmlWriter::close() {
    if (open_.empty()) throw std::logic_error("HtmlWriter: close() without an open element");
    out_ += "</" + open_.back() + ">";
    open_.pop_back();
    return *this;
}

HtmlWriter& HtmlWriter::text(std::string_view text) {
    out_ += escapeHtml(text);
    return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::string_view content, Attributes attributes) {
    return open(tag, attributes).text(content).close();
}

const std::string& HtmlWriter::html() const {
    if (!open_.empty()) throw std::logic_error("HtmlWriter: <" + open_.back() + "> is not closed");
    return out_;
}

std::string htmlPage(std::string_view languageCode, std::string_view title, std::string_view css, const HtmlWriter& body) {
    std::string page = "<!doctype html>\n<html lang=\"";
    page += escapeHtml(languageCode);
    page += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>";
    page += escapeHtml(title);
    page += "</title><style>";
    page += css;
    page += "</style></head><body>";
    page += body.html();
    page += "</body></html>\n";
    return page;
}

}  // namespace wb::io
