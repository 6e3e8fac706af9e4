// The coreference sieve and the pronoun ranker on hand-parsed sentences (coreference_trees.h),
// so that the tests do not move when the shipped tagger, parser or recognizer change. Names get
// their type by hand.
#include "entities/coreference.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/error.h"
#include "entities/pronoun_ranker.h"
#include "entities/pronoun_ranker_trainer.h"
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

Texts TextsOf(const Document& doc, const PronounRanker* ranker = nullptr) {
  Texts out;
  for (const MentionCluster& cluster : ResolveCoreference(doc, ranker)) {
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

// "Putin met the delegation. He praised it." annotated as GUM might: "He" is Putin, "it" no
// mention at all (say, the act of meeting), so the right choice for "it" is no antecedent.
CorefTrainingDocument PutinPraisedIt() {
  CorefTrainingDocument document;
  document.doc = Parsed({"Putin met", "He praised"});
  document.entity_of[{0, 0, 1}] = "1";  // Putin
  document.entity_of[{0, 2, 4}] = "2";  // the delegation
  document.entity_of[{1, 0, 1}] = "1";  // He
  return document;
}

std::unique_ptr<PronounRanker> TrainedOn(const std::vector<CorefTrainingDocument>& documents,
                                         std::uint64_t seed) {
  std::ostringstream log;
  return TrainPronounRanker(documents, {.iterations = 5, .seed = seed}, log);
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(PronounRanker, LearnsTheGoldChoicesNotTheRule) {
  const std::vector<CorefTrainingDocument> documents(4, PutinPraisedIt());
  const std::unique_ptr<PronounRanker> ranker = TrainedOn(documents, 1);
  const Document& doc = documents.front().doc;
  // The rule links "it" to the delegation; the ranker learned to leave it alone.
  EXPECT_EQ(TextsOf(doc), (Texts{{"Putin", "He"}, {"the delegation", "it"}}));
  EXPECT_EQ(TextsOf(doc, ranker.get()), (Texts{{"Putin", "He"}}));
}

TEST(PronounRanker, TrainsReproduciblyAndLoadsWhatItSaves) {
  const std::vector<CorefTrainingDocument> documents(4, PutinPraisedIt());
  const std::string dir = ::testing::TempDir();
  TrainedOn(documents, 7)->Save(dir + "/kgraph_coref_a.bin");
  TrainedOn(documents, 7)->Save(dir + "/kgraph_coref_b.bin");
  EXPECT_EQ(FileBytes(dir + "/kgraph_coref_a.bin"), FileBytes(dir + "/kgraph_coref_b.bin"));
  const std::unique_ptr<PronounRanker> loaded = PronounRanker::Load(dir + "/kgraph_coref_a.bin");
  EXPECT_EQ(TextsOf(documents.front().doc, loaded.get()), (Texts{{"Putin", "He"}}));
}

TEST(PronounRanker, LoadNamesAMissingOrForeignFile) {
  const std::string missing = ::testing::TempDir() + "/kgraph_no_such_coref.bin";
  try {
    PronounRanker::Load(missing);
    FAIL() << "no error for a missing file";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(missing), std::string::npos) << e.what();
  }
  EXPECT_THROW(PronounRanker::Load(std::string(KGRAPH_SOURCE_DIR) + "/models/ner.bin"), Error);
}

}  // namespace
}  // namespace kgraph
