#include "core/eval/parsing_eval.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <utility>

#include "core/conllu/conllu_writer.h"
#include "core/error.h"
#include "core/tagger/features.h"
#include "core/text/char_class.h"

namespace kgraph {
namespace {

constexpr int kRoot = -1;
constexpr int kNotAligned = -2;

// A range of non-space characters (bytes) of the whole file: the script's UDSpan.
struct CharSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// The script's UDWord.
struct EvalWord {
  CharSpan span;           // of the word, or of its whole multiword token
  bool multiword = false;  // part of a multiword token
  int parent = kRoot;      // index of the head among the words of the same analysis
  const ConlluWord* columns = nullptr;
  // White space removed and lowercased: what the LCS compares. LowercaseWord() maps one code point
  // to one, so it differs from Python's lower() only for the few characters that lowercase to two
  // (U+0130 "İ" -> "i̇").
  std::string form;
  std::string_view deprel;  // the universal part: "nmod" of "nmod:poss"
};

// The script's UDRepresentation of one side, with the sentence each span came from.
struct Analysis {
  std::string characters;  // every form, white space removed, concatenated
  std::vector<CharSpan> tokens;
  std::vector<EvalWord> words;
  std::vector<CharSpan> sentences;
  std::vector<const ConlluSentence*> sentence_of;  // parallel to `sentences`
};

ErrorLocation LineOf(const ConlluSentence& sentence) {
  ErrorLocation location;
  if (sentence.line != 0) location.line = sentence.line;
  return location;
}

class AnalysisBuilder {
 public:
  AnalysisBuilder(const char* side, Analysis& analysis) : side_(side), analysis_(analysis) {}

  void Add(const ConlluSentence& sentence) {
    const int first_word = static_cast<int>(analysis_.words.size());
    const int size = static_cast<int>(sentence.words.size());
    CharSpan sentence_span{Position(), 0};
    std::size_t next_multiword = 0;
    int multiword_last = 0;  // id of the last word of the multiword token being read
    CharSpan multiword_span;
    for (const ConlluWord& word : sentence.words) {
      EvalWord& eval = analysis_.words.emplace_back();
      while (next_multiword < sentence.multiwords.size() &&
             sentence.multiwords[next_multiword].first < word.id) {
        ++next_multiword;
      }
      if (word.id > multiword_last && next_multiword < sentence.multiwords.size() &&
          sentence.multiwords[next_multiword].first == word.id) {
        multiword_last = sentence.multiwords[next_multiword].last;
        multiword_span = AddToken(sentence.multiwords[next_multiword].form, sentence);
      }
      if (word.id <= multiword_last) {
        eval.span = multiword_span;
        eval.multiword = true;
      } else {
        eval.span = AddToken(word.form, sentence);
      }
      if (word.head < 0 || word.head > size) {
        throw Error(std::string(side_) + " word " + std::to_string(word.id) + ": HEAD " +
                        std::to_string(word.head) + " points outside the sentence",
                    LineOf(sentence));
      }
      eval.parent = word.head == 0 ? kRoot : first_word + word.head - 1;
      eval.columns = &word;
      eval.form = LowercaseWord(WithoutSpaces(word.form));
      eval.deprel = std::string_view(word.deprel).substr(0, word.deprel.find(':'));
    }
    sentence_span.end = Position();
    analysis_.sentences.push_back(sentence_span);
    analysis_.sentence_of.push_back(&sentence);
  }

 private:
  std::uint32_t Position() const { return static_cast<std::uint32_t>(analysis_.characters.size()); }

  CharSpan AddToken(const std::string& form, const ConlluSentence& sentence) {
    std::string kept = WithoutSpaces(form);
    if (kept.empty()) {
      throw Error(std::string(side_) + ": a FORM is empty or only white space", LineOf(sentence));
    }
    CharSpan span{Position(), 0};
    analysis_.characters += kept;
    span.end = Position();
    analysis_.tokens.push_back(span);
    return span;
  }

  const char* side_;
  Analysis& analysis_;
};

Analysis BuildAnalysis(const std::vector<ConlluSentence>& sentences, const char* side) {
  Analysis analysis;
  AnalysisBuilder builder(side, analysis);
  for (const ConlluSentence& sentence : sentences) builder.Add(sentence);
  return analysis;
}

// Up to 20 bytes of `text` from `pos`, widened to whole UTF-8 characters.
std::string Snippet(const std::string& text, std::size_t pos) {
  auto continuation = [&](std::size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  };
  while (pos > 0 && continuation(pos)) --pos;
  std::size_t end = std::min(text.size(), pos + 20);
  while (continuation(end)) ++end;
  return text.substr(pos, end - pos);
}

// The script refuses to score two files whose forms spell different text; so do we, naming the
// gold sentence where they part. `problem` says what a difference means to the caller.
void CheckSameCharacters(const Analysis& gold, const Analysis& system, const char* problem) {
  if (gold.characters == system.characters) return;
  auto [at, unused] = std::mismatch(gold.characters.begin(), gold.characters.end(),
                                    system.characters.begin(), system.characters.end());
  std::size_t pos = static_cast<std::size_t>(at - gold.characters.begin());
  auto sentence = std::partition_point(gold.sentences.begin(), gold.sentences.end(),
                                       [&](const CharSpan& span) { return span.end <= pos; });
  ErrorLocation location;
  if (sentence != gold.sentences.end()) {
    location = LineOf(*gold.sentence_of[sentence - gold.sentences.begin()]);
  }
  throw Error(std::string(problem) + ": from gold '" + Snippet(gold.characters, pos) +
                  "', system '" + Snippet(system.characters, pos) + "'",
              location);
}

// The script's spans_score: both lists are in text order.
SpanScore SpansScore(const std::vector<CharSpan>& gold, const std::vector<CharSpan>& system) {
  SpanScore score{gold.size(), system.size(), 0};
  std::size_t gi = 0, si = 0;
  while (gi < gold.size() && si < system.size()) {
    if (system[si].start < gold[gi].start) {
      ++si;
    } else if (gold[gi].start < system[si].start) {
      ++gi;
    } else {
      score.correct += gold[gi].end == system[si].end;
      ++gi;
      ++si;
    }
  }
  return score;
}

// The script's align_words with its helpers, step for step, so that even its tie-breaking in
// multiword regions gives the same pairs.
class WordAligner {
 public:
  WordAligner(const std::vector<EvalWord>& gold, const std::vector<EvalWord>& system)
      : gold_(gold), system_(system), gold_of_system_(system.size(), kNotAligned) {}

  void Run() {
    std::size_t gi = 0, si = 0;
    while (gi < gold_.size() && si < system_.size()) {
      if (gold_[gi].multiword || system_[si].multiword) {
        std::size_t gs = gi, ss = si;
        FindMultiwordSpan(gs, ss, gi, si);
        if (si > ss && gi > gs) AlignByLcs(gs, gi, ss, si);
      } else if (gold_[gi].span.start == system_[si].span.start &&
                 gold_[gi].span.end == system_[si].span.end) {
        Align(gi++, si++);
      } else if (gold_[gi].span.start <= system_[si].span.start) {
        ++gi;
      } else {
        ++si;
      }
    }
  }

  const std::vector<std::pair<std::size_t, std::size_t>>& pairs() const { return pairs_; }
  // The gold word aligned to system word `s`, kNotAligned if none; the root maps to itself.
  int GoldOf(int s) const { return s == kRoot ? kRoot : gold_of_system_[s]; }

 private:
  void Align(std::size_t g, std::size_t s) {
    pairs_.emplace_back(g, s);
    gold_of_system_[s] = static_cast<int>(g);
  }

  static bool BeyondEnd(const std::vector<EvalWord>& words, std::size_t i, std::uint32_t end) {
    if (i >= words.size()) return true;
    if (words[i].multiword) return words[i].span.start >= end;
    return words[i].span.end > end;
  }

  static std::uint32_t ExtendEnd(const EvalWord& word, std::uint32_t end) {
    return word.multiword && word.span.end > end ? word.span.end : end;
  }

  // The smallest region that starts at gold_[gi] or system_[si], contains a multiword token and
  // cuts through none: [gs, gi) of the gold words and [ss, si) of the system words on return.
  void FindMultiwordSpan(std::size_t& gs, std::size_t& ss, std::size_t& gi, std::size_t& si) {
    std::uint32_t end;
    if (gold_[gi].multiword) {
      end = gold_[gi].span.end;
      if (!system_[si].multiword && system_[si].span.start < gold_[gi].span.start) ++si;
    } else {
      end = system_[si].span.end;
      if (!gold_[gi].multiword && gold_[gi].span.start < system_[si].span.start) ++gi;
    }
    gs = gi;
    ss = si;
    while (!BeyondEnd(gold_, gi, end) || !BeyondEnd(system_, si, end)) {
      if (gi < gold_.size() &&
          (si >= system_.size() || gold_[gi].span.start <= system_[si].span.start)) {
        end = ExtendEnd(gold_[gi++], end);
      } else {
        end = ExtendEnd(system_[si++], end);
      }
    }
  }

  void AlignByLcs(std::size_t gs, std::size_t gi, std::size_t ss, std::size_t si) {
    const std::size_t rows = gi - gs, columns = si - ss;
    auto same = [&](std::size_t g, std::size_t s) {
      return gold_[gs + g].form == system_[ss + s].form;
    };
    // lcs[g][s]: longest common subsequence of gold [g, rows) and system [s, columns); the extra
    // row and column of zeros stand for the script's out-of-range checks.
    std::vector<std::vector<int>> lcs(rows + 1, std::vector<int>(columns + 1, 0));
    for (std::size_t g = rows; g-- > 0;) {
      for (std::size_t s = columns; s-- > 0;) {
        if (same(g, s)) lcs[g][s] = 1 + lcs[g + 1][s + 1];
        lcs[g][s] = std::max({lcs[g][s], lcs[g + 1][s], lcs[g][s + 1]});
      }
    }
    for (std::size_t g = 0, s = 0; g < rows && s < columns;) {
      if (same(g, s)) {
        Align(gs + g++, ss + s++);
      } else if (lcs[g][s] == lcs[g + 1][s]) {
        ++g;
      } else {
        ++s;
      }
    }
  }

  const std::vector<EvalWord>& gold_;
  const std::vector<EvalWord>& system_;
  std::vector<int> gold_of_system_;
  std::vector<std::pair<std::size_t, std::size_t>> pairs_;
};

// The five metrics of the summary lines, in order.
std::array<std::pair<const char*, const SpanScore*>, 5> WordMetrics(const ParsingScores& scores) {
  return {{{"upos", &scores.upos},
           {"xpos", &scores.xpos},
           {"lemma", &scores.lemma},
           {"uas", &scores.uas},
           {"las", &scores.las}}};
}

// ScoreParse(), with the message for text that differs.
ParsingScores Score(const std::vector<ConlluSentence>& gold,
                    const std::vector<ConlluSentence>& system, const char* mismatch) {
  Analysis gold_analysis = BuildAnalysis(gold, "gold");
  Analysis system_analysis = BuildAnalysis(system, "system");
  CheckSameCharacters(gold_analysis, system_analysis, mismatch);
  WordAligner aligner(gold_analysis.words, system_analysis.words);
  aligner.Run();

  ParsingScores scores;
  scores.tokens = SpansScore(gold_analysis.tokens, system_analysis.tokens);
  scores.sentences = SpansScore(gold_analysis.sentences, system_analysis.sentences);
  const SpanScore totals{gold_analysis.words.size(), system_analysis.words.size(), 0};
  scores.words = scores.upos = scores.xpos = scores.lemma = scores.uas = scores.las = totals;
  scores.words.correct = aligner.pairs().size();
  for (auto [g, s] : aligner.pairs()) {
    const EvalWord& gold_word = gold_analysis.words[g];
    const EvalWord& system_word = system_analysis.words[s];
    const ConlluWord& gold_columns = *gold_word.columns;
    const ConlluWord& system_columns = *system_word.columns;
    scores.upos.correct += gold_columns.upos == system_columns.upos;
    scores.xpos.correct += gold_columns.xpos == system_columns.xpos;
    scores.lemma.correct += gold_columns.lemma == "_" || gold_columns.lemma == system_columns.lemma;
    bool head = gold_word.parent == aligner.GoldOf(system_word.parent);
    scores.uas.correct += head;
    scores.las.correct += head && gold_word.deprel == system_word.deprel;
  }
  return scores;
}

}  // namespace

double ParsingScores::AlignedAccuracy(const SpanScore& metric) const {
  return words.correct == 0
             ? 0.0
             : static_cast<double>(metric.correct) / static_cast<double>(words.correct);
}

ParsingScores ScoreParse(const std::vector<ConlluSentence>& gold,
                         const std::vector<ConlluSentence>& system) {
  return Score(gold, system, "the system's words do not spell the gold text");
}

ParsingScores EvaluateParsingOnGoldTokens(const std::vector<ConlluSentence>& gold,
                                          const AnalyzeFunction& analyze) {
  Document doc = DocumentFromGoldWords(gold);
  analyze(doc);
  return ScoreParse(gold, WithPredictions(gold, doc));
}

ParsingScores EvaluateParsingOnRawText(const std::vector<ConlluSentence>& gold,
                                       const Tokenizer& tokenizer, const AnalyzeFunction& analyze) {
  std::vector<ConlluSentence> system;
  for (GoldDocument& document : RebuildGoldDocuments(gold)) {
    tokenizer.Tokenize(document.doc);
    analyze(document.doc);
    for (ConlluSentence& sentence : ConlluFromDocument(document.doc)) {
      system.push_back(std::move(sentence));
    }
  }
  // The system's text is the gold "# text", so a difference lies in the gold file itself.
  return Score(gold, system, "the gold words do not spell the sentence text (# text)");
}

std::string FormatParsingScores(const ParsingScores& scores, bool segmentation) {
  std::string out;
  if (segmentation) {
    out += FormatSpanScore("tokens", scores.tokens) +
           FormatSpanScore("sentences", scores.sentences) + FormatSpanScore("words", scores.words);
  }
  for (auto [name, metric] : WordMetrics(scores)) out += FormatSpanScore(name, *metric);
  auto summary = [&](auto value) {
    std::string line;
    char field[32];
    for (auto [name, metric] : WordMetrics(scores)) {
      std::snprintf(field, sizeof(field), "%s%s=%.2f", line.empty() ? "" : " ", name,
                    100 * value(*metric));
      line += field;
    }
    return line + "\n";
  };
  if (segmentation) {
    out += "aligned accuracy: " +
           summary([&](const SpanScore& metric) { return scores.AlignedAccuracy(metric); });
  }
  return out + summary([](const SpanScore& metric) { return metric.F1(); });
}

}  // namespace kgraph
