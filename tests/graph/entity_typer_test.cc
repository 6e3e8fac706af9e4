#include "graph/entity_typer.h"

#include <gtest/gtest.h>

#include "tests/graph/test_document.h"

namespace kgraph {
namespace {

using testing::MakeDocument;
using testing::Word;

// "the Novoazovsk republic" style sentence: tokens 0..n with an entity mention added by hand.
Document Recognized(const std::vector<Word>& words, EntityMention mention) {
  Document doc = MakeDocument("doc", {words});
  doc.sentences[0].entities.push_back(mention);
  return doc;
}

ByteSpan SpanOf(const Document& doc, int begin, int end) {
  const Sentence& s = doc.sentences[0];
  return {s.tokens[begin].span.begin, s.tokens[end - 1].span.end};
}

TEST(EntityTyper, TheRecognizerTypesNamesTheRulesDoNotKnow) {
  Document doc = Recognized({{"Novoazovsk"}, {"voted", Upos::kVerb}}, {0, 1, EntityType::kPlace});
  EXPECT_EQ(GuessEntityType(doc, doc.sentences[0], SpanOf(doc, 0, 1), AliasTable::BuiltIn()),
            "Place");
  Document unrecognized = MakeDocument("doc", {{{"Novoazovsk"}, {"voted", Upos::kVerb}}});
  EXPECT_EQ(GuessEntityType(unrecognized, unrecognized.sentences[0], SpanOf(unrecognized, 0, 1),
                            AliasTable::BuiltIn()),
            "Thing");
}

TEST(EntityTyper, TheRulesComeFirst) {
  // A known country stays a place, whatever the recognizer says.
  Document doc = Recognized({{"Russia"}, {"voted", Upos::kVerb}}, {0, 1, EntityType::kPerson});
  EXPECT_EQ(GuessEntityType(doc, doc.sentences[0], SpanOf(doc, 0, 1), AliasTable::BuiltIn()),
            "Place");
}

TEST(EntityTyper, OnlyANameThatIsTheWholeMentionCounts) {
  // "the issue of Russia" is no place although it ends with one; "the TASS" is an organization.
  Document doc =
      Recognized({{"the", Upos::kDet}, {"issue", Upos::kNoun}, {"of", Upos::kAdp}, {"Novoazovsk"}},
                 {3, 4, EntityType::kPlace});
  EXPECT_EQ(RecognizedType(doc.sentences[0], SpanOf(doc, 0, 4)), std::nullopt);
  Document tass = Recognized({{"the", Upos::kDet}, {"TASS"}}, {1, 2, EntityType::kOrganization});
  EXPECT_EQ(RecognizedType(tass.sentences[0], SpanOf(tass, 0, 2)), "Organization");
  Document possessed = Recognized({{"Russia"}, {"'s", Upos::kPart}, {"Federal"}, {"Service"}},
                                  {2, 4, EntityType::kOrganization});
  EXPECT_EQ(RecognizedType(possessed.sentences[0], SpanOf(possessed, 0, 4)), "Organization");
}

}  // namespace
}  // namespace kgraph
