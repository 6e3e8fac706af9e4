// The parser stage: a labeled dependency tree (Universal Dependencies relations) for every
// sentence.
//
// A greedy transition-based parser (arc-hybrid system, Kuhlmann et al. 2011) scored by an
// averaged-perceptron linear model over rich feature templates of the stack and buffer (Zhang &
// Nivre 2011), trained with a dynamic oracle (Goldberg & Nivre 2013) so it learns to recover
// from its own mistakes. Non-projective training trees are projectivized by lifting (Nivre &
// Nilsson 2005). Every sentence gets a well-formed tree: exactly one root, no cycles, every
// token attached. Load() reads a model trained by TrainParser().
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/parser/parse_features.h"
#include "core/tagger/perceptron.h"
#include "core/text/document.h"

namespace kgraph {

class Parser {
 public:
  // `labels`: the dependency relations; `model`: weights over their TransitionCount(labels.size())
  // transitions.
  Parser(std::vector<std::string> labels, LinearModel model);

  // Reads a model file; throws kgraph::Error naming the file and offset when it is missing,
  // truncated, corrupted or of another version.
  static std::unique_ptr<Parser> Load(const std::string& path);
  void Save(const std::string& path) const;

  // Fills Token::head and Token::deprel of every token of every sentence of `doc`. Reads the
  // forms and the tags (Token::upos, Token::xpos), so the tagger must have run first.
  void Parse(Document& doc) const;
  void ParseSentence(const Document& doc, Sentence& sentence) const;

  // The tree of one sentence given as parser input words: heads (0-based, -1 = root) and
  // relation ids into labels().
  struct Tree {
    std::vector<int> heads;
    std::vector<int> labels;
  };
  Tree Predict(const std::vector<ParseWord>& words) const;

  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t weight_count() const { return model_.weight_count(); }

 private:
  std::vector<std::string> labels_;
  int root_label_;  // id of "root", or -1
  LinearModel model_;
};

// The highest-scoring transition that `state` allows (the tie-breaking of ArgMax).
int BestValidTransition(const ParserState& state, std::span<const float> scores);

// The id of UD's "root" relation in `labels`, or -1 (also when it is the only relation).
int RootLabel(const std::vector<std::string>& labels);

// Model file identity; bump the version whenever features or the layout change.
inline constexpr char kParserModelKind[] = "parser";
inline constexpr std::uint32_t kParserModelVersion = 1;

}  // namespace kgraph
