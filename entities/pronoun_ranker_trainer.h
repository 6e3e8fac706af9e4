// Training the pronoun ranker (pronoun_ranker.h) on documents with gold coreference: for each
// third-person pronoun, the choices whose mention belongs to the pronoun's gold entity are
// right ("no antecedent" when none is, or when the pronoun is no gold mention); a wrong best
// choice moves the weights toward the best-scoring right one (a latent-antecedent perceptron,
// as in Durrett and Klein 2013), averaged.
//
// The documents must carry the tags, trees and named entities of the pipeline that will feed
// the ranker, and the training walks each document as ResolveCoreference does, linking the
// pronoun to the choice the model makes, so the entities it sees are those of inference.
// Reproducible: the only randomness is the document order of each epoch, drawn from a
// std::mt19937_64 seeded with `seed` through our own Fisher-Yates shuffle.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "core/text/document.h"
#include "entities/pronoun_ranker.h"

namespace kgraph {

// An analysed document and its gold coreference: the entity id of each gold mention, keyed by
// (sentence, first token, one past the last token); the document's tokens are the gold words.
struct CorefTrainingDocument {
  Document doc;
  std::map<std::tuple<int, int, int>, std::string> entity_of;
};

struct PronounRankerTrainingOptions {
  int iterations = 5;  // epochs; the last is kept
  std::uint64_t seed = 1;
};

// Trains on `documents` and logs one line per epoch (choices and training errors) to `log`.
std::unique_ptr<PronounRanker> TrainPronounRanker(
    const std::vector<CorefTrainingDocument>& documents,
    const PronounRankerTrainingOptions& options, std::ostream& log);

}  // namespace kgraph
