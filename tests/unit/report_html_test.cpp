// The board report page and its CSV (views/report_html.h), the report's strings, the accessible
// costs and practices sections.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "app_test_support.h"

#include "views/accessible_costs.h"
#include "views/report_html.h"
#include "core/costs.h"
#include "views/strings_report.h"

using namespace wb;

namespace {

// The CSV's rows (English style: ',' and '.'), keyed "section|list|code|figure" -> value text.
std::map<std::string, std::string> csvFigures(const std::string& csv) {
    std::map<std::string, std::string> out;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> fields;
        std::string field;
        bool quoted = false;
        for (char c : line) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.push_back(field); field.clear(); }
            else field += c;
        }
        fields.push_back(field);
        if (fields.size() == 6) out[fields[0] + "|" + fields[1] + "|" + fields[2] + "|" + fields[4]] = fields[5];
    }
    return out;
}

class ReportPage : public ::testing::Test {
protected:
    Database db = test::openDefaultDatabase();
    AreaDirectory areas = AreaDirectory::load(db, kDefaultDivisionYear);
};

}  // namespace

TEST(ReportStrings, TableIsCompleteInBothLanguages) {
    EXPECT_TRUE(ui::reportTableIsInEnumOrder());
    for (size_t i = 0; i < static_cast<size_t>(ui::ReportText::Count_); ++i) {
        const auto id = static_cast<ui::ReportText>(i);
        EXPECT_STRNE(ui::translation(id, Language::Dutch), "") << i;
        EXPECT_STRNE(ui::translation(id, Language::English), "") << i;
    }
}

TEST(Base64, EncodesLikeRfc4648) {
    EXPECT_EQ(base64Encode(""), "");
    EXPECT_EQ(base64Encode("f"), "Zg==");
    EXPECT_EQ(base64Encode("fo"), "Zm8=");
    EXPECT_EQ(base64Encode("foo"), "Zm9v");
    EXPECT_EQ(base64Encode("foobar"), "Zm9vYmFy");
    EXPECT_EQ(base64Encode(std::string("\x89PNG\xff", 5)), "iVBOR/8=");
}

TEST_F(ReportPage, CsvHoldsTheFiguresOfTheRegion) {
    const ReportDocument report = makeReport(db, areas, "VR09", "2025-09-30", "", Language::English);
    const ReportFigures figures = reportFigures(db, areas, "VR09", "2025-09-30");
    const auto csv = csvFigures(report.csv);
    ASSERT_FALSE(figures.lists.empty());
    const auto& list = figures.lists.front();
    EXPECT_EQ(std::stod(csv.at("scope|municipalities|VR09|done")), list.progress.overall.done);
    EXPECT_NEAR(std::stod(csv.at("scope|municipalities|VR09|percent_done")), *list.progress.overall.percentDone(), 1e-4);
    ASSERT_FALSE(list.children.empty());
    for (const AreaProgress& child : list.children) {
        EXPECT_EQ(std::stod(csv.at("area|municipalities|" + child.areaCode + "|measures")), child.overall.measures);
    }
    // Costs: the members and the region's own costs make up its total.
    double members = 0;
    for (const ScopeCosts& c : figures.childCosts) members += std::stod(csv.at("costs_area||" + c.areaCode + "|total_eur"));
    EXPECT_NEAR(members + std::stod(csv.at("costs_scope||VR09|own_eur")), std::stod(csv.at("costs_scope||VR09|total_eur")), 1.0);
    EXPECT_EQ(report.baseName, "progress-report-VR09-2025-09-30");
}

TEST_F(ReportPage, HtmlIsOnePrintablePageWithEscapedNames) {
    db.exec("UPDATE area SET name = '<img src=x onerror=alert(1)>' WHERE code = 'GM0344'");
    areas = AreaDirectory::load(db, kDefaultDivisionYear);
    const std::string png("\x89PNG\r\n\x1a\n", 8);
    const ReportDocument report = makeReport(db, areas, "VR09", "2025-09-30", png, Language::Dutch);
    EXPECT_EQ(report.html.rfind("<!doctype html>", 0), 0u);
    EXPECT_NE(report.html.find("@page"), std::string::npos);
    EXPECT_NE(report.html.find("src=\"data:image/png;base64,iVBORw0KGgo=\""), std::string::npos);
    EXPECT_NE(report.html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_EQ(report.html.find("<img src=x"), std::string::npos);
    EXPECT_NE(report.html.find("<svg"), std::string::npos);
    EXPECT_NE(report.html.find("Voortgangsrapportage"), std::string::npos);
    // Dutch CSV: ';' between fields.
    EXPECT_EQ(report.csv.find("onderdeel;lijst;code;naam;cijfer;waarde"), 3u);  // after the BOM
}

TEST_F(ReportPage, TheNextReportShowsTheChangeSinceTheSnapshot) {
    const ReportFigures before = reportFigures(db, areas, "VR09", "2025-03-31");
    saveReportSnapshot(db, "VR09", "2025-03-31", before);
    const ReportDocument report = makeReport(db, areas, "VR09", "2025-09-30", "", Language::English);
    const auto csv = csvFigures(report.csv);
    const ReportFigures now = reportFigures(db, areas, "VR09", "2025-09-30");
    const double expected = *now.lists.front().progress.overall.percentDone() - *before.lists.front().progress.overall.percentDone();
    EXPECT_GT(expected, 1.0);  // the example's statuses move between the two days
    EXPECT_NEAR(std::stod(csv.at("scope|municipalities|VR09|change_snapshot_points")), expected, 1e-4);
    EXPECT_NE(report.html.find("Since snapshot 31 Mar 2025"), std::string::npos);
    EXPECT_THROW(makeReport(db, areas, "XX99", "2025-09-30", "", Language::English), std::invalid_argument);
    EXPECT_THROW(makeReport(db, areas, "VR09", "30-09-2025", "", Language::English), std::invalid_argument);
}

TEST(AccessibleCosts, SectionsHoldTheCostTableAndThePractices) {
    AppState app;
    test::openDefaultData(app);
    app.select("VR09");
    const std::string html = accessibleViewHtml(app, Language::Dutch);
    EXPECT_NE(html.find("id=\"a11y-costs\""), std::string::npos);
    EXPECT_NE(html.find("id=\"a11y-practices\""), std::string::npos);
    EXPECT_NE(html.find("Eigen kosten van"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\""), std::string::npos);
}

TEST(HtmlPage, WrapsTheBodyWithEscapedTitleAndVoidElements) {
    io::HtmlWriter body;
    body.voidElement("img", {{"src", "a\"b"}, {"alt", "<x>"}}).element("p", "tekst");
    EXPECT_EQ(body.html(), "<img src=\"a&quot;b\" alt=\"&lt;x&gt;\"><p>tekst</p>");
    const std::string page = io::htmlPage("nl", "A & <B>", "p { color: red; }", body);
    EXPECT_EQ(page.rfind("<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">", 0), 0u);
    EXPECT_NE(page.find("<title>A &amp; &lt;B&gt;</title><style>p { color: red; }</style>"), std::string::npos);
    EXPECT_NE(page.find("<body><img src="), std::string::npos);
}
