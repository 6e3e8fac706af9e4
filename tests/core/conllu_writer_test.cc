#include "core/conllu/conllu_writer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/text/tokenizer.h"

namespace kgraph {
namespace {

// What a tagger and parser would put on one token.
struct Analysis {
  const char* lemma;
  Upos upos;
  const char* xpos;
  int head;  // 0-based, -1 = root
  const char* deprel;
};

void Annotate(Document& doc, const std::vector<Analysis>& analyses) {
  std::size_t next = 0;
  for (Sentence& sentence : doc.sentences) {
    for (Token& token : sentence.tokens) {
      ASSERT_LT(next, analyses.size()) << "more tokens than analyses";
      const Analysis& a = analyses[next++];
      token.lemma = a.lemma;
      token.upos = a.upos;
      token.xpos = a.xpos;
      token.head = a.head;
      token.deprel = a.deprel;
    }
  }
  EXPECT_EQ(next, analyses.size()) << "fewer tokens than analyses";
}

std::string Write(const std::vector<ConlluSentence>& sentences) {
  std::ostringstream out;
  WriteConllu(sentences, out);
  return out.str();
}

// Two paragraphs of raw text, tokenized by kgraph's tokenizer, with a clitic split off a name and
// off an auxiliary, a hard-wrapped line, and no newline at the end.
Document AnalysedNews() {
  Document doc;
  doc.id = "news/a b.txt";
  doc.text = "Putin\u2019s aides don't know.\n\nHe\n  left";
  std::uint32_t second = static_cast<std::uint32_t>(doc.text.find("He"));
  doc.paragraphs = {{{0, second - 2}, false},
                    {{second, static_cast<std::uint32_t>(doc.text.size())}, false}};
  NewEnglishTokenizer()->Tokenize(doc);
  Annotate(doc, {{"Putin", Upos::kPropn, "NNP", 2, "nmod:poss"},
                 {"\u2019s", Upos::kPart, "POS", 0, "case"},
                 {"aide", Upos::kNoun, "NNS", 5, "nsubj"},
                 {"do", Upos::kAux, "VBP", 5, "aux"},
                 {"not", Upos::kPart, "RB", 5, "advmod"},
                 {"know", Upos::kVerb, "VB", -1, "root"},
                 {".", Upos::kPunct, ".", 5, "punct"},
                 {"he", Upos::kPron, "PRP", 1, "nsubj"},
                 {"leave", Upos::kVerb, "VBD", -1, "root"}});
  return doc;
}

TEST(ConlluWriter, WritesUniversalDependenciesLines) {
  EXPECT_EQ(Write(ConlluFromDocument(AnalysedNews())),
            "# newdoc id = news/a_b.txt\n"
            "# newpar\n"
            "# sent_id = news_a_b.txt-1\n"
            "# text = Putin\u2019s aides don't know.\n"
            "1-2\tPutin\u2019s\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "1\tPutin\tPutin\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
            "2\t\u2019s\t\u2019s\tPART\tPOS\t_\t1\tcase\t_\t_\n"
            "3\taides\taide\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
            "4-5\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "4\tdo\tdo\tAUX\tVBP\t_\t6\taux\t_\t_\n"
            "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_\n"
            "6\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
            "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n"
            "\n"
            "# newpar\n"
            "# sent_id = news_a_b.txt-2\n"
            "# text = He left\n"
            "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
            "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
            "\n");
}

TEST(ConlluWriter, RoundTripsThroughTheReader) {
  Document doc = AnalysedNews();
  std::istringstream in(Write(ConlluFromDocument(doc)));
  std::vector<ConlluSentence> read = ReadConllu(in, "round-trip.conllu");
  ASSERT_EQ(read.size(), doc.sentences.size());
  for (std::size_t s = 0; s < read.size(); ++s) {
    const std::vector<Token>& tokens = doc.sentences[s].tokens;
    ASSERT_EQ(read[s].words.size(), tokens.size());
    EXPECT_EQ(read[s].text, NormalizedText(doc, doc.sentences[s].span));
    EXPECT_EQ(read[s].sent_id, "news_a_b.txt-" + std::to_string(s + 1));
    EXPECT_TRUE(read[s].newpar);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const ConlluWord& word = read[s].words[i];
      EXPECT_EQ(word.form, doc.Form(tokens[i]));
      EXPECT_EQ(word.lemma, tokens[i].lemma);
      EXPECT_EQ(word.upos, UposName(tokens[i].upos));
      EXPECT_EQ(word.xpos, tokens[i].xpos);
      EXPECT_EQ(word.head, tokens[i].head + 1);
      EXPECT_EQ(word.deprel, tokens[i].deprel);
    }
  }
  EXPECT_EQ(read[0].newdoc_id, "news/a_b.txt");
  ASSERT_EQ(read[0].multiwords.size(), 2u);
  EXPECT_EQ(read[0].multiwords[1].form, "don't");
  EXPECT_FALSE(read[0].words[5].SpaceAfter());  // "know" before "."
  EXPECT_TRUE(read[1].words[1].SpaceAfter());   // the end of the text: nothing follows
}

TEST(ConlluWriter, WhiteSpaceInsideAFormBecomesANoBreakSpace) {
  Document doc;
  doc.id = "d";
  doc.text = "New York\tis big";
  Sentence sentence;
  sentence.span = {0, static_cast<std::uint32_t>(doc.text.size())};
  sentence.tokens.resize(3);
  sentence.tokens[0].span = {0, 11};  // "New York\tis": a form with a space and a tab
  sentence.tokens[1].span = {12, 15};
  sentence.tokens[1].head = 0;
  sentence.tokens[1].deprel = "dep";
  sentence.tokens[2].span = {15, 15};  // empty: written as "_"
  sentence.tokens[2].head = 0;
  doc.sentences.push_back(sentence);
  std::string out = Write(ConlluFromDocument(doc));
  EXPECT_NE(out.find("# text = New York is big\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\n1\tNew\u00a0York\u00a0is\t_\tX\t_\t_\t0\t_\t_\t_\n"), std::string::npos)
      << out;
  EXPECT_NE(out.find("\n2\tbig\t_\tX\t_\t_\t1\tdep\t_\t_\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\n3\t_\t_\tX\t_\t_\t1\t_\t_\t_\n"), std::string::npos) << out;
}

TEST(ConlluWriter, HeadOutsideTheSentenceIsAnError) {
  Document doc = AnalysedNews();
  doc.sentences[1].tokens[0].head = 2;
  EXPECT_THROW(ConlluFromDocument(doc), Error);
}

constexpr char kGiven[] =
    "# newdoc id = ewt-1\n"
    "# sent_id = s1\n"
    "# text = I didn't go.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t3\tnsubj\t3:nsubj\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

TEST(ConlluWriter, WithPredictionsKeepsTokensAndCommentsAndReplacesTheAnalysis) {
  std::istringstream in(kGiven);
  std::vector<ConlluSentence> given = ReadConllu(in, "given.conllu");
  Document doc = DocumentFromGoldWords(given, "given.conllu");
  Annotate(doc, {{"i", Upos::kPron, "PRP", 1, "nsubj"},
                 {"do", Upos::kAux, "VBD", -1, "root"},
                 {"not", Upos::kPart, "RB", 1, "advmod"},
                 {"go", Upos::kVerb, "VB", 1, "xcomp"},
                 {".", Upos::kPunct, ".", 1, "punct"}});
  EXPECT_EQ(Write(WithPredictions(given, doc)),
            "# newdoc id = ewt-1\n"
            "# sent_id = s1\n"
            "# text = I didn't go.\n"
            "1\tI\ti\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
            "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "2\tdid\tdo\tAUX\tVBD\t_\t0\troot\t_\t_\n"
            "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n"
            "4\tgo\tgo\tVERB\tVB\t_\t2\txcomp\t_\tSpaceAfter=No\n"
            "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
            "\n");
}

TEST(ConlluWriter, WithPredictionsRejectsAnAnalysisOfOtherWords) {
  std::istringstream in(kGiven);
  std::vector<ConlluSentence> given = ReadConllu(in, "given.conllu");
  Document doc = DocumentFromGoldWords(given, "given.conllu");
  doc.sentences[0].tokens.pop_back();
  EXPECT_THROW(WithPredictions(given, doc), Error);
}

}  // namespace
}  // namespace kgraph
