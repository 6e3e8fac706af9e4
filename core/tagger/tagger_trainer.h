// Training the tagger: our own averaged-perceptron trainer over CoNLL-U treebanks.
//
// Reproducible: the only randomness is the sentence order of each epoch, drawn from a
// std::mt19937_64 seeded with `seed` through our own Fisher-Yates shuffle (the standard library's
// shuffle and distributions differ between implementations; the engine does not).
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/tagger/tagger.h"

namespace kgraph {

struct TaggerTrainingOptions {
  int first_pass_iterations = 8;  // epochs of the first pass (and of each jackknife fold)
  int iterations = 12;            // epochs of the second pass; the best on dev is kept
  std::uint64_t seed = 1;
  // A word enters the tag dictionary once seen this often.
  int dictionary_min_count = 3;
  // Averaged weights smaller than this are dropped from the shipped model: 1.0 halves the model
  // (5 MB) for 0.06 UPOS on EWT dev.
  float min_weight = 1.0f;
  // When set, the best model so far is saved here after every epoch.
  std::string checkpoint_path;
  // Threads for the first pass and the jackknife folds, which are independent; the model is the
  // same for any count.
  int threads = 1;
};

// Trains on `train`, keeps the epoch with the best UPOS accuracy on `dev` (when `dev` is empty,
// the last epoch), and logs one line per epoch to `log`. When `jackknifed_tags` is not null it
// receives, for every training word, the tags of a first-pass model that never saw its sentence
// (4-fold jackknifing): tags as noisy as on new text, which the parser must learn to trust only
// as far as they deserve.
std::unique_ptr<Tagger> TrainTagger(const std::vector<ConlluSentence>& train,
                                    const std::vector<ConlluSentence>& dev,
                                    const TaggerTrainingOptions& options, std::ostream& log,
                                    std::vector<std::vector<TagPair>>* jackknifed_tags = nullptr);

}  // namespace kgraph
