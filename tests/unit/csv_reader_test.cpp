#include <gtest/gtest.h>

#include "io/csv_reader.h"

using namespace wb;

namespace {

std::vector<std::vector<std::string>> readAll(std::string_view text, char delimiter = 0) {
    CsvReader reader(text, delimiter);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string_view> fields;
    while (reader.next(fields)) rows.emplace_back(fields.begin(), fields.end());
    return rows;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST(CsvReader, DetectsTheDelimiterFromTheHeader) {
    EXPECT_EQ(detectDelimiter("a,b,c\n1;2;3"), ',');
    EXPECT_EQ(detectDelimiter("Regio's;Perioden;\"Inwoners, totaal\"\n"), ';');
    EXPECT_EQ(detectDelimiter("a\tb\tc\n"), '\t');
    EXPECT_EQ(detectDelimiter("\xEF\xBB\xBF" "a;b\n"), ';');
}

TEST(CsvReader, ReadsQuotedFieldsWithDelimitersQuotesAndLineBreaks) {
    EXPECT_EQ(readAll("name,note\n\"Bergen (NH.)\",\"says \"\"hi\"\", ok\"\n\"two\nlines\",x\n"),
              (Rows{{"name", "note"}, {"Bergen (NH.)", "says \"hi\", ok"}, {"two\nlines", "x"}}));
}

TEST(CsvReader, HandlesBomCrlfBlankLinesAndEmptyFields) {
    EXPECT_EQ(readAll("\xEF\xBB\xBF" "a;b;c\r\n1;;3\r\n\r\n;;\r\n"), (Rows{{"a", "b", "c"}, {"1", "", "3"}, {"", "", ""}}));
}

TEST(CsvReader, ReportsTheLineOfAnUnclosedQuote) {
    CsvReader reader("a,b\n1,2\n3,\"open\n4,5\n");
    std::vector<std::string_view> fields;
    ASSERT_TRUE(reader.next(fields));
    ASSERT_TRUE(reader.next(fields));
    try {
        reader.next(fields);
        FAIL() << "expected CsvError";
    } catch (const CsvError& e) {
        EXPECT_EQ(e.line(), 3);
        EXPECT_NE(std::string(e.what()).find("never closed"), std::string::npos);
    }
}

TEST(CsvReader, RejectsTextAfterAClosingQuote) {
    CsvReader reader("a,b\n\"x\"y,2\n");
    std::vector<std::string_view> fields;
    ASSERT_TRUE(reader.next(fields));
    EXPECT_THROW(reader.next(fields), CsvError);
}

TEST(CsvReader, CountsLinesAcrossQuotedLineBreaks) {
    CsvReader reader("h\n\"a\nb\"\nc\n");
    std::vector<std::string_view> fields;
    reader.next(fields);
    reader.next(fields);
    reader.next(fields);
    EXPECT_EQ(fields[0], "c");
    EXPECT_EQ(reader.line(), 4);
}

TEST(CsvReader, SkipsCommentLinesWhenAsked) {
    CsvReader reader("# source: CBS\na,b\n1,2\n", ',', '#');
    std::vector<std::string_view> fields;
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields[0], "a");
    EXPECT_EQ(reader.line(), 2);
}

TEST(CsvReader, LastLineWithoutNewline) {
    EXPECT_EQ(readAll("a,b\n1,\"2\""), (Rows{{"a", "b"}, {"1", "2"}}));
}
