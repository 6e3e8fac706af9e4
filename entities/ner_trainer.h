// Training the entity recognizer: our own averaged-perceptron trainer over analysed documents
// whose Sentence::entities hold the gold named mentions (see named_mentions.h for how GUM's
// annotation becomes those).
//
// The documents must carry the tags, lemmas and trees of the pipeline that will feed the
// recognizer (not gold ones), so the model learns from features as noisy as on new text.
// Reproducible: the only randomness is the sentence order of each epoch, drawn from a
// std::mt19937_64 seeded with `seed` through our own Fisher-Yates shuffle (core/learn/shuffle.h).
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/text/document.h"
#include "entities/entity_recognizer.h"

namespace kgraph {

struct NerTrainingOptions {
  int iterations = 15;  // epochs; the best on dev is kept
  std::uint64_t seed = 1;
  // Averaged weights smaller than this are dropped from the shipped model (size vs accuracy).
  float min_weight = 0.5f;
  // When set, the best model so far is saved here after every epoch.
  std::string checkpoint_path;
  // The lists the features read; the model keeps a copy.
  Gazetteer gazetteer = Gazetteer::BuiltIn();
};

// Trains on `train`, keeps the epoch with the best typed mention F1 (all types) on `dev` (the
// last epoch when `dev` is empty) and logs one line per epoch to `log`.
std::unique_ptr<EntityRecognizer> TrainEntityRecognizer(const std::vector<Document>& train,
                                                        const std::vector<Document>& dev,
                                                        const NerTrainingOptions& options,
                                                        std::ostream& log);

}  // namespace kgraph
