// The clause extractor, one construction per test, on fixed dependency trees (checked by hand,
// in construction_trees.h) so that the tests do not move when the shipped parser changes.
#include "extractors/clause_extractor.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "extractors/extractor_factory.h"
#include "tests/extractors/construction_trees.h"

namespace kgraph {
namespace {

// The hand-checked trees, parsed once per call (they are small).
std::vector<ConlluSentence> Trees() {
  std::istringstream in(kConstructionTrees);
  return ReadConllu(in, "tests/extractors/construction_trees.h");
}

// A document with the gold words, tags and trees of the CoNLL-U sentences.
Document ParsedDocument(const std::vector<ConlluSentence>& sentences) {
  Document doc = DocumentFromGoldWords(sentences, "constructions");
  CopyGoldAnalysis(sentences, doc);
  return doc;
}

// The sentences whose text starts with `prefix` (a quotation may run over two).
Document Sentences(const std::string& prefix, int count = 1) {
  std::vector<ConlluSentence> all = Trees();
  for (std::size_t s = 0; s < all.size(); ++s) {
    if (all[s].text.starts_with(prefix)) {
      return ParsedDocument({all.begin() + s, all.begin() + s + count});
    }
  }
  ADD_FAILURE() << "no sentence starts with " << prefix;
  return {};
}

std::string Show(const Document& doc, const Triple& t) {
  std::string shown = NormalizedText(doc, t.subject) + " | " + t.relation_text + " | " +
                      NormalizedText(doc, t.object);
  for (ByteSpan extra : t.extra_arguments) shown += " | " + NormalizedText(doc, extra);
  return shown;
}

std::vector<std::string> ShowAll(const Document& doc, const std::vector<Triple>& triples) {
  std::vector<std::string> shown;
  for (const Triple& t : triples) shown.push_back(Show(doc, t));
  return shown;
}

const Triple* Find(const Document& doc, const std::vector<Triple>& triples,
                   const std::string& shown) {
  for (const Triple& t : triples) {
    if (Show(doc, t) == shown) return &t;
  }
  ADD_FAILURE() << "no triple " << shown << " among:\n"
                << ::testing::PrintToString(ShowAll(doc, triples));
  return nullptr;
}

std::vector<Triple> Extract(const Document& doc) { return NewClauseExtractor()->Extract(doc); }

TEST(ClauseExtractor, DistributesCoordinatedSubjects) {
  Document doc = Sentences("France, the United Kingdom");
  std::vector<Triple> triples = Extract(doc);
  EXPECT_EQ(ShowAll(doc, triples),
            (std::vector<std::string>{"France | are interested in | the joint fight",
                                      "the United Kingdom | are interested in | the joint fight",
                                      "Germany | are interested in | the joint fight",
                                      "Italy | are interested in | the joint fight"}));
  EXPECT_EQ(triples[0].relation_lemma, "be interested in");
}

TEST(ClauseExtractor, OpenComplementChainIsOneRelation) {
  Document doc = Sentences("Bortnikov hopes");
  std::vector<Triple> triples = Extract(doc);
  const Triple* t = Find(doc, triples, "Bortnikov | hopes to establish | contacts with the CIA");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->relation_lemma, "hope to establish");
  EXPECT_EQ(doc.Text(t->object_head), "contacts");
  ASSERT_EQ(t->mentioned.size(), 1u);
  EXPECT_EQ(doc.Text(t->mentioned[0]), "the CIA");
}

TEST(ClauseExtractor, CopulaRelatesSubjectAndPredicate) {
  Document doc = Sentences("Patrushev is Secretary");
  const Triple* t =
      Find(doc, Extract(doc), "Patrushev | is | Secretary of the Russian Security Council");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->relation_lemma, "be");
}

TEST(ClauseExtractor, AppositionIsATripleOfItsOwn) {
  Document doc = Sentences("Nikolai Patrushev, the head");
  std::vector<Triple> triples = Extract(doc);
  EXPECT_NE(Find(doc, triples, "Nikolai Patrushev | be | the head of the council"), nullptr);
  // The apposition is no part of the subject of the main clause.
  EXPECT_NE(Find(doc, triples, "Nikolai Patrushev | met | Bortnikov in Moscow"), nullptr);
}

TEST(ClauseExtractor, RelativeClauseIsAboutTheModifiedNoun) {
  Document doc = Sentences("Police arrested");
  std::vector<Triple> triples = Extract(doc);
  EXPECT_NE(Find(doc, triples, "Police | arrested | the Tsarnaev brothers"), nullptr);
  EXPECT_NE(Find(doc, triples, "the Tsarnaev brothers | planted | bombs"), nullptr);
}

TEST(ClauseExtractor, PassiveKeepsItsAgent) {
  Document doc = Sentences("The talks were organized");
  const Triple* t = Find(doc, Extract(doc), "The talks | were organized by | the FSB");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->relation_lemma, "be organize by");
}

TEST(ClauseExtractor, ParticipleModifierIsAboutItsNoun) {
  Document doc = Sentences("A group led");
  std::vector<Triple> triples = Extract(doc);
  EXPECT_NE(Find(doc, triples, "A group | led by | Baghdadi"), nullptr);
  const Triple* main = Find(doc, triples, "A group led by Baghdadi | claimed | the attack");
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(doc.Text(main->subject_head), "A group");
  ASSERT_EQ(main->mentioned.size(), 1u);
  EXPECT_EQ(doc.Text(main->mentioned[0]), "Baghdadi");
}

// The parser's reading of a title before a name (the name a bare nmod of the title, not an
// apposition): the name still names the subject's entity.
TEST(ClauseExtractor, ANameAfterATitleNamesTheEntity) {
  Document doc = Sentences("Secretary of the Council Nikolai");
  const Triple* t =
      Find(doc, Extract(doc), "Secretary of the Council Nikolai Patrushev | hopes for | progress");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(doc.Text(t->subject_head), "Nikolai Patrushev");
}

TEST(ClauseExtractor, PossessiveOfANameIsAHasTriple) {
  Document doc = Sentences("Russia's Security Council met");
  std::vector<Triple> triples = Extract(doc);
  EXPECT_NE(Find(doc, triples, "Russia | has | Security Council"), nullptr);
  // DocumentFromGoldWords writes the two words of "Russia's" apart.
  EXPECT_NE(Find(doc, triples, "Russia 's Security Council | met on | Tuesday"), nullptr);
}

TEST(ClauseExtractor, NegationAndModalityAreFlags) {
  Document doc = Sentences("Russia will not accept");
  const Triple* t = Find(doc, Extract(doc), "Russia | will not accept | preconditions");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->negated);
  EXPECT_EQ(t->modality, "will");
  EXPECT_EQ(t->relation_lemma, "accept");  // the label stays the verb; the flags say the rest
}

TEST(ClauseExtractor, ReportedClauseIsAttributedToTheSpeaker) {
  Document doc = Sentences("Patrushev said that");
  std::vector<Triple> triples = Extract(doc);
  const Triple* said =
      Find(doc, triples, "Patrushev | said that | Russia was ready to cooperate with the U.S.");
  ASSERT_NE(said, nullptr);
  EXPECT_TRUE(said->clausal_object);
  EXPECT_TRUE(said->attribution.empty());
  const Triple* claim = Find(doc, triples, "Russia | was ready to cooperate with | the U.S.");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(doc.Text(claim->attribution), "Patrushev");
  EXPECT_FALSE(claim->clausal_object);
}

TEST(ClauseExtractor, QuotationOverSentencesIsAttributedToTheSpeakerAfterIt) {
  Document doc = Sentences("“Our task is prevention.", 2);
  std::vector<Triple> triples = Extract(doc);
  const Triple* first = Find(doc, triples, "Our task | is | prevention");
  const Triple* second = Find(doc, triples, "We | work with | our partners");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(doc.Text(first->attribution), "the official");
  EXPECT_EQ(doc.Text(second->attribution), "the official");
}

TEST(ClauseExtractor, QuotationOpeningASentenceContinuesTheReportBeforeIt) {
  Document doc = Sentences("Bortnikov told reporters", 2);
  std::vector<Triple> triples = Extract(doc);
  const Triple* inner = Find(doc, triples, "the talks | were | useful");
  const Triple* quoted = Find(doc, triples, "This | is | an important aspect");
  ASSERT_NE(inner, nullptr);
  ASSERT_NE(quoted, nullptr);
  EXPECT_EQ(doc.Text(inner->attribution), "Bortnikov");
  EXPECT_EQ(doc.Text(quoted->attribution), "Bortnikov");
}

TEST(ClauseExtractor, SpeakerAfterAQuotationIsFoundEvenWhenTheParseMissesIt) {
  // The tree has "told" as a modifier of "official", as the shipped parser once had it.
  Document doc = Sentences("“We work with partners");
  const Triple* t = Find(doc, Extract(doc), "We | work with | partners");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(doc.Text(t->attribution), "the official");
}

TEST(ClauseExtractor, CoordinatedVerbsShareTheirSubject) {
  Document doc = Sentences("He served");
  std::vector<Triple> triples = Extract(doc);
  EXPECT_EQ(ShowAll(doc, triples),
            (std::vector<std::string>{"He | served as | minister", "He | became | a judge"}));
  EXPECT_GT(triples[0].confidence, triples[1].confidence);  // the inherited subject is less sure
}

TEST(ClauseExtractor, EveryTripleIsInsideItsSentenceWithConfidenceInRange) {
  std::vector<ConlluSentence> all = Trees();
  Document doc = ParsedDocument(all);
  std::vector<Triple> triples = Extract(doc);
  EXPECT_GE(triples.size(), 20u);
  for (const Triple& t : triples) {
    ASSERT_LT(t.sentence, doc.sentences.size());
    const ByteSpan sentence = doc.sentences[t.sentence].span;
    for (ByteSpan span : {t.subject, t.relation, t.object}) {
      EXPECT_GE(span.begin, sentence.begin) << Show(doc, t);
      EXPECT_LE(span.end, sentence.end) << Show(doc, t);
    }
    EXPECT_GT(t.confidence, 0.0);
    EXPECT_LT(t.confidence, 1.0);
  }
}

TEST(ClauseExtractor, UnparsedOrEmptyInputGivesNoTriplesAndNoCrash) {
  Document doc;
  EXPECT_TRUE(Extract(doc).empty());
  Document flat = Sentences("Russia will not accept");
  for (Token& token : flat.sentences[0].tokens) token.head = -1, token.deprel.clear();
  EXPECT_TRUE(Extract(flat).empty());
}

TEST(ClauseExtractor, IsKnownToTheFactory) { EXPECT_EQ(NewExtractor("clause")->Name(), "clause"); }

}  // namespace
}  // namespace kgraph
