// The gazetteer: its file format, matching over tokenized words, and the shipped list.
#include "entities/gazetteer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.h"
#include "core/text/tokenizer.h"

namespace kgraph {
namespace {

constexpr char kSmall[] =
    "# a comment\n"
    "\n"
    "place\tSt. Petersburg\n"
    "place\tGeorgia\n"
    "place\tUnited States\n"
    "given\tGeorgia\tfemale\n"
    "given\tVladimir\tmale\n"
    "demonym\tRussian\tRussia\n"
    "demonym\tChinese\tChina\n"
    "organization\tMcDonald's\n"
    "title\tForeign Minister\n";

Document Tokenized(const std::string& text) {
  Document doc;
  doc.text = text;
  NewEnglishTokenizer()->Tokenize(doc);
  return doc;
}

std::string Spelled(const Document& doc, const GazetteerMatch& match) {
  const Sentence& sentence = doc.sentences[0];
  return doc.text.substr(
      sentence.tokens[match.begin].span.begin,
      sentence.tokens[match.end - 1].span.end - sentence.tokens[match.begin].span.begin);
}

TEST(Gazetteer, MatchesEntriesHoweverTheTokenizerSplitsThem) {
  const Gazetteer gazetteer = Gazetteer::Parse(kSmall, "small");
  const Document doc = Tokenized(
      "Vladimir met the foreign minister at McDonald's in St. Petersburg, not in Georgia.");
  std::vector<std::pair<std::string, GazetteerKind>> found;
  for (const GazetteerMatch& m : gazetteer.Matches(doc, doc.sentences[0])) {
    found.emplace_back(Spelled(doc, m), m.kind);
  }
  const std::vector<std::pair<std::string, GazetteerKind>> expected = {
      {"Vladimir", GazetteerKind::kGivenName},      {"foreign minister", GazetteerKind::kTitle},
      {"McDonald's", GazetteerKind::kOrganization}, {"St. Petersburg", GazetteerKind::kPlace},
      {"Georgia", GazetteerKind::kPlace},           {"Georgia", GazetteerKind::kGivenName},
  };
  EXPECT_EQ(found, expected);
}

TEST(Gazetteer, NamesMatchInTheirOwnCaseOnly) {
  const Gazetteer gazetteer = Gazetteer::Parse(kSmall, "small");
  const Document doc = Tokenized("georgia and UNITED STATES");
  EXPECT_TRUE(gazetteer.Matches(doc, doc.sentences[0]).empty());
}

TEST(Gazetteer, GendersDemonymsAndTitles) {
  const Gazetteer gazetteer = Gazetteer::Parse(kSmall, "small");
  EXPECT_EQ(gazetteer.GenderOf("Vladimir"), NameGender::kMale);
  EXPECT_EQ(gazetteer.GenderOf("Georgia"), NameGender::kFemale);
  EXPECT_EQ(gazetteer.GenderOf("Moscow"), std::nullopt);
  EXPECT_EQ(gazetteer.PlaceOfDemonym("Russian"), "Russia");
  EXPECT_EQ(gazetteer.PlaceOfDemonym("Russians"), "Russia");
  EXPECT_EQ(gazetteer.PlaceOfDemonym("Chinese"), "China");
  EXPECT_EQ(gazetteer.PlaceOfDemonym("Chineses"), "");
  // Titles match in any case, and only as listed.
  const Document doc = Tokenized("FOREIGN MINISTER and minister");
  EXPECT_EQ(gazetteer.Matches(doc, doc.sentences[0]),
            (std::vector<GazetteerMatch>{{0, 2, GazetteerKind::kTitle}}));
}

TEST(Gazetteer, MalformedLinesAreErrorsWithTheirLine) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"place\tMoscow\ncity\tParis\n", "g.tsv:2: unknown kind 'city'"},
      {"given\tVladimir\n", "g.tsv:1: expected 3 tab-separated fields, found 'given\tVladimir'"},
      {"given\tAlex\tboth\n", "g.tsv:1: gender must be 'male' or 'female', found 'both'"},
      {"place\t\n", "g.tsv:1: expected 2 tab-separated fields, found 'place\t'"},
  };
  for (const auto& [text, message] : cases) {
    try {
      Gazetteer::Parse(text, "g.tsv");
      ADD_FAILURE() << "no error for " << text;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), message);
    }
  }
}

TEST(Gazetteer, TheShippedListParsesAndKnowsTheSampleNames) {
  const Gazetteer& gazetteer = Gazetteer::BuiltIn();
  EXPECT_FALSE(gazetteer.empty());
  EXPECT_EQ(gazetteer.PlaceOfDemonym("American"), "United States");
  EXPECT_EQ(gazetteer.PlaceOfDemonym("Russians"), "Russia");
  EXPECT_EQ(gazetteer.GenderOf("Nikolai"), NameGender::kMale);
  const Document title = Tokenized("spokesman");
  EXPECT_EQ(gazetteer.Matches(title, title.sentences[0]),
            (std::vector<GazetteerMatch>{{0, 1, GazetteerKind::kTitle}}));
  const Document doc =
      Tokenized("The FSB and the Kremlin met at the university in Moscow by the river.");
  std::vector<std::pair<std::string, GazetteerKind>> found;
  for (const GazetteerMatch& m : gazetteer.Matches(doc, doc.sentences[0])) {
    found.emplace_back(Spelled(doc, m), m.kind);
  }
  const std::vector<std::pair<std::string, GazetteerKind>> expected = {
      {"FSB", GazetteerKind::kOrganization},
      {"FSB", GazetteerKind::kOrganizationWord},
      {"Kremlin", GazetteerKind::kOrganization},
      {"Kremlin", GazetteerKind::kOrganizationWord},
      {"university", GazetteerKind::kOrganizationWord},  // any case
      {"Moscow", GazetteerKind::kPlace},
      {"river", GazetteerKind::kPlaceWord},  // any case
  };
  EXPECT_EQ(found, expected);
}

}  // namespace
}  // namespace kgraph
