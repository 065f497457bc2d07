#include <gtest/gtest.h>

#include "app_test_support.h"

#include <regex>

#include "views/accessible_view.h"
#include "io/html_writer.h"

using namespace wb;

namespace {

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST(HtmlWriter, EscapesTextAndAttributesAndRefusesUnclosedElements) {
    io::HtmlWriter html;
    html.open("p", {{"title", "a\"b<c>"}}).text("<img src=x onerror=alert(1)> & 'x'").close();
    EXPECT_EQ(html.html(), "<p title=\"a&quot;b&lt;c&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39;</p>");
    io::HtmlWriter open;
    open.open("div");
    EXPECT_THROW(open.html(), std::logic_error);
}

TEST(AccessibleView, ListsTheMapFiguresOfTheSelectionWithHeadersAndCaptions) {
    AppState app;
    test::openDefaultData(app);
    app.select("VR01");
    const std::string html = accessibleViewHtml(app, Language::Dutch);
    EXPECT_NE(html.find("<h1 id=\"a11y-title\" tabindex=\"-1\">Weerbaar – toegankelijke weergave</h1>"), std::string::npos);
    EXPECT_NE(html.find("Geselecteerd: Groningen (VR01), veiligheidsregio."), std::string::npos);
    // The map and the indicators: two tables; the features' sections follow with their own.
    const std::string mapAndIndicators = html.substr(0, html.find("<section", html.find("id=\"a11y-indicators\"")));
    EXPECT_EQ(count(mapAndIndicators, "<caption>"), 2u);
    EXPECT_EQ(count(html, "<th scope=\"row\"><button type=\"button\" data-select=\"GM"), 10u);  // the region's municipalities
    EXPECT_NE(html.find("data-select=\"GM0014\""), std::string::npos);
    EXPECT_EQ(html.find("data-select=\"GM0363\""), std::string::npos);  // Amsterdam is elsewhere
    const std::string english = accessibleViewHtml(app, Language::English);
    EXPECT_NE(english.find("Selected: Groningen (VR01), safety region."), std::string::npos);
}

TEST(AccessibleView, EscapesNamesFromImportedDataAndSuppressesSmallCounts) {
    AppState app;
    test::openDefaultData(app);
    app.db.exec("UPDATE area SET name = '<img src=x onerror=alert(1)>' WHERE code = 'GM0014'");
    app.open(std::move(app.db));
    app.showIndicator("home_ventilation");
    app.select("VR01");
    const std::string html = accessibleViewHtml(app, Language::Dutch);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_NE(html.find("<td>&lt;5</td>"), std::string::npos);
}
