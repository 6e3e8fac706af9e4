#include "core/eval/tokenization_eval.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <utility>

#include "core/error.h"
#include "core/text/char_class.h"
#include "core/text/orthographic_tokens.h"

namespace kgraph {
namespace {

// A span in "non-space coordinates": offsets count only the bytes that are not white space, so
// the gold forms and the raw text can be compared whatever spacing each uses.
using Span = std::pair<std::uint32_t, std::uint32_t>;

double Ratio(std::size_t numerator, std::size_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / denominator;
}

std::uint32_t NonSpaceBytes(std::string_view text) {
  return static_cast<std::uint32_t>(WithoutSpaces(text).size());
}

struct SpanSets {
  std::vector<Span> tokens;
  std::vector<Span> words;
  std::vector<Span> sentences;
};

// Appends the gold units of `sentence`, which starts at non-space offset `offset`; returns the
// offset after it.
std::uint32_t AddGoldSentence(const ConlluSentence& sentence, std::uint32_t offset,
                              SpanSets& gold) {
  std::uint32_t begin = offset;
  std::size_t multiword = 0;
  for (std::size_t w = 0; w < sentence.words.size();) {
    const ConlluWord& word = sentence.words[w];
    while (multiword < sentence.multiwords.size() &&
           sentence.multiwords[multiword].last < word.id) {
      ++multiword;
    }
    bool in_multiword =
        multiword < sentence.multiwords.size() && sentence.multiwords[multiword].first == word.id;
    if (!in_multiword) {
      std::uint32_t size = NonSpaceBytes(word.form);
      gold.tokens.emplace_back(offset, offset + size);
      gold.words.emplace_back(offset, offset + size);
      offset += size;
      ++w;
      continue;
    }
    const ConlluMultiword& token = sentence.multiwords[multiword];
    std::uint32_t size = NonSpaceBytes(token.form);
    gold.tokens.emplace_back(offset, offset + size);
    // Words that spell out their token ("do" + "n't") get their own spans; the others
    // ("can" + "not" in "cannot" spells, "wo" of "won't" does not) share the token's span.
    std::size_t first = w;
    std::uint32_t spelled = 0;
    while (w < sentence.words.size() && sentence.words[w].id <= token.last) {
      spelled += NonSpaceBytes(sentence.words[w].form);
      ++w;
    }
    std::uint32_t word_offset = offset;
    for (std::size_t i = first; i < w; ++i) {
      std::uint32_t word_size = NonSpaceBytes(sentence.words[i].form);
      if (spelled == size) {
        gold.words.emplace_back(word_offset, word_offset + word_size);
        word_offset += word_size;
      } else {
        gold.words.emplace_back(offset, offset + size);
      }
    }
    offset += size;
  }
  if (offset - begin != NonSpaceBytes(sentence.text)) {
    throw Error(
        "the gold forms do not spell out the sentence text (sent_id " + sentence.sent_id + ")",
        {"", sentence.line, std::nullopt});
  }
  if (offset > begin) gold.sentences.emplace_back(begin, offset);
  return offset;
}

// The tokenizer's units of `doc`, with the words split off without a space ("do" + "n't")
// joined back into one orthographic token.
SpanSets SystemSpans(const Document& doc) {
  std::vector<std::uint32_t> offsets = NonSpaceOffsets(doc.text);
  SpanSets system;
  for (const Sentence& sentence : doc.sentences) {
    for (const Token& token : sentence.tokens) {
      system.words.emplace_back(offsets[token.span.begin], offsets[token.span.end]);
    }
    for (OrthographicToken token : OrthographicTokens(doc, sentence)) {
      system.tokens.emplace_back(offsets[sentence.tokens[token.first].span.begin],
                                 offsets[sentence.tokens[token.end - 1].span.end]);
    }
    if (!sentence.tokens.empty()) {
      system.sentences.emplace_back(offsets[sentence.tokens.front().span.begin],
                                    offsets[sentence.tokens.back().span.end]);
    }
  }
  return system;
}

void Score(std::vector<Span> gold, std::vector<Span> system, SpanScore& score) {
  std::sort(gold.begin(), gold.end());
  std::sort(system.begin(), system.end());
  std::vector<Span> common;
  std::set_intersection(gold.begin(), gold.end(), system.begin(), system.end(),
                        std::back_inserter(common));
  score.gold += gold.size();
  score.system += system.size();
  score.correct += common.size();
}

}  // namespace

std::string FormatSpanScore(const std::string& name, const SpanScore& score) {
  char line[160];
  std::snprintf(line, sizeof(line), ": gold=%zu system=%zu correct=%zu P=%.2f R=%.2f F1=%.2f\n",
                score.gold, score.system, score.correct, 100 * score.Precision(),
                100 * score.Recall(), 100 * score.F1());
  return name + line;
}

double SpanScore::Precision() const { return Ratio(correct, system); }
double SpanScore::Recall() const { return Ratio(correct, gold); }
double SpanScore::F1() const { return Ratio(2 * correct, gold + system); }

std::vector<GoldDocument> RebuildGoldDocuments(const std::vector<ConlluSentence>& gold) {
  std::vector<GoldDocument> documents;
  for (const ConlluSentence& sentence : gold) {
    if (documents.empty() || !sentence.newdoc_id.empty()) {
      GoldDocument& document = documents.emplace_back();
      document.doc.id = sentence.newdoc_id.empty() ? "conllu" : sentence.newdoc_id;
    } else {
      documents.back().doc.text += sentence.newpar ? "\n\n" : " ";
    }
    documents.back().doc.text += sentence.text;
    documents.back().sentences.push_back(&sentence);
  }
  return documents;
}

TokenizationScores EvaluateTokenization(const std::vector<ConlluSentence>& gold,
                                        const Tokenizer& tokenizer) {
  TokenizationScores scores;
  for (GoldDocument& document : RebuildGoldDocuments(gold)) {
    SpanSets gold_spans;
    std::uint32_t offset = 0;
    for (const ConlluSentence* sentence : document.sentences) {
      offset = AddGoldSentence(*sentence, offset, gold_spans);
    }
    tokenizer.Tokenize(document.doc);
    SpanSets system_spans = SystemSpans(document.doc);
    Score(std::move(gold_spans.tokens), std::move(system_spans.tokens), scores.tokens);
    Score(std::move(gold_spans.words), std::move(system_spans.words), scores.words);
    Score(std::move(gold_spans.sentences), std::move(system_spans.sentences), scores.sentences);
  }
  return scores;
}

std::string FormatTokenizationScores(const TokenizationScores& scores) {
  char last[96];
  std::snprintf(last, sizeof(last), "tokens_f1=%.2f sentences_f1=%.2f\n", 100 * scores.tokens.F1(),
                100 * scores.sentences.F1());
  return FormatSpanScore("tokens", scores.tokens) + FormatSpanScore("words", scores.words) +
         FormatSpanScore("sentences", scores.sentences) + last;
}

}  // namespace kgraph
