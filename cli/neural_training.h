// Training the neural networks (the biaffine parser's and the tagger's) from the CLI. Two
// definitions, one per binary: kgraph-train's trains (neural_training.cc, libtorch); kgraph's
// explains that kgraph-train does it (neural_training_unavailable.cc), so that `kgraph` does not
// load libtorch.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/parser/biaffine_trainer.h"
#include "core/parser/parser.h"
#include "core/tagger/tagger.h"
#include "core/tagger/tagger_network_trainer.h"

namespace kgraph::cli {

// Nothing in kgraph-train; in kgraph, throws kgraph::Error saying that kgraph-train trains
// `what` ("the biaffine parser", "the tagger's network"). Called before any slow work.
void RequireNeuralTraining(std::string_view what);

// TrainBiaffineParser() in kgraph-train; throws like RequireNeuralTraining() in kgraph.
std::unique_ptr<Parser> TrainBiaffine(const std::vector<ConlluSentence>& train,
                                      const std::vector<ConlluSentence>& dev,
                                      const BiaffineTrainingOptions& options, std::ostream& log);

// TrainTaggerNetwork() in kgraph-train; throws like RequireNeuralTraining() in kgraph.
TaggerNetworkScorer TrainNetworkOf(const Tagger& tagger, const std::vector<ConlluSentence>& train,
                                   const std::vector<ConlluSentence>& dev,
                                   const TaggerNetworkTrainingOptions& options, std::ostream& log);

}  // namespace kgraph::cli
