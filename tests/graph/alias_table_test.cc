#include "graph/alias_table.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace kgraph
