// The coreference sieve on hand-parsed sentences (coreference_trees.h), so that the tests do
// not move when the shipped tagger, parser or recognizer change. Names get their type by hand.
#include "entities/coreference.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "tests/entities/coreference_trees.h"

namespace kgraph {
namespace {

// The hand-checked trees, parsed once per call (they are small).
std::vector<ConlluSentence> Trees() {
  std::istringstream in(kCoreferenceTrees);
  return ReadConllu(in, "tests/entities/coreference_trees.h");
}

// A document of the sentences whose texts start with `prefixes`, in that order, with their gold
// tags and trees; every proper noun is a one-word PERSON name unless `places` lists it.
Document Parsed(const std::vector<std::string>& prefixes,
                const std::vector<std::string>& places = {}) {
  const std::vector<ConlluSentence> all = Trees();
  std::vector<ConlluSentence> picked;
  for (const std::string& prefix : prefixes) {
    for (const ConlluSentence& sentence : all) {
      if (sentence.text.starts_with(prefix)) {
        picked.push_back(sentence);
        break;
      }
    }
  }
  EXPECT_EQ(picked.size(), prefixes.size());
  Document doc = DocumentFromGoldWords(picked);
  CopyGoldAnalysis(picked, doc);
  for (Sentence& sentence : doc.sentences) {
    for (int i = 0; i < static_cast<int>(sentence.tokens.size()); ++i) {
      const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
      if (token.upos != Upos::kPropn) continue;
      const bool place = std::find(places.begin(), places.end(), token.lemma) != places.end();
      sentence.entities.push_back({i, i + 1, place ? EntityType::kPlace : EntityType::kPerson});
    }
  }
  return doc;
}

// Clusters as lists of their mentions' words, for readable expectations.
using Texts = std::vector<std::vector<std::string>>;

Texts TextsOf(const Document& doc) {
  Texts out;
  for (const MentionCluster& cluster : ResolveCoreference(doc)) {
    std::vector<std::string>& texts = out.emplace_back();
    for (const MentionRef& m : cluster) {
      const Sentence& sentence = doc.sentences[static_cast<std::size_t>(m.sentence)];
      const ByteSpan span{sentence.tokens[static_cast<std::size_t>(m.begin)].span.begin,
                          sentence.tokens[static_cast<std::size_t>(m.end - 1)].span.end};
      texts.emplace_back(doc.Text(span));
    }
  }
  return out;
}

TEST(Coreference, LinksAppositionsNamesAndExactMatches) {
  const Document doc = Parsed({"Nikolai Patrushev", "Patrushev thanked"});
  EXPECT_EQ(TextsOf(doc), (Texts{{"Nikolai Patrushev", "the secretary of the council", "Patrushev"},
                                 {"Putin", "Putin"}}));
}

TEST(Coreference, LinksPredicateNominals) {
  // GUM links definite and indefinite predicates alike ("pred").
  EXPECT_EQ(TextsOf(Parsed({"Moscow is the"}, {"Moscow"})), (Texts{{"Moscow", "the capital"}}));
  EXPECT_EQ(TextsOf(Parsed({"Moscow is a"}, {"Moscow"})), (Texts{{"Moscow", "a city"}}));
}

TEST(Coreference, ExactMatchLinksEvenIndefiniteRepeats) {
  // Head match never takes an indefinite later mention; "a city" twice is the same words.
  EXPECT_EQ(TextsOf(Parsed({"Trains reach", "Trains reach"})),
            (Texts{{"Trains", "Trains"}, {"a city", "a city"}}));
}

TEST(Coreference, HeadMatchNeedsCompatibleModifiers) {
  // "The law" may be "the new law"; "the old law" is another one.
  EXPECT_EQ(TextsOf(Parsed({"The new law", "The law", "The old law"})),
            (Texts{{"The new law", "The law"}}));
}

TEST(Coreference, NamesMatchWithoutTheirTitles) {
  EXPECT_EQ(TextsOf(Parsed({"Donald Trump spoke", "Mr. Trump left"})),
            (Texts{{"Donald Trump", "Mr. Trump"}}));
}

TEST(Coreference, PronounsAgreeInAnimacyAndNumber) {
  // "He" is the person, "it" the thing; no plural antecedent for "They".
  EXPECT_EQ(TextsOf(Parsed({"Putin met", "He praised", "They left"})),
            (Texts{{"Putin", "He"}, {"the delegation", "it"}}));
}

TEST(Coreference, PronounsAgreeInGenderBeforeSalience) {
  // The subject "the king" comes first, but "She" is the woman.
  EXPECT_EQ(TextsOf(Parsed({"The king", "She smiled"})), (Texts{{"the woman", "She"}}));
}

TEST(Coreference, PersonNamesHaveTheGenderOfTheirGivenName) {
  // "Angela" is the subject, but the gazetteer lists it as a woman's name.
  EXPECT_EQ(TextsOf(Parsed({"Angela thanked", "He smiled"})), (Texts{{"Boris", "He"}}));
}

TEST(Coreference, LeavesAnAmbiguousPronounAlone) {
  // Two persons, both subjects of the previous sentence: "He" could be either.
  EXPECT_EQ(TextsOf(Parsed({"Putin said", "He left"})), Texts{});
}

TEST(Coreference, LinksFirstPersonPronouns) {
  EXPECT_EQ(TextsOf(Parsed({"I know"})), (Texts{{"I", "my"}}));
}

TEST(Coreference, IsDeterministicAndEmptyForAnEmptyDocument) {
  const Document doc =
      Parsed({"Nikolai Patrushev", "Patrushev thanked", "Putin met", "He praised"});
  EXPECT_EQ(ResolveCoreference(doc), ResolveCoreference(doc));
  EXPECT_TRUE(ResolveCoreference(Document{}).empty());
}

}  // namespace
}  // namespace kgraph
