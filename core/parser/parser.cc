#include "core/parser/parser.h"

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

int RootLabel(const std::vector<std::string>& labels) {
  if (labels.size() < 2) return -1;  // a lone relation must be allowed everywhere
  auto root = std::find(labels.begin(), labels.end(), "root");
  return root == labels.end() ? -1 : static_cast<int>(root - labels.begin());
}

Parser::Parser(std::vector<std::string> labels, LinearModel model)
    : labels_(std::move(labels)), root_label_(RootLabel(labels_)), model_(std::move(model)) {}

Parser::Tree Parser::Predict(const std::vector<ParseWord>& words) const {
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

void Parser::ParseSentence(const Document& doc, Sentence& sentence) const {
  std::vector<ParseWord> words;
  words.reserve(sentence.tokens.size());
  for (const Token& token : sentence.tokens)
    words.push_back({doc.Form(token), token.upos, token.xpos});
  Tree tree = Predict(words);
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    sentence.tokens[i].head = tree.heads[i];
    sentence.tokens[i].deprel = labels_[tree.labels[i]];
  }
}

void Parser::Parse(Document& doc) const {
  for (Sentence& sentence : doc.sentences) ParseSentence(doc, sentence);
}

void Parser::Save(const std::string& path) const {
  ModelWriter writer;
  writer.WriteU64(labels_.size());
  for (const std::string& label : labels_) writer.WriteString(label);
  model_.Save(writer);
  SaveModelFile(path, kParserModelKind, kParserModelVersion, writer);
}

std::unique_ptr<Parser> Parser::Load(const std::string& path) {
  ModelReader reader = LoadModelFile(path, kParserModelKind, kParserModelVersion);
  std::vector<std::string> labels(reader.ReadCount(4));
  for (std::string& label : labels) label = reader.ReadString();
  if (labels.empty()) reader.Fail("parser model without relations");
  LinearModel model = LinearModel::Load(reader);
  if (model.class_count() != TransitionCount(static_cast<int>(labels.size()))) {
    reader.Fail("parser model and relation set disagree");
  }
  reader.ExpectEnd();
  return std::make_unique<Parser>(std::move(labels), std::move(model));
}

}  // namespace kgraph
