// The document evidence of the entity recognizer: what the other occurrences of a name add.
#include "entities/ner_document_evidence.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"

namespace kgraph {
namespace {

// "Coron" three times: alone, after "to", before "Island"; "Lord" once, and "lord" later.
constexpr char kText[] =
    "1\tCoron\tCoron\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
    "3\tsmall\tsmall\tADJ\tJJ\t_\t0\troot\t_\t_\n"
    "\n"
    "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tflew\tfly\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tCoron\tCoron\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "\n"
    "1\tCoron\tCoron\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
    "2\tIsland\tIsland\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "3\tLord\tLord\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tsank\tsink\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "\n"
    "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tlord\tlord\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tslept\tsleep\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "\n";

Document Analysed() {
  std::istringstream in(kText);
  const std::vector<ConlluSentence> sentences = ReadConllu(in, "evidence.conllu");
  Document doc = DocumentFromGoldWords(sentences, "evidence");
  CopyGoldAnalysis(sentences, doc);
  return doc;
}

const Gazetteer& Lists() {
  static const Gazetteer gazetteer = Gazetteer::BuiltIn();
  return gazetteer;
}

bool SortedWithoutRepeats(const std::vector<FeatureHash>& items) {
  return std::adjacent_find(items.begin(), items.end(), std::greater_equal<>()) == items.end();
}

TEST(NerDocumentEvidence, ComesFromTheOtherOccurrencesOnly) {
  const Document doc = Analysed();
  const NerDocumentEvidence evidence(doc, Lists());
  const std::vector<FeatureHash> first = evidence.Of(0, 0);   // Coron is small
  const std::vector<FeatureHash> second = evidence.Of(1, 3);  // to Coron
  const std::vector<FeatureHash> third = evidence.Of(2, 0);   // Coron Island
  for (const auto* items : {&first, &second, &third}) {
    EXPECT_FALSE(items->empty());
    EXPECT_TRUE(SortedWithoutRepeats(*items));
    EXPECT_LE(items->size(), NerDocumentEvidence::kMaxItems + 1);
  }
  // Each occurrence misses what only it has, so no two see the same evidence.
  EXPECT_NE(first, second);
  EXPECT_NE(second, third);
  EXPECT_NE(first, third);
  // The evidence of the first two together is that of the third plus what the third has and the
  // others lack: every item of the third's evidence is in the first's or the second's.
  for (FeatureHash item : third) {
    EXPECT_TRUE(std::binary_search(first.begin(), first.end(), item) ||
                std::binary_search(second.begin(), second.end(), item));
  }
}

TEST(NerDocumentEvidence, IsEmptyForLowerCaseWordsAndNamesSeenOnce) {
  const Document doc = Analysed();
  const NerDocumentEvidence evidence(doc, Lists());
  EXPECT_TRUE(evidence.Of(1, 1).empty());  // flew
  EXPECT_TRUE(evidence.Of(2, 1).empty());  // Island, once
  // "Lord" is seen once too, but the document writes "lord" as well: one marker.
  EXPECT_EQ(evidence.Of(2, 2).size(), 1u);
}

TEST(NerDocumentEvidence, KeepsTheMostFrequentContexts) {
  // "Coron" before twenty different verbs: more contexts than kept.
  std::string text;
  for (int i = 0; i < 20; ++i) {
    const std::string verb = "verb" + std::to_string(i);
    text += "1\tCoron\tCoron\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\t" + verb + "\t" + verb +
            "\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
  }
  std::istringstream in(text);
  const std::vector<ConlluSentence> sentences = ReadConllu(in, "many.conllu");
  Document doc = DocumentFromGoldWords(sentences, "many");
  CopyGoldAnalysis(sentences, doc);
  const NerDocumentEvidence evidence(doc, Lists());
  const std::vector<FeatureHash> items = evidence.Of(0, 0);
  EXPECT_EQ(items.size(), NerDocumentEvidence::kMaxItems);
  EXPECT_TRUE(SortedWithoutRepeats(items));
}

TEST(NerDocumentEvidence, IsTheSameForTheSameDocument) {
  const Document doc = Analysed();
  const NerDocumentEvidence one(doc, Lists()), two(doc, Lists());
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    for (std::size_t t = 0; t < doc.sentences[s].tokens.size(); ++t) {
      EXPECT_EQ(one.Of(s, t), two.Of(s, t)) << s << ":" << t;
    }
  }
}

}  // namespace
}  // namespace kgraph
