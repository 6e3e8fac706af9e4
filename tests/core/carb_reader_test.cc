// Reading CaRB gold and system files as CaRB's Python readers do, and the errors for bad lines.
#include "core/eval/carb_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "core/error.h"
#include "core/eval/carb_text.h"

namespace kgraph {
namespace {

using Strings = std::vector<std::string>;

// The "file:line: message" of the error `parse` throws, or "" when it throws none.
template <typename Parse>
std::string ErrorOf(Parse parse) {
  try {
    parse();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(CarbReader, GoldStripsFieldsAndSkipsContext) {
  std::vector<CarbTuple> gold = ParseCarbGold(
      " He left .  \t left \t He \t C: when it rained\t\tat noon\r\nShe sang .\tsang\tShe\n",
      "gold.tsv");
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(gold[0].sentence, "He left .");
  EXPECT_EQ(gold[0].relation, "left");
  EXPECT_EQ(gold[0].arguments, (Strings{"He", "", "at noon"}));
  EXPECT_EQ(gold[0].line, 1u);
  EXPECT_EQ(gold[1].arguments, (Strings{"She"}));
  EXPECT_EQ(gold[1].line, 2u);
}

TEST(CarbReader, GoldLineWithFewerThanThreeFieldsNamesFileAndLine) {
  EXPECT_EQ(ErrorOf([] { ParseCarbGold("S .\tr\ta\nS .\tr\n", "gold.tsv"); }),
            "gold.tsv:2: expected at least 3 tab-separated fields (sentence, relation, arg1), "
            "found 2");
  // A blank line is a line with one field; a lone "\r" ends a line as in Python's text mode.
  EXPECT_EQ(ErrorOf([] { ParseCarbGold("S .\tr\ta\r\rS .\tr\ta\n", "g"); }),
            "g:2: expected at least 3 tab-separated fields (sentence, relation, arg1), found 1");
}

TEST(CarbReader, SystemLinesKeepFieldsAndParseConfidence) {
  std::vector<CarbTuple> tuples = ParseCarbExtractions(
      "\n  \nHe left .\t0.25\tleft\tHe\t \n"
      "She sang .\t +1e-1 \tsang\t\tShe\t\t\n",
      "sys.tsv");
  ASSERT_EQ(tuples.size(), 2u);
  EXPECT_EQ(tuples[0].sentence, "He left .");
  EXPECT_DOUBLE_EQ(tuples[0].confidence, 0.25);
  EXPECT_EQ(tuples[0].arguments, (Strings{"He"}));  // the line is stripped, fields are not
  EXPECT_EQ(tuples[0].line, 3u);
  EXPECT_DOUBLE_EQ(tuples[1].confidence, 0.1);
  EXPECT_EQ(tuples[1].arguments, (Strings{"", "She"}));
}

TEST(CarbReader, SystemErrorsNameFileAndLine) {
  EXPECT_EQ(ErrorOf([] { ParseCarbExtractions("S .\t0.5\tr\ta\nS .\thigh\tr\ta\n", "s.tsv"); }),
            "s.tsv:2: confidence 'high' is not a finite number");
  EXPECT_EQ(ErrorOf([] { ParseCarbExtractions("S .\tnan\tr\ta\n", "s.tsv"); }),
            "s.tsv:1: confidence 'nan' is not a finite number");
  EXPECT_EQ(ErrorOf([] { ParseCarbExtractions("S .\t0.5\n", "s.tsv"); }),
            "s.tsv:1: expected at least 3 tab-separated fields (sentence, confidence, "
            "relation), found 2");
}

TEST(CarbReader, WrittenTuplesReadBackUnchanged) {
  CarbTuple tuple{"He said\tit .", 0.1 + 0.2, "said", {"He", "", "it"}, 0};
  std::ostringstream out;
  WriteCarbExtraction(tuple, out);
  EXPECT_EQ(out.str(), "He said it .\t0.30000000000000004\tsaid\tHe\t\tit\n");
  std::vector<CarbTuple> back = ParseCarbExtractions(out.str(), "x");
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].confidence, tuple.confidence);
  EXPECT_EQ(back[0].arguments, tuple.arguments);
}

TEST(CarbText, PythonStripSplitAndLines) {
  EXPECT_EQ(carb::Strip("\u00a0 a b\t\u3000"), "a b");
  EXPECT_EQ(carb::SplitWords(" a\u2009b  c "), (std::vector<std::string_view>{"a", "b", "c"}));
  EXPECT_EQ(carb::SplitLines("a\r\nb\rc\n\nd"),
            (std::vector<std::string_view>{"a", "b", "c", "", "d"}));
  EXPECT_EQ(carb::ReplaceAll("-LRB-x-LRB-", "-LRB-", "("), "(x(");
}

}  // namespace
}  // namespace kgraph
