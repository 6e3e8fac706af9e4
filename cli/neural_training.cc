#include "cli/neural_training.h"

namespace kgraph::cli {

void RequireNeuralTraining(std::string_view) {}

std::unique_ptr<Parser> TrainBiaffine(const std::vector<ConlluSentence>& train,
                                      const std::vector<ConlluSentence>& dev,
                                      const BiaffineTrainingOptions& options, std::ostream& log) {
  return TrainBiaffineParser(train, dev, options, log);
}

TaggerNetworkScorer TrainNetworkOf(const Tagger& tagger, const std::vector<ConlluSentence>& train,
                                   const std::vector<ConlluSentence>& dev,
                                   const TaggerNetworkTrainingOptions& options, std::ostream& log) {
  return TrainTaggerNetwork(train, dev, options, tagger, log);
}

}  // namespace kgraph::cli
