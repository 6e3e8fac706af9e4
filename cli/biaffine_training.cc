#include "cli/biaffine_training.h"

namespace kgraph::cli {

void RequireBiaffineTraining() {}

std::unique_ptr<Parser> TrainBiaffine(const std::vector<ConlluSentence>& train,
                                      const std::vector<ConlluSentence>& dev,
                                      const BiaffineTrainingOptions& options, std::ostream& log) {
  return TrainBiaffineParser(train, dev, options, log);
}

}  // namespace kgraph::cli
