// The biaffine parser (Dozat & Manning 2017): a bidirectional LSTM reads the sentence's words,
// tags and spellings; a biaffine scorer rates every possible arc, the best projective tree with
// one root is decoded exactly (eisner.h), and a second biaffine scorer labels its arcs. More
// accurate than TransitionParser, at several times its cost. Trained by TrainBiaffineParser()
// (biaffine_trainer.h) with libtorch; parsing runs the plain forward pass of
// biaffine_inference.h.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/io/model_file.h"
#include "core/parser/biaffine_inference.h"
#include "core/parser/biaffine_vocabulary.h"
#include "core/parser/parser.h"

namespace kgraph {

class BiaffineParser : public Parser {
 public:
  // Throws kgraph::Error when `weights` do not fit `sizes` and the vocabulary.
  BiaffineParser(BiaffineVocabulary vocabulary, const BiaffineSizes& sizes,
                 BiaffineWeights weights);

  // Also sets the process's OpenMP threads to one (see the definition).
  static std::unique_ptr<BiaffineParser> Load(const std::string& path);
  void Save(const std::string& path) const override;
  // The model payload (vocabulary, layer sizes, weights) without the file container.
  void SavePayload(ModelWriter& writer) const;
  static std::unique_ptr<BiaffineParser> LoadPayload(ModelReader& reader);

  Tree Predict(const std::vector<ParseWord>& words) const override;
  std::vector<Tree> PredictBatch(std::span<const std::vector<ParseWord>> sentences) const override;
  const std::vector<std::string>& labels() const override { return vocabulary_.labels(); }

 private:
  // The best projective tree and its relations from one sentence's scores.
  Tree Decode(const BiaffineInference::Scores& scores) const;

  BiaffineVocabulary vocabulary_;
  BiaffineInference network_;
  int root_label_;
};

inline constexpr char kBiaffineParserModelKind[] = "biaffine-parser";
inline constexpr std::uint32_t kBiaffineParserModelVersion = 1;

}  // namespace kgraph
