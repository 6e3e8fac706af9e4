// Training the tagger's neural network with libtorch: Adam over mini-batches of sentences,
// cross-entropy of each word's (UPOS, XPOS) class, dropout and word dropout. The classes are
// those of a trained perceptron tagger, whose scores the network's are summed with; the weight of
// the perceptron's scores in that sum and the epoch are chosen together, by UPOS accuracy on dev.
//
// Reproducible for a given seed and thread count: the sentence order, the initialization and the
// dropout masks all come from generators seeded with `seed`.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/tagger/tagger.h"

namespace kgraph {

struct TaggerNetworkTrainingOptions {
  int epochs = 12;  // the best on dev is kept
  std::uint64_t seed = 1;
  std::size_t batch_words = 512;  // words per update, in sentences of about the same length
  double learning_rate = 2e-3;
  double learning_rate_decay = 0.85;  // per epoch
  int threads = 1;
  std::int64_t hidden = 128;       // LSTM units per direction
  std::int64_t layers = 2;         // LSTM layers
  std::int64_t spelling_dim = 32;  // width of each spelling piece's embedding
  std::int64_t buckets = 1 << 16;  // hashed spelling pieces (fewer for tiny tests)
};

// The network for `tagger`'s classes, trained on `train`, with one line per epoch logged to
// `log`: the epoch and the weight of the perceptron's scores with the best UPOS accuracy on `dev`
// (when `dev` is empty, the last epoch, with the perceptron's scores at the weight 0.1).
TaggerNetworkScorer TrainTaggerNetwork(const std::vector<ConlluSentence>& train,
                                       const std::vector<ConlluSentence>& dev,
                                       const TaggerNetworkTrainingOptions& options,
                                       const Tagger& tagger, std::ostream& log);

}  // namespace kgraph
