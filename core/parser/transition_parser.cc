#include "core/parser/transition_parser.h"

#include <algorithm>
#include <limits>

#include "core/io/model_file.h"

namespace kgraph {

int BestValidTransition(const ParserState& state, std::span<const float> scores) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int id = 0; id < static_cast<int>(scores.size()); ++id) {
    if (scores[id] > best_score && state.Allows(TransitionOf(id))) {
      best = id;
      best_score = scores[id];
    }
  }
  return best;
}

TransitionParser::TransitionParser(std::vector<std::string> labels, LinearModel model)
    : labels_(std::move(labels)), root_label_(RootLabel(labels_)), model_(std::move(model)) {}

Parser::Tree TransitionParser::Predict(const std::vector<ParseWord>& words) const {
  const ParseContext context(words);
  ParserState state(static_cast<int>(words.size()), root_label_);
  std::vector<FeatureHash> features;
  std::vector<float> scores(TransitionCount(static_cast<int>(labels_.size())));
  while (!state.Terminal()) {
    ParseFeatures(context, state, features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.Score(features, scores);
    state.Apply(TransitionOf(BestValidTransition(state, scores)));
  }
  Tree tree;
  tree.heads.assign(state.heads().begin(), state.heads().end() - 1);
  tree.labels.assign(state.labels().begin(), state.labels().end() - 1);
  for (int& head : tree.heads) {
    if (head == state.root()) head = -1;
  }
  return tree;
}

void TransitionParser::Save(const std::string& path) const {
  ModelWriter writer;
  writer.WriteU64(labels_.size());
  for (const std::string& label : labels_) writer.WriteString(label);
  model_.Save(writer);
  SaveModelFile(path, kTransitionParserModelKind, kTransitionParserModelVersion, writer);
}

std::unique_ptr<TransitionParser> TransitionParser::Load(const std::string& path) {
  ModelReader reader =
      LoadModelFile(path, kTransitionParserModelKind, kTransitionParserModelVersion);
  std::vector<std::string> labels(reader.ReadCount(4));
  for (std::string& label : labels) label = reader.ReadString();
  if (labels.empty()) reader.Fail("parser model without relations");
  LinearModel model = LinearModel::Load(reader);
  if (model.class_count() != TransitionCount(static_cast<int>(labels.size()))) {
    reader.Fail("parser model and relation set disagree");
  }
  reader.ExpectEnd();
  return std::make_unique<TransitionParser>(std::move(labels), std::move(model));
}

}  // namespace kgraph
