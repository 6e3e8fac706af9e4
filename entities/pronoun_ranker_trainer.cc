#include "entities/pronoun_ranker_trainer.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "core/learn/shuffle.h"
#include "core/tagger/perceptron.h"
#include "entities/coref_sieves.h"

namespace kgraph {
namespace {

using coref::Mention;
using coref::PronounChoices;

struct EpochCounts {
  std::size_t choices = 0;
  std::size_t errors = 0;
};

// The choices of `choices` that are right for pronoun `p` (never empty).
std::vector<std::size_t> RightChoices(const CorefTrainingDocument& document,
                                      const std::vector<Mention>& mentions, std::size_t p,
                                      const PronounChoices& choices) {
  auto entity = [&](const Mention& m) -> const std::string* {
    const auto it = document.entity_of.find({m.ref.sentence, m.ref.begin, m.ref.end});
    return it == document.entity_of.end() ? nullptr : &it->second;
  };
  std::vector<std::size_t> right;
  if (const std::string* gold = entity(mentions[p])) {
    for (std::size_t i = 0; i < choices.candidates.size(); ++i) {
      const std::string* other = entity(mentions[choices.candidates[i]]);
      if (other != nullptr && *other == *gold) right.push_back(i);
    }
  }
  if (right.empty()) right.push_back(choices.none());
  return right;
}

// The right choice the trainer scores highest; the first on ties.
std::size_t BestRightChoice(const PerceptronTrainer& trainer, const PronounChoices& choices,
                            const std::vector<std::size_t>& right) {
  std::size_t best = right.front();
  float best_score = coref::ChoiceScore(trainer, choices.features[best]);
  for (std::size_t i : right) {
    const float score = coref::ChoiceScore(trainer, choices.features[i]);
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

void TrainOnDocument(const CorefTrainingDocument& document, PerceptronTrainer& trainer,
                     EpochCounts& counts) {
  const std::vector<Mention> mentions = coref::DocumentMentions(document.doc);
  coref::Clusters clusters(mentions.size());
  coref::LinkAllButThirdPersonPronouns(document.doc, mentions, clusters);
  for (std::size_t p = 0; p < mentions.size(); ++p) {
    if (!mentions[p].resolvable || mentions[p].person != 3) continue;
    const PronounChoices choices = coref::ChoicesOf(document.doc, mentions, clusters, p);
    const std::vector<std::size_t> right = RightChoices(document, mentions, p, choices);
    const std::size_t predicted = coref::BestChoice(trainer, choices);
    ++counts.choices;
    if (std::find(right.begin(), right.end(), predicted) != right.end()) {
      // A no-op update: every choice is a time step of the average, the right ones too.
      trainer.Update(choices.features[predicted], 0, 0);
    } else {
      ++counts.errors;
      // Class 0 scores a choice, class 1 its opposite: rewarding the right choice and
      // penalizing the predicted one is a ranking update on their feature vectors.
      trainer.Update(choices.features[BestRightChoice(trainer, choices, right)], 0, 1);
      trainer.Update(choices.features[predicted], 1, 0);
    }
    if (predicted != choices.none()) clusters.Merge(choices.candidates[predicted], p);
  }
}

}  // namespace

std::unique_ptr<PronounRanker> TrainPronounRanker(
    const std::vector<CorefTrainingDocument>& documents,
    const PronounRankerTrainingOptions& options, std::ostream& log) {
  PerceptronTrainer trainer(2);
  std::mt19937_64 engine(options.seed);
  std::vector<std::size_t> order(documents.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (int epoch = 1; epoch <= options.iterations; ++epoch) {
    Shuffle(order, engine);
    EpochCounts counts;
    for (std::size_t d : order) TrainOnDocument(documents[d], trainer, counts);
    log << "coref epoch " << epoch << ": " << counts.choices << " pronouns, " << counts.errors
        << " wrong choices\n";
  }
  return std::make_unique<PronounRanker>(trainer.Averaged().Compact(0.0f));
}

}  // namespace kgraph
