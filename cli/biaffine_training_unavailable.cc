#include "cli/biaffine_training.h"
#include "core/error.h"

namespace kgraph::cli {

void RequireBiaffineTraining() {
  throw Error(
      "the biaffine parser is trained by kgraph-train (next to kgraph in the build directory), "
      "which loads libtorch; kgraph itself only parses with it");
}

std::unique_ptr<Parser> TrainBiaffine(const std::vector<ConlluSentence>&,
                                      const std::vector<ConlluSentence>&,
                                      const BiaffineTrainingOptions&, std::ostream&) {
  RequireBiaffineTraining();
  return nullptr;  // not reached
}

}  // namespace kgraph::cli
