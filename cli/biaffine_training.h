// Training the biaffine parser from the CLI. Two definitions, one per binary: kgraph-train's
// trains (biaffine_training.cc, libtorch); kgraph's explains that kgraph-train does it
// (biaffine_training_unavailable.cc), so that `kgraph` does not load libtorch.
#pragma once

#include <memory>
#include <ostream>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/parser/biaffine_trainer.h"
#include "core/parser/parser.h"

namespace kgraph::cli {

// Nothing in kgraph-train; in kgraph, throws kgraph::Error saying that kgraph-train trains the
// biaffine parser. Called before any slow work.
void RequireBiaffineTraining();

// TrainBiaffineParser() in kgraph-train; throws like RequireBiaffineTraining() in kgraph.
std::unique_ptr<Parser> TrainBiaffine(const std::vector<ConlluSentence>& train,
                                      const std::vector<ConlluSentence>& dev,
                                      const BiaffineTrainingOptions& options, std::ostream& log);

}  // namespace kgraph::cli
