// Aliases end to end: the built-in table (models/aliases.tsv), acronyms the articles define,
// `--aliases FILE` for build and for queries, and the merges and separations issue #5 asks of
// the sample articles.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/cli/cli_runner.h"

namespace kgraph::testing {
namespace {

const std::string kSamples = std::string(KGRAPH_SOURCE_DIR) + "/samples/news";

// The first line of `kgraph neighbors`: the entity's name, type and mentions.
std::string EntityLine(const std::string& graph, const std::string& name) {
  CommandResult result = RunKgraph("neighbors '" + graph + "' '" + name + "'");
  if (result.exit_code != 0) return "not found: " + result.err;
  return result.out.substr(0, result.out.find('\n'));
}

class SampleGraph : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    graph_ = dir_->File("news.jsonld");
    ASSERT_EQ(RunKgraph("--quiet build '" + kSamples + "' -o '" + graph_ + "'").exit_code, 0);
  }
  static void TearDownTestSuite() { delete dir_; }
  static void ExpectOneNode(std::initializer_list<const char*> names) {
    const std::string first = EntityLine(graph_, *names.begin());
    EXPECT_EQ(first.find("not found"), std::string::npos) << first;
    for (const char* name : names) EXPECT_EQ(EntityLine(graph_, name), first) << name;
  }
  static inline TempDir* dir_ = nullptr;
  static inline std::string graph_;
};

TEST_F(SampleGraph, MergesTheNamesOfOneEntity) {
  ExpectOneNode({"Nikolai Patrushev", "Patrushev"});
  ExpectOneNode({"Vladimir Putin", "Putin"});
  ExpectOneNode({"United States", "U.S.", "US", "the USA"});
  ExpectOneNode({"Islamic State", "ISIS", "ISIL"});
  // "Russia’s Federal Security Service (FSB)" defines the acronym in the article itself.
  ExpectOneNode({"Federal Security Service", "FSB"});
}

TEST_F(SampleGraph, KeepsTheTwoSecurityCouncilsApart) {
  const std::string un = EntityLine(graph_, "UN Security Council");
  const std::string russian = EntityLine(graph_, "Russia’s Security Council");
  EXPECT_EQ(un.find("not found"), std::string::npos) << un;
  EXPECT_EQ(russian.find("not found"), std::string::npos) << russian;
  EXPECT_NE(un, russian);
}

TEST(Aliases, BuildTakesAnAliasFile) {
  TempDir dir;
  const std::string text = dir.Write("a.txt", "The Kremlin praised the FSB for its work.\n");
  const std::string aliases =
      dir.Write("aliases.tsv", "# ours\nKremlin\tRussian Presidential Administration\n");
  const std::string graph = dir.File("g.jsonld");
  CommandResult built = RunKgraph("--quiet build --plain --aliases '" + aliases + "' '" + text +
                                  "' -o '" + graph + "'");
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(EntityLine(graph, "Russian Presidential Administration"),
            EntityLine(graph, "the Kremlin"));
  EXPECT_EQ(EntityLine(graph, "Federal Security Service"), EntityLine(graph, "FSB"));
}

TEST(Aliases, QueriesTakeAnAliasFile) {
  TempDir dir;
  const std::string text = dir.Write("a.txt", "The Kremlin praised the FSB for its work.\n");
  const std::string graph = dir.File("g.jsonld");
  ASSERT_EQ(RunKgraph("--quiet build --plain '" + text + "' -o '" + graph + "'").exit_code, 0);
  EXPECT_NE(RunKgraph("neighbors '" + graph + "' 'Presidential Administration'").exit_code, 0);
  const std::string aliases = dir.Write("aliases.tsv", "Presidential Administration\tKremlin\n");
  CommandResult found = RunKgraph("neighbors '" + graph + "' 'Presidential Administration' " +
                                  "--aliases '" + aliases + "'");
  EXPECT_EQ(found.exit_code, 0) << found.err;
  EXPECT_NE(found.out.substr(0, found.out.find('\n')).find("Kremlin"), std::string::npos)
      << found.out;
}

TEST(Aliases, ABadAliasFileIsAOneLineErrorAndNothingIsWritten) {
  TempDir dir;
  const std::string text = dir.Write("a.txt", "The Kremlin praised the FSB.\n");
  const std::string aliases = dir.Write("aliases.tsv", "Kremlin\tRussia\nno tab\n");
  const std::string graph = dir.File("g.jsonld");
  CommandResult result =
      RunKgraph("build --aliases '" + aliases + "' '" + text + "' -o '" + graph + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "kgraph: error: " + aliases +
                            ":2: expected 'alias<TAB>canonical name', found 'no tab'\n");
  EXPECT_FALSE(std::filesystem::exists(graph));
}

}  // namespace
}  // namespace kgraph::testing
