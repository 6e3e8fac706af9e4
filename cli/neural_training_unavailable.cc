#include <string>

#include "cli/neural_training.h"
#include "core/error.h"

namespace kgraph::cli {

void RequireNeuralTraining(std::string_view what) {
  throw Error(std::string(what) +
              " is trained by kgraph-train (next to kgraph in the build directory), which loads "
              "libtorch; kgraph itself only runs it");
}

std::unique_ptr<Parser> TrainBiaffine(const std::vector<ConlluSentence>&,
                                      const std::vector<ConlluSentence>&,
                                      const BiaffineTrainingOptions&, std::ostream&) {
  RequireNeuralTraining("the biaffine parser");
  return nullptr;  // not reached
}

TaggerNetworkScorer TrainNetworkOf(const Tagger&, const std::vector<ConlluSentence>&,
                                   const std::vector<ConlluSentence>&,
                                   const TaggerNetworkTrainingOptions&, std::ostream&) {
  RequireNeuralTraining("the tagger's network");
  throw Error("not reached");
}

}  // namespace kgraph::cli
