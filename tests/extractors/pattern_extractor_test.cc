#include "extractors/pattern_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/text/upos.h"
#include "extractors/extractor_factory.h"

namespace kgraph {
namespace {

// One word per entry as "form lemma UPOS XPOS", turned into a CoNLL-U sentence block so the test
// input goes through the same reader as the treebank.
std::string ConlluSentenceText(std::initializer_list<const char*> words) {
  std::string block;
  int id = 0;
  for (const char* word : words) {
    std::istringstream fields(word);
    std::string form, lemma, upos, xpos;
    fields >> form >> lemma >> upos >> xpos;
    block += std::to_string(++id) + '\t' + form + '\t' + lemma + '\t' + upos + '\t' + xpos +
             "\t_\t0\tdep\t_\t_\n";
  }
  return block + '\n';
}

// DocumentFromGoldWords keeps only the words; the extractor needs the gold tags too.
void CopyGoldTags(const std::vector<ConlluSentence>& gold, Document& doc) {
  for (std::size_t s = 0; s < gold.size(); ++s) {
    for (std::size_t w = 0; w < gold[s].words.size(); ++w) {
      const ConlluWord& word = gold[s].words[w];
      Token& token = doc.sentences[s].tokens[w];
      token.upos = ParseUpos(word.upos).value_or(Upos::kX);
      token.xpos = word.xpos == "_" ? "" : word.xpos;
      token.lemma = word.lemma == "_" ? "" : word.lemma;
    }
  }
}

Document TaggedDocument(const std::string& conllu) {
  std::istringstream in(conllu);
  std::vector<ConlluSentence> sentences = ReadConllu(in, "test");
  Document doc = DocumentFromGoldWords(sentences, "test");
  CopyGoldTags(sentences, doc);
  return doc;
}

// "subject | relation_lemma | object", the way the assertions read best.
std::string Show(const Document& doc, const Triple& triple) {
  return std::string(doc.Text(triple.subject)) + " | " + triple.relation_lemma + " | " +
         std::string(doc.Text(triple.object));
}

std::vector<std::string> ShowAll(const Document& doc, const std::vector<Triple>& triples) {
  std::vector<std::string> shown;
  for (const Triple& triple : triples) shown.push_back(Show(doc, triple));
  return shown;
}

std::vector<Triple> Extract(const Document& doc) { return NewPatternExtractor()->Extract(doc); }

const std::string kHopesForProgress = ConlluSentenceText({
    "Secretary secretary PROPN NNP",
    "of of ADP IN",
    "the the DET DT",
    "Russian Russian ADJ JJ",
    "Security Security PROPN NNP",
    "Council Council PROPN NNP",
    "Nikolai Nikolai PROPN NNP",
    "Patrushev Patrushev PROPN NNP",
    "hopes hope VERB VBZ",
    "for for ADP IN",
    "progress progress NOUN NN",
    "in in ADP IN",
    "cooperation cooperation NOUN NN",
    "between between ADP IN",
    "Russia Russia PROPN NNP",
    "and and CCONJ CC",
    "the the DET DT",
    "U.S. U.S. PROPN NNP",
    "in in ADP IN",
    "fighting fight VERB VBG",
    "terrorism terrorism NOUN NN",
    "in in ADP IN",
    "2017 2017 NUM CD",
    ". . PUNCT .",
});

TEST(PatternExtractor, HopesForProgressInNews) {
  Document doc = TaggedDocument(kHopesForProgress);
  std::vector<Triple> triples = Extract(doc);
  ASSERT_EQ(triples.size(), 1u) << ::testing::PrintToString(ShowAll(doc, triples));
  const Triple& triple = triples[0];
  EXPECT_EQ(doc.Text(triple.subject),
            "Secretary of the Russian Security Council Nikolai Patrushev");
  EXPECT_EQ(doc.Text(triple.relation), "hopes for");
  EXPECT_EQ(triple.relation_lemma, "hope for");
  EXPECT_EQ(doc.Text(triple.object), "progress in cooperation");
  EXPECT_EQ(triple.sentence, 0u);
  EXPECT_GT(triple.confidence, 0.5);
  EXPECT_LE(triple.confidence, 1.0);
}

TEST(PatternExtractor, ObjectWithoutAttachedPhraseWhenDisabled) {
  Document doc = TaggedDocument(kHopesForProgress);
  PatternExtractorOptions options;
  options.attach_object_pp = false;
  std::vector<Triple> triples = NewPatternExtractor(options)->Extract(doc);
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(doc.Text(triples[0].object), "progress");
}

TEST(PatternExtractor, ReportedSpeechYieldsTheInnerClause) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "Patrushev Patrushev PROPN NNP",
      "has have AUX VBZ",
      "also also ADV RB",
      "said say VERB VBN",
      "that that SCONJ IN",
      "Russia Russia PROPN NNP",
      "’s 's PART POS",
      "Security Security PROPN NNP",
      "Council Council PROPN NNP",
      "will will AUX MD",
      "be be AUX VB",
      "ready ready ADJ JJ",
      "to to PART TO",
      "cooperate cooperate VERB VB",
      "with with ADP IN",
      "partners partner NOUN NNS",
      "from from ADP IN",
      "the the DET DT",
      "United United PROPN NNP",
      "States States PROPN NNP",
      ". . PUNCT .",
  }));
  std::vector<Triple> triples = Extract(doc);
  EXPECT_EQ(ShowAll(doc, triples),
            std::vector<std::string>{"Russia ’s Security Council | be ready to cooperate with | "
                                     "partners from the United States"});
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(doc.Text(triples[0].relation), "will be ready to cooperate with");
}

TEST(PatternExtractor, VerbOfSayingWithBareObjectGivesNothing) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "Bortnikov Bortnikov PROPN NNP",
      "told tell VERB VBD",
      "reporters reporter NOUN NNS",
      "in in ADP IN",
      "Washington Washington PROPN NNP",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)), std::vector<std::string>{});

  Document circumstance = TaggedDocument(ConlluSentenceText({
      "he he PRON PRP",
      "said say VERB VBD",
      "in in ADP IN",
      "an a DET DT",
      "interview interview NOUN NN",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(circumstance, Extract(circumstance)), std::vector<std::string>{});

  Document passive = TaggedDocument(ConlluSentenceText({
      "Pictures picture NOUN NNS",
      "were be AUX VBD",
      "added add VERB VBN",
      "to to ADP IN",
      "the the DET DT",
      "album album NOUN NN",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(passive, Extract(passive)),
            std::vector<std::string>{"Pictures | be add to | the album"});
}

TEST(PatternExtractor, DateAfterAnObjectIsNotPartOfIt) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "The the DET DT",
      "Marines Marines PROPN NNPS",
      "took take VERB VBD",
      "Fallujah Fallujah PROPN NNP",
      "Wednesday Wednesday PROPN NNP",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)), std::vector<std::string>{"The Marines | take | Fallujah"});
}

TEST(PatternExtractor, LightWordLimitBoundsTheRelation) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "Russia Russia PROPN NNP",
      "is be AUX VBZ",
      "ready ready ADJ JJ",
      "to to PART TO",
      "cooperate cooperate VERB VB",
      "with with ADP IN",
      "Britain Britain PROPN NNP",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)),
            std::vector<std::string>{"Russia | be ready to cooperate with | Britain"});
  PatternExtractorOptions options;
  options.max_light_words = 0;
  EXPECT_TRUE(NewPatternExtractor(options)->Extract(doc).empty());
}

TEST(PatternExtractor, AuxiliariesAndAdverbsLeaveTheVerbLemma) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "Patrushev Patrushev PROPN NNP",
      "has have AUX VBZ",
      "also also ADV RB",
      "signed sign VERB VBN",
      "the the DET DT",
      "treaty treaty NOUN NN",
      ". . PUNCT .",
  }));
  std::vector<Triple> triples = Extract(doc);
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(doc.Text(triples[0].relation), "has also signed");
  EXPECT_EQ(triples[0].relation_lemma, "sign");
  EXPECT_EQ(Show(doc, triples[0]), "Patrushev | sign | the treaty");
}

TEST(PatternExtractor, NegationStaysInTheLabel) {
  Document doc = TaggedDocument(ConlluSentenceText({
                                    "The the DET DT",
                                    "company company NOUN NN",
                                    "did do AUX VBD",
                                    "not not PART RB",
                                    "support support VERB VB",
                                    "the the DET DT",
                                    "proposal proposal NOUN NN",
                                    ". . PUNCT .",
                                }) +
                                ConlluSentenceText({
                                    "Russia Russia PROPN NNP",
                                    "does do AUX VBZ",
                                    "n't not PART RB",
                                    "trust trust VERB VB",
                                    "Washington Washington PROPN NNP",
                                    ". . PUNCT .",
                                }));
  std::vector<Triple> triples = Extract(doc);
  EXPECT_EQ(ShowAll(doc, triples),
            (std::vector<std::string>{"The company | not support | the proposal",
                                      "Russia | not trust | Washington"}));
  ASSERT_EQ(triples.size(), 2u);
  EXPECT_EQ(doc.Text(triples[0].relation), "did not support");
  EXPECT_EQ(triples[1].sentence, 1u);
}

TEST(PatternExtractor, PassiveKeepsBeAndTheAgentPreposition) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "The the DET DT",
      "agreement agreement NOUN NN",
      "was be AUX VBD",
      "signed sign VERB VBN",
      "by by ADP IN",
      "Putin Putin PROPN NNP",
      ". . PUNCT .",
  }));
  std::vector<Triple> triples = Extract(doc);
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(Show(doc, triples[0]), "The agreement | be sign by | Putin");
  EXPECT_EQ(doc.Text(triples[0].relation), "was signed by");
}

TEST(PatternExtractor, Copula) {
  Document doc = TaggedDocument(ConlluSentenceText({
                                    "Patrushev Patrushev PROPN NNP",
                                    "is be AUX VBZ",
                                    "the the DET DT",
                                    "secretary secretary NOUN NN",
                                    "of of ADP IN",
                                    "the the DET DT",
                                    "Security Security PROPN NNP",
                                    "Council Council PROPN NNP",
                                    ". . PUNCT .",
                                }) +
                                ConlluSentenceText({
                                    "Bortnikov Bortnikov PROPN NNP",
                                    "is be AUX VBZ",
                                    "head head NOUN NN",
                                    "of of ADP IN",
                                    "the the DET DT",
                                    "FSB FSB PROPN NNP",
                                    ". . PUNCT .",
                                }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)),
            (std::vector<std::string>{"Patrushev | be | the secretary of the Security Council",
                                      "Bortnikov | be head of | the FSB"}));
}

TEST(PatternExtractor, LightVerbConstruction) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "Russia Russia PROPN NNP",
      "took take VERB VBD",
      "part part NOUN NN",
      "in in ADP IN",
      "the the DET DT",
      "operation operation NOUN NN",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)),
            std::vector<std::string>{"Russia | take part in | the operation"});
}

TEST(PatternExtractor, AppositionPrefersTheName) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "The the DET DT",
      "head head NOUN NN",
      "of of ADP IN",
      "the the DET DT",
      "FSB FSB PROPN NNP",
      ", , PUNCT ,",
      "Alexander Alexander PROPN NNP",
      "Bortnikov Bortnikov PROPN NNP",
      ", , PUNCT ,",
      "visited visit VERB VBD",
      "Washington Washington PROPN NNP",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)),
            std::vector<std::string>{"Alexander Bortnikov | visit | Washington"});
}

TEST(PatternExtractor, RelativePronounIsSkipped) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "Peskov Peskov PROPN NNP",
      ", , PUNCT ,",
      "who who PRON WP",
      "is be AUX VBZ",
      "currently currently ADV RB",
      "in in ADP IN",
      "New New PROPN NNP",
      "York York PROPN NNP",
      ", , PUNCT ,",
      "said say VERB VBD",
      ". . PUNCT .",
  }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)), std::vector<std::string>{"Peskov | be in | New York"});
}

TEST(PatternExtractor, DateIsDroppedFromSubjectAndPrepositionalObjectIsNoSubject) {
  Document doc = TaggedDocument(ConlluSentenceText({
                                    "President President PROPN NNP",
                                    "Bush Bush PROPN NNP",
                                    "on on ADP IN",
                                    "Tuesday Tuesday PROPN NNP",
                                    "nominated nominate VERB VBD",
                                    "two two NUM CD",
                                    "individuals individual NOUN NNS",
                                    ". . PUNCT .",
                                }) +
                                ConlluSentenceText({
                                    "The the DET DT",
                                    "number number NOUN NN",
                                    "of of ADP IN",
                                    "mercenaries mercenary NOUN NNS",
                                    "fighting fight VERB VBG",
                                    "for for ADP IN",
                                    "ISIL ISIL PROPN NNP",
                                    "has have AUX VBZ",
                                    "risen rise VERB VBN",
                                    "to to ADP IN",
                                    "20,000 20,000 NUM CD",
                                    ". . PUNCT .",
                                }));
  EXPECT_EQ(ShowAll(doc, Extract(doc)),
            std::vector<std::string>{"President Bush | nominate | two individuals"});
}

TEST(PatternExtractor, CoordinatedVerbInheritsSubjectWithLowerConfidence) {
  Document doc = TaggedDocument(ConlluSentenceText({
      "Extremists extremist NOUN NNS",
      "get get VERB VBP",
      "training training NOUN NN",
      "and and CCONJ CC",
      "can can AUX MD",
      "later later ADV RB",
      "infiltrate infiltrate VERB VB",
      "Western Western ADJ JJ",
      "countries country NOUN NNS",
      ". . PUNCT .",
  }));
  std::vector<Triple> triples = Extract(doc);
  EXPECT_EQ(ShowAll(doc, triples),
            (std::vector<std::string>{"Extremists | get | training",
                                      "Extremists | infiltrate | Western countries"}));
  ASSERT_EQ(triples.size(), 2u);
  EXPECT_LT(triples[1].confidence, triples[0].confidence);

  PatternExtractorOptions options;
  options.inherit_coordinated_subject = false;
  EXPECT_EQ(NewPatternExtractor(options)->Extract(doc).size(), 1u);
}

TEST(PatternExtractor, PronounSubjectIsKeptWithLowerConfidence) {
  Document doc = TaggedDocument(
      ConlluSentenceText({"He he PRON PRP", "signed sign VERB VBD", "the the DET DT",
                          "agreement agreement NOUN NN", ". . PUNCT ."}) +
      ConlluSentenceText({"Putin Putin PROPN NNP", "signed sign VERB VBD", "the the DET DT",
                          "agreement agreement NOUN NN", ". . PUNCT ."}));
  std::vector<Triple> triples = Extract(doc);
  ASSERT_EQ(triples.size(), 2u);
  EXPECT_EQ(doc.Text(triples[0].subject), "He");
  EXPECT_LT(triples[0].confidence, triples[1].confidence);

  PatternExtractorOptions options;
  options.min_confidence = (triples[0].confidence + triples[1].confidence) / 2;
  std::vector<Triple> kept = NewPatternExtractor(options)->Extract(doc);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(doc.Text(kept[0].subject), "Putin");
}

TEST(PatternExtractor, NothingWithoutAVerbOrWithoutTokens) {
  Document no_verb = TaggedDocument(ConlluSentenceText({
      "The the DET DT",
      "end end NOUN NN",
      "of of ADP IN",
      "the the DET DT",
      "story story NOUN NN",
      ". . PUNCT .",
  }));
  EXPECT_TRUE(Extract(no_verb).empty());

  EXPECT_TRUE(Extract(Document{}).empty());
  Document empty_sentence;
  empty_sentence.sentences.emplace_back();
  EXPECT_TRUE(Extract(empty_sentence).empty());
}

TEST(PatternExtractor, UntaggedTokensGiveNothing) {
  Document doc = TaggedDocument(kHopesForProgress);
  for (Token& token : doc.sentences[0].tokens) {
    Token untagged;
    untagged.span = token.span;
    token = untagged;
  }
  EXPECT_TRUE(Extract(doc).empty());
}

TEST(PatternExtractor, Deterministic) {
  Document doc = TaggedDocument(kHopesForProgress + kHopesForProgress);
  std::unique_ptr<Extractor> extractor = NewPatternExtractor();
  std::vector<Triple> first = extractor->Extract(doc);
  std::vector<Triple> second = extractor->Extract(doc);
  ASSERT_EQ(first.size(), 2u);
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].sentence, i);
    EXPECT_EQ(first[i].subject, second[i].subject);
    EXPECT_EQ(first[i].relation, second[i].relation);
    EXPECT_EQ(first[i].object, second[i].object);
    EXPECT_EQ(first[i].relation_lemma, second[i].relation_lemma);
    EXPECT_EQ(first[i].confidence, second[i].confidence);
  }
}

TEST(ExtractorFactory, KnowsBothExtractors) {
  EXPECT_EQ(ExtractorNames(), (std::vector<std::string>{"clause", "pattern"}));
  EXPECT_EQ(NewExtractor("pattern")->Name(), "pattern");
  EXPECT_THROW(NewExtractor("reverb"), Error);
}

bool Within(ByteSpan inner, ByteSpan outer) {
  return !inner.empty() && outer.begin <= inner.begin && inner.end <= outer.end;
}

TEST(PatternExtractor, RunsOverEwtDevWithValidTriples) {
  std::filesystem::path path =
      std::filesystem::path(KGRAPH_SHARED_DIR) / "data/ud-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "EWT dev data not found at " << path
                 << "; set KGRAPH_SHARED_DIR to the shared data directory";
  }
  std::vector<ConlluSentence> gold = ReadConlluFile(path.string());
  Document doc = DocumentFromGoldWords(gold, "ewt-dev");
  CopyGoldTags(gold, doc);

  auto start = std::chrono::steady_clock::now();
  std::vector<Triple> triples = Extract(doc);
  std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;

  std::size_t tokens = 0;
  for (const Sentence& sentence : doc.sentences) tokens += sentence.tokens.size();
  std::cout << triples.size() << " triples from " << doc.sentences.size() << " sentences, "
            << static_cast<long>(tokens / std::max(seconds.count(), 1e-9)) << " tokens/s\n";

  EXPECT_GT(triples.size(), doc.sentences.size() / 4);
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    ASSERT_LT(t.sentence, doc.sentences.size());
    ByteSpan sentence = doc.sentences[t.sentence].span;
    EXPECT_TRUE(Within(t.subject, sentence) && Within(t.relation, sentence) &&
                Within(t.object, sentence))
        << Show(doc, t);
    EXPECT_LE(t.subject.end, t.relation.begin) << Show(doc, t);
    EXPECT_LE(t.relation.end, t.object.begin) << Show(doc, t);
    EXPECT_FALSE(t.relation_lemma.empty());
    EXPECT_GE(t.confidence, 0.0);
    EXPECT_LE(t.confidence, 1.0);
    if (i > 0) {
      const Triple& p = triples[i - 1];
      EXPECT_TRUE(p.sentence < t.sentence ||
                  (p.sentence == t.sentence && p.relation.begin < t.relation.begin));
    }
  }
}

}  // namespace
}  // namespace kgraph
