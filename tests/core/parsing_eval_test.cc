#include "core/eval/parsing_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/eval/tagging_eval.h"
#include "core/tagger/tagger.h"
#include "tests/core/conllu_samples.h"

namespace kgraph {
namespace {

using testing::kGoldDocument;

std::vector<ConlluSentence> Read(const std::string& text) { return testing::ReadConlluText(text); }

// One sentence in the notation of conll18_ud_eval.py's own tests: "abc a b c" is the multiword
// token "abc" of the words a, b and c; the first word is the root, the others depend on it.
std::vector<ConlluSentence> Spec(const std::vector<std::string>& tokens) {
  std::string text;
  int words = 0;
  auto word_line = [&](const std::string& form) {
    ++words;
    text += std::to_string(words) + "\t" + form + "\t_\t_\t_\t_\t" + (words > 1 ? "1" : "0") +
            "\t_\t_\t_\n";
  };
  for (const std::string& token : tokens) {
    std::vector<std::string> parts;
    std::istringstream split(token);
    for (std::string part; split >> part;) parts.push_back(part);
    if (parts.size() == 1) {
      word_line(parts[0]);
      continue;
    }
    text += std::to_string(words + 1) + "-" + std::to_string(words + parts.size() - 1) + "\t" +
            parts[0] + "\t_\t_\t_\t_\t_\t_\t_\t_\n";
    for (std::size_t i = 1; i < parts.size(); ++i) word_line(parts[i]);
  }
  return Read(text + "\n");
}

struct AlignmentCase {
  std::vector<std::string> gold;
  std::vector<std::string> system;
  std::size_t aligned;
};

// The expectations of conll18_ud_eval.py's TestAlignment, case for case.
TEST(ParsingEval, AlignsWordsAsTheCoNLL2018Script) {
  const std::vector<AlignmentCase> cases = {
      {{"a"}, {"a"}, 1},
      {{"a", "b", "c"}, {"a", "b", "c"}, 3},
      {{"abc a b c"}, {"a", "b", "c"}, 3},
      {{"a", "bc b c", "d"}, {"a", "b", "c", "d"}, 4},
      {{"abcd a b c d"}, {"ab a b", "cd c d"}, 4},
      {{"abc a b c", "de d e"}, {"a", "bcd b c d", "e"}, 5},
      {{"abcd"}, {"a", "b", "c", "d"}, 0},
      {{"abc", "d"}, {"a", "b", "c", "d"}, 1},
      {{"a", "bc", "d"}, {"a", "b", "c", "d"}, 2},
      {{"a", "bc b c", "d"}, {"a", "b", "cd"}, 2},
      {{"abc a BX c", "def d EX f"}, {"ab a b", "cd c d", "ef e f"}, 4},
      {{"ab a b", "cd bc d"}, {"a", "bc", "d"}, 2},
      {{"a", "bc b c", "d"}, {"ab AX BX", "cd CX a"}, 1},
  };
  for (const AlignmentCase& c : cases) {
    std::vector<ConlluSentence> gold = Spec(c.gold), system = Spec(c.system);
    ParsingScores scores = ScoreParse(gold, system);
    std::string name =
        ::testing::PrintToString(c.gold) + " vs " + ::testing::PrintToString(c.system);
    EXPECT_EQ(scores.words.gold, gold[0].words.size()) << name;
    EXPECT_EQ(scores.words.system, system[0].words.size()) << name;
    EXPECT_EQ(scores.words.correct, c.aligned) << name;
  }
}

TEST(ParsingEval, RefusesSystemWordsThatSpellOtherText) {
  std::vector<ConlluSentence> gold = Read(
      "1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n\n"
      "1\tb\t_\t_\t_\t_\t0\t_\t_\t_\n\n");
  std::vector<ConlluSentence> system = Read(
      "1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n"
      "2\tc\t_\t_\t_\t_\t1\t_\t_\t_\n\n");
  try {
    ScoreParse(gold, system);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.location().line, 3u) << e.what();  // the gold sentence of "b"
    EXPECT_NE(std::string(e.what()).find("'b'"), std::string::npos) << e.what();
  }
}

TEST(ParsingEval, LasComparesUniversalRelationsAndGoldLemmaUnderscoreAcceptsAny) {
  std::vector<ConlluSentence> gold = Read(
      "1\tPutin\t_\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
      "3\taides\taide\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  std::vector<ConlluSentence> system = Read(
      "1\tPutin\tPutin\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
      "2\t's\t's\tPART\tVBZ\t_\t1\tcase:poss\t_\t_\n"
      "3\taides\taides\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tobl\t_\t_\n\n");
  ParsingScores scores = ScoreParse(gold, system);
  EXPECT_EQ(scores.words.correct, 4u);
  EXPECT_EQ(scores.upos.correct, 4u);
  EXPECT_EQ(scores.xpos.correct, 3u);
  EXPECT_EQ(scores.lemma.correct, 3u);  // "_" accepts "Putin"; "aides" is not "aide"
  EXPECT_EQ(scores.uas.correct, 4u);
  EXPECT_EQ(scores.las.correct, 3u);  // nmod = nmod:poss, case:poss = case, obl != punct
  EXPECT_DOUBLE_EQ(scores.las.F1(), 0.75);
}

constexpr char kGoldDont[] =
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n\n";

TEST(ParsingEval, AlignsSystemWordsInsideAGoldMultiwordTokenByForm) {
  // The system splits "don't" like the gold words but writes no multiword token line.
  std::vector<ConlluSentence> system = Read(
      "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n"
      "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n\n");
  ParsingScores scores = ScoreParse(Read(kGoldDont), system);
  EXPECT_EQ(scores.tokens.gold, 3u);  // I, don't, know
  EXPECT_EQ(scores.tokens.system, 4u);
  EXPECT_EQ(scores.tokens.correct, 2u);
  EXPECT_EQ(scores.words.correct, 4u);
  EXPECT_EQ(scores.uas.correct, 3u);  // "n't" hangs on "do", not on "know"
}

TEST(ParsingEval, AHeadThatIsNotAlignedIsWrong) {
  // "don" + "'t": neither form is a gold word, so neither aligns; "I" hangs on "don".
  std::vector<ConlluSentence> system = Read(
      "1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tdon\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
      "3\t't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n\n");
  ParsingScores scores = ScoreParse(Read(kGoldDont), system);
  EXPECT_EQ(scores.words.correct, 2u);
  EXPECT_DOUBLE_EQ(scores.words.Precision(), 0.5);
  EXPECT_EQ(scores.uas.correct, 1u);  // only the root
  EXPECT_EQ(scores.upos.correct, 2u);
  EXPECT_DOUBLE_EQ(scores.AlignedAccuracy(scores.uas), 0.5);
}

TEST(ParsingEval, ScoresAcrossASentenceSplitMismatch) {
  std::vector<ConlluSentence> gold = Read(
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tcame\tcome\tVERB\tVBD\t_\t0\troot\t_\t_\n\n"
      "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  std::vector<ConlluSentence> system = Read(
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tcame\tcome\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tShe\tshe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "4\tleft\tleave\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n\n");
  ParsingScores scores = ScoreParse(gold, system);
  EXPECT_EQ(scores.sentences.gold, 2u);
  EXPECT_EQ(scores.sentences.system, 1u);
  EXPECT_EQ(scores.sentences.correct, 0u);
  EXPECT_EQ(scores.words.correct, 4u);
  EXPECT_EQ(scores.uas.correct, 3u);  // "She" still finds "left" in the other sentence
  EXPECT_EQ(scores.las.correct, 3u);
}

TEST(ParsingEval, RefusesAHeadOutsideTheSentence) {
  std::vector<ConlluSentence> system = Read("1\ta\t_\t_\t_\t_\t2\t_\t_\t_\n\n");
  EXPECT_THROW(ScoreParse(Read("1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n\n"), system), Error);
}

// A perfect tagger and parser for text that is tokenized exactly as the gold: the k-th token
// analysed (over all calls) gets the k-th gold word's annotation. A sentence with more than one
// root, because the system joined gold sentences, keeps the first and attaches the others to it.
class Oracle {
 public:
  explicit Oracle(const std::vector<ConlluSentence>& gold) {
    for (const ConlluSentence& sentence : gold) {
      int base = static_cast<int>(words_.size());
      for (const ConlluWord& word : sentence.words) {
        words_.push_back({&word, word.head == 0 ? -1 : base + word.head - 1});
      }
    }
  }

  void operator()(Document& doc) {
    for (Sentence& sentence : doc.sentences) {
      const int base = next_;
      const int size = static_cast<int>(sentence.tokens.size());
      int root = -1;
      for (Token& token : sentence.tokens) {
        ASSERT_LT(next_, static_cast<int>(words_.size()));
        const auto& [word, head] = words_[next_++];
        token.upos = ParseUpos(word->upos).value_or(Upos::kX);
        token.xpos = word->xpos;
        token.lemma = word->lemma;
        token.deprel = word->deprel;
        token.head = head - base >= 0 && head - base < size ? head - base : -1;
      }
      for (int i = 0; i < size; ++i) {
        Token& token = sentence.tokens[i];
        if (token.head != -1) continue;
        if (root == -1) {
          root = i;
        } else {
          token.head = root;
          token.deprel = "parataxis";
        }
      }
    }
  }

 private:
  std::vector<std::pair<const ConlluWord*, int>> words_;  // with the global index of the head
  int next_ = 0;
};

TEST(ParsingEval, PerfectAnalysisOfGoldTokensScoresOneHundred) {
  std::vector<ConlluSentence> gold = Read(kGoldDocument);
  ParsingScores scores = EvaluateParsingOnGoldTokens(gold, Oracle(gold));
  EXPECT_EQ(scores.words.gold, 9u);
  EXPECT_EQ(scores.tokens.correct, 8u);  // the gold tokenization, multiword token included
  std::string report = FormatParsingScores(scores, false);
  EXPECT_EQ(report.find("tokens:"), std::string::npos) << report;
  EXPECT_NE(report.find("las: gold=9 system=9 correct=9 "), std::string::npos) << report;
  EXPECT_TRUE(report.ends_with("\nupos=100.00 xpos=100.00 lemma=100.00 uas=100.00 las=100.00\n"))
      << report;
}

TEST(ParsingEval, PerfectAnalysisOfRawTextScoresOneHundred) {
  std::vector<ConlluSentence> gold = Read(kGoldDocument);
  ParsingScores scores = EvaluateParsingOnRawText(gold, *NewEnglishTokenizer(), Oracle(gold));
  // "do" + "n't" regrouped into the token "don't", as the gold writes it.
  EXPECT_EQ(scores.tokens.system, 8u);
  EXPECT_EQ(scores.tokens.correct, 8u);
  EXPECT_EQ(scores.sentences.correct, 3u);
  EXPECT_EQ(scores.words.correct, 9u);
  EXPECT_EQ(scores.las.correct, 9u);
  EXPECT_TRUE(FormatParsingScores(scores, true).starts_with("tokens: gold=8 system=8 correct=8 "));
}

TEST(ParsingEval, RawTextWithASentenceSplitMismatch) {
  // Without a full stop after "came" the splitter sees one sentence where the gold has two.
  std::vector<ConlluSentence> gold = Read(
      "# text = I came\n"
      "1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tcame\tcome\tVERB\tVBD\t_\t0\troot\t_\t_\n\n"
      "# text = He left.\n"
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  ParsingScores scores = EvaluateParsingOnRawText(gold, *NewEnglishTokenizer(), Oracle(gold));
  EXPECT_EQ(scores.sentences.gold, 2u);
  EXPECT_EQ(scores.sentences.system, 1u);
  EXPECT_EQ(scores.sentences.correct, 0u);
  EXPECT_EQ(scores.words.correct, 5u);
  EXPECT_EQ(scores.uas.correct, 4u);  // "left" hangs on "came" instead of being a root
  std::string report = FormatParsingScores(scores, true);
  EXPECT_NE(report.find("\naligned accuracy: upos=100.00 xpos=100.00 lemma=100.00 uas=80.00 "
                        "las=80.00\n"),
            std::string::npos)
      << report;
  EXPECT_TRUE(report.ends_with("\nupos=100.00 xpos=100.00 lemma=100.00 uas=80.00 las=80.00\n"))
      << report;
}

std::string EwtDev() {
  return std::string(KGRAPH_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-dev.conllu";
}

// Two implementations of the character alignment must agree: the raw-text tokens and sentences
// of this evaluator are those of `kgraph eval tokenize`.
TEST(ParsingEval, EwtDevSegmentationAgreesWithTheTokenizationEval) {
  if (!std::filesystem::exists(EwtDev())) {
    GTEST_SKIP() << "UD EWT dev not found at " << EwtDev()
                 << " (the shared data directory is missing; set KGRAPH_SHARED_DIR)";
  }
  std::vector<ConlluSentence> gold = ReadConlluFile(EwtDev());
  std::unique_ptr<Tokenizer> tokenizer = NewEnglishTokenizer();
  ParsingScores parsing = EvaluateParsingOnRawText(gold, *tokenizer, [](Document&) {});
  TokenizationScores tokenization = EvaluateTokenization(gold, *tokenizer);
  for (auto [mine, theirs] : {std::pair{parsing.tokens, tokenization.tokens},
                              std::pair{parsing.sentences, tokenization.sentences}}) {
    EXPECT_EQ(mine.gold, theirs.gold);
    EXPECT_EQ(mine.system, theirs.system);
    EXPECT_EQ(mine.correct, theirs.correct);
  }
  EXPECT_GT(parsing.words.F1(), 0.98) << FormatParsingScores(parsing, true);
}

// With gold tokens the CoNLL 2018 UPOS and XPOS are the tagging accuracies of `kgraph eval tag`.
TEST(ParsingEval, EwtDevGoldTokenTagsAgreeWithTheTaggingEval) {
  const std::string model = std::string(KGRAPH_SOURCE_DIR) + "/models/tagger.bin";
  if (!std::filesystem::exists(EwtDev())) {
    GTEST_SKIP() << "UD EWT dev not found at " << EwtDev()
                 << " (the shared data directory is missing; set KGRAPH_SHARED_DIR)";
  }
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no tagger model at " << model;
  std::vector<ConlluSentence> gold = ReadConlluFile(EwtDev());
  std::unique_ptr<Tagger> tagger = Tagger::Load(model);
  ParsingScores parsing =
      EvaluateParsingOnGoldTokens(gold, [&](Document& doc) { tagger->Tag(doc); });
  TaggingScores tagging = EvaluateTagger(*tagger, gold);
  EXPECT_EQ(parsing.words.correct, tagging.words);
  EXPECT_EQ(parsing.upos.correct, tagging.upos_correct);
  EXPECT_EQ(parsing.xpos.correct, tagging.xpos_correct);
  EXPECT_GE(parsing.lemma.correct, tagging.lemma_correct);  // plus gold lemmas "_"
}

}  // namespace
}  // namespace kgraph
