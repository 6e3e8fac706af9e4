// The transition-based parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) scored by
// an averaged-perceptron linear model over rich feature templates of the stack and buffer (Zhang
// & Nivre 2011), trained with a dynamic oracle (Goldberg & Nivre 2013) so it learns to recover
// from its own mistakes. Non-projective training trees are projectivized by lifting (Nivre &
// Nilsson 2005). Load() reads a model trained by TrainParser() (parser_trainer.h).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/parser/parser.h"
#include "core/parser/transition_system.h"
#include "core/tagger/perceptron.h"

namespace kgraph {

class TransitionParser : public Parser {
 public:
  // `labels`: the dependency relations; `model`: weights over their TransitionCount(labels.size())
  // transitions.
  TransitionParser(std::vector<std::string> labels, LinearModel model);

  static std::unique_ptr<TransitionParser> Load(const std::string& path);
  void Save(const std::string& path) const override;

  Tree Predict(const std::vector<ParseWord>& words) const override;

  const std::vector<std::string>& labels() const override { return labels_; }
  std::size_t weight_count() const { return model_.weight_count(); }

 private:
  std::vector<std::string> labels_;
  int root_label_;  // id of "root", or -1
  LinearModel model_;
};

// The highest-scoring transition that `state` allows (the tie-breaking of ArgMax).
int BestValidTransition(const ParserState& state, std::span<const float> scores);

// Model file identity; bump the version whenever features or the layout change.
inline constexpr char kTransitionParserModelKind[] = "parser";
inline constexpr std::uint32_t kTransitionParserModelVersion = 1;

}  // namespace kgraph
