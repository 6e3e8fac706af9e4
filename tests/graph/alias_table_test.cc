#include "graph/alias_table.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/error.h"

namespace kgraph {
namespace {

TEST(FoldName, FoldsCaseWhiteSpaceAndPunctuation) {
  EXPECT_EQ(FoldName("Nikolai   Patrushev"), "nikolai patrushev");
  EXPECT_EQ(FoldName("  Federal\nSecurity\tService "), "federal security service");
  EXPECT_EQ(FoldName("U.S."), "us");
  EXPECT_EQ(FoldName("Al-Qaeda"), "al qaeda");
  EXPECT_EQ(FoldName("\"Kremlin\","), "kremlin");
}

TEST(FoldName, DropsLeadingDeterminersAndPossessives) {
  EXPECT_EQ(FoldName("the U.S.’s"), "us");
  EXPECT_EQ(FoldName("The U.S.'s"), "us");
  EXPECT_EQ(FoldName("Nikolai Patrushev’s"), "nikolai patrushev");
  EXPECT_EQ(FoldName("the United States’"), "united states");
  EXPECT_EQ(FoldName("an Agency"), "agency");
  // Only leading determiners go: a determiner inside a name is part of it.
  EXPECT_EQ(FoldName("Islamic State of Iraq and the Levant"),
            "islamic state of iraq and the levant");
}

TEST(FoldName, StripsAccentsAndFoldsUnicodeCase) {
  EXPECT_EQ(FoldName("Sergei Shoigú"), "sergei shoigu");
  EXPECT_EQ(FoldName("ÉLYSÉE"), "elysee");
  EXPECT_EQ(FoldName("Straße"), "strasse");
}

TEST(FoldName, NothingNameableIsEmpty) {
  for (const char* word :
       {"he", "It", "they", "this", "the", "The", "a", "it’s", "", "  ", "..."}) {
    EXPECT_EQ(FoldName(word), "") << word;
  }
}

TEST(FoldName, LowercaseUsIsThePronounButUsIsTheCountry) {
  EXPECT_EQ(FoldName("us"), "");
  EXPECT_EQ(FoldName("US"), "us");
  EXPECT_EQ(FoldName("u.s."), "us");
}

TEST(FoldName, InvalidUtf8DoesNotThrow) { EXPECT_EQ(FoldName("Bad\xff Name"), "bad name"); }

TEST(AliasTable, BuiltInFoldsFrequentNewsAliases) {
  const AliasTable aliases = AliasTable::BuiltIn();
  EXPECT_EQ(EntityKey("the U.S.’s", aliases), "united states");
  EXPECT_EQ(EntityKey("U.S.", aliases), EntityKey("US", aliases));
  EXPECT_EQ(EntityKey("US", aliases), EntityKey("United States", aliases));
  EXPECT_EQ(EntityKey("United States of America", aliases), "united states");
  EXPECT_EQ(EntityKey("Britain", aliases), "united kingdom");
  EXPECT_EQ(EntityKey("Russian Federation", aliases), "russia");
  EXPECT_EQ(EntityKey("ISIS", aliases), EntityKey("ISIL", aliases));
  EXPECT_EQ(EntityKey("Daesh", aliases), "islamic state");
  EXPECT_EQ(EntityKey("the UN", aliases), "united nations");
  EXPECT_EQ(EntityKey("FSB", aliases), "federal security service");
  EXPECT_EQ(EntityKey("Nikolai Patrushev’s", aliases), "nikolai patrushev");
  EXPECT_EQ(EntityKey("he", aliases), "");
}

TEST(AliasTable, ResolveLeavesUnknownNamesAlone) {
  const AliasTable aliases = AliasTable::BuiltIn();
  EXPECT_EQ(aliases.Resolve("kremlin"), "kremlin");
  EXPECT_EQ(aliases.Resolve("united states"), "united states");
}

TEST(AliasTable, AddFoldsBothSidesAndKeepsChainsShort) {
  AliasTable aliases;
  aliases.Add("Big Apple", "New York City");
  aliases.Add("NYC", "the Big Apple");
  EXPECT_EQ(aliases.Resolve("big apple"), "new york city");
  EXPECT_EQ(aliases.Resolve("nyc"), "new york city");
  aliases.Add("he", "Somebody");  // unnameable aliases are ignored
  EXPECT_EQ(aliases.entries().size(), 2u);
}

TEST(AliasTable, BuiltInIsTheShippedDataFile) {
  // models/aliases.tsv is compiled in; a name there resolves, a comment line does not count.
  const AliasTable aliases = AliasTable::BuiltIn();
  EXPECT_EQ(aliases.Resolve("fsb"), "federal security service");
  EXPECT_EQ(aliases.Resolve("north atlantic alliance"), "north atlantic treaty organization");
  EXPECT_EQ(aliases.Resolve("unsc"), "united nations security council");
  EXPECT_EQ(aliases.Resolve("is"), "is");  // left out on purpose: folded, it is the verb
  EXPECT_GE(aliases.entries().size(), 50u);
}

TEST(AliasTable, ParsesTabSeparatedLinesCommentsAndOverrides) {
  const AliasTable table = AliasTable::Parse(
      "# comment\n\nBig Apple\tNew York City\r\nNYC\tNew York\nNYC\tNew York City\n", "t.tsv");
  EXPECT_EQ(table.Resolve("big apple"), "new york city");
  EXPECT_EQ(table.Resolve("nyc"), "new york city");  // the later line wins
  EXPECT_EQ(table.entries().size(), 2u);
}

TEST(AliasTable, MalformedLinesAreErrorsWithFileAndLine) {
  auto message = [](std::string_view text) {
    try {
      AliasTable::Parse(text, "aliases.tsv");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("X\tY\nno tab here\n"),
            "aliases.tsv:2: expected 'alias<TAB>canonical name', found 'no tab here'");
  EXPECT_EQ(message("A\tB\tC\n"),
            "aliases.tsv:1: expected 'alias<TAB>canonical name', found "
            "'A\tB\tC'");
  EXPECT_EQ(message("\n\nthe\tSomething\n"),
            "aliases.tsv:3: alias 'the' or name 'Something' has nothing nameable in it");
  EXPECT_THROW(AliasTable::ReadFile("/nonexistent/aliases.tsv"), Error);
}

TEST(AliasTable, AddingTheReverseFlipsThePairInsteadOfMakingACycle) {
  AliasTable table;
  table.Add("ISIS", "Islamic State");
  table.Add("ISIL", "Islamic State");
  table.Add("Islamic State", "ISIS");  // a user file that prefers "ISIS" as the name
  EXPECT_EQ(table.Resolve("islamic state"), "isis");
  EXPECT_EQ(table.Resolve("isis"), "isis");
  EXPECT_EQ(table.Resolve("isil"), "isis");  // through the chain isil -> islamic state -> isis
}

TEST(AliasTable, AddAllAddsAndOverridesAndKeepsTheCountryUs) {
  AliasTable table = AliasTable::BuiltIn();
  AliasTable user;
  user.Add("Kremlin", "Russian Presidential Administration");
  user.Add("America", "the Americas");  // overrides the built-in "America" -> "United States"
  table.AddAll(user);
  EXPECT_EQ(table.Resolve("kremlin"), "russian presidential administration");
  EXPECT_EQ(table.Resolve("america"), "americas");
  // Folded keys are added as they are: "us" (from "US") is no pronoun here.
  EXPECT_EQ(table.Resolve("us"), "united states");
}

}  // namespace
}  // namespace kgraph
