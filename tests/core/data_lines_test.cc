// The line format shared by models/aliases.tsv and models/gazetteer.tsv.
#include "core/io/data_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace kgraph {
namespace {

TEST(DataLines, SkipsCommentsAndBlankLinesAndKeepsLineNumbers) {
  std::vector<std::pair<std::string, std::uint64_t>> seen;
  ForEachDataLine("# header\n\na\tb\r\n  # not a comment\nlast",
                  [&](std::string_view line, std::uint64_t number) {
                    seen.emplace_back(std::string(line), number);
                  });
  const std::vector<std::pair<std::string, std::uint64_t>> expected = {
      {"a\tb", 3}, {"  # not a comment", 4}, {"last", 5}};
  EXPECT_EQ(seen, expected);
}

TEST(DataLines, SplitsTabsKeepingEmptyFields) {
  EXPECT_EQ(SplitTabs("a\tb"), (std::vector<std::string_view>{"a", "b"}));
  EXPECT_EQ(SplitTabs("a\t\tc\t"), (std::vector<std::string_view>{"a", "", "c", ""}));
  EXPECT_EQ(SplitTabs(""), (std::vector<std::string_view>{""}));
}

}  // namespace
}  // namespace kgraph
