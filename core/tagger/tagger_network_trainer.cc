#include "core/tagger/tagger_network_trainer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <optional>
#include <random>

#include "core/error.h"
#include "core/learn/length_batches.h"
#include "core/nn/torch_training.h"
#include "core/tagger/tagger_network.h"

namespace kgraph {
namespace {

// The gold class of a word whose (UPOS, XPOS) pair the tagger does not know: the loss skips it.
constexpr std::int64_t kIgnoredClass = -100;

// One training sentence as the network reads it, with the gold class of each word.
struct Example {
  std::vector<TaggerWordIds> ids;
  std::vector<std::int64_t> classes;  // kIgnoredClass for a pair the tagger does not know
};

std::vector<Example> MakeExamples(const std::vector<ConlluSentence>& sentences,
                                  const TaggerNetworkVocabulary& vocabulary,
                                  const std::vector<TagPair>& tags, std::int64_t buckets) {
  std::map<std::pair<std::string, std::string>, std::int64_t> class_of;
  for (std::size_t c = 0; c < tags.size(); ++c)
    class_of[{std::string(UposName(tags[c].upos)), tags[c].xpos}] = static_cast<std::int64_t>(c);
  std::vector<Example> examples;
  for (const ConlluSentence& sentence : sentences) {
    Example example;
    for (const ConlluWord& word : sentence.words) {
      example.ids.push_back(vocabulary.IdsOf(word.form, buckets));
      auto found = class_of.find({word.upos, word.xpos});
      example.classes.push_back(found == class_of.end() ? kIgnoredClass : found->second);
    }
    examples.push_back(std::move(example));
  }
  return examples;
}

// One epoch's batches of sentences of about the same length (core/learn/length_batches.h).
std::vector<std::vector<const Example*>> EpochBatches(const std::vector<Example>& examples,
                                                      std::size_t batch_words,
                                                      std::mt19937_64& engine) {
  return BatchesOfSimilarLength(
      examples, [](const Example& example) { return example.ids.size(); }, batch_words, engine);
}

double TrainBatch(TaggerNetwork& network, torch::optim::Adam& optimizer,
                  const std::vector<const Example*>& batch) {
  std::vector<std::vector<TaggerWordIds>> ids;
  for (const Example* example : batch) ids.push_back(example->ids);
  const TaggerBatch input = MakeTaggerBatch(ids);
  torch::Tensor gold = torch::full(input.words.sizes(), kIgnoredClass, torch::kInt64);
  auto accessor = gold.accessor<std::int64_t, 2>();
  for (std::size_t b = 0; b < batch.size(); ++b) {
    for (std::size_t i = 0; i < batch[b]->classes.size(); ++i)
      accessor[b][i] = batch[b]->classes[i];
  }
  torch::Tensor scores = network->Forward(input);
  torch::Tensor loss = torch::nn::functional::cross_entropy(
      scores.reshape({-1, scores.size(-1)}), gold.reshape({-1}),
      torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnoredClass));
  optimizer.zero_grad();
  loss.backward();
  torch::nn::utils::clip_grad_norm_(network->parameters(), 5.0);
  optimizer.step();
  return loss.item<double>();
}

// The scorer of the network's current weights as it will load from a model file.
TaggerNetworkScorer ScorerOf(TaggerNetworkImpl& network, const TaggerNetworkVocabulary& vocabulary,
                             float vote) {
  ModelWriter writer;
  TaggerNetworkScorer(vocabulary, network.sizes(), WeightsOf(network), vote).Save(writer);
  ModelReader reader(writer.payload(), "tagger network", 0);
  return TaggerNetworkScorer::Load(reader);
}

// The dev data with what the choice of epoch and vote needs: the perceptron's scores (they do
// not change while the network trains) and the gold UPOS.
struct DevSet {
  std::vector<std::vector<std::string_view>> forms;
  std::vector<std::vector<float>> perceptron;
  std::vector<std::vector<Upos>> upos;  // the gold UPOS, where `known`
  std::vector<std::vector<bool>> known;
};

DevSet MakeDevSet(const std::vector<ConlluSentence>& dev, const Tagger& tagger) {
  DevSet set;
  for (const ConlluSentence& sentence : dev) {
    auto& forms = set.forms.emplace_back();
    auto& upos = set.upos.emplace_back();
    auto& known = set.known.emplace_back();
    for (const ConlluWord& word : sentence.words) {
      forms.push_back(word.form);
      const std::optional<Upos> tag = ParseUpos(word.upos);
      upos.push_back(tag.value_or(Upos::kX));
      known.push_back(tag.has_value());
    }
    set.perceptron.push_back(tagger.PerceptronScores(forms));
  }
  return set;
}

// UPOS accuracy on `dev` of the vote `vote` · perceptron + network.
double UposAccuracy(const DevSet& dev, const std::vector<std::vector<float>>& network, float vote,
                    const std::vector<TagPair>& tags) {
  const std::size_t classes = tags.size();
  std::size_t correct = 0, words = 0;
  std::vector<float> scores(classes);
  for (std::size_t s = 0; s < dev.forms.size(); ++s) {
    for (std::size_t i = 0; i < dev.forms[s].size(); ++i, ++words) {
      for (std::size_t c = 0; c < classes; ++c) {
        scores[c] = vote * dev.perceptron[s][i * classes + c] + network[s][i * classes + c];
      }
      const int best = ArgMax(scores);
      correct += dev.known[s][i] && tags[best].upos == dev.upos[s][i];
    }
  }
  return words == 0 ? 0 : 100.0 * correct / words;
}

// The network's log-probabilities for every dev sentence, 32 sentences per batch (a sentence's
// scores do not depend on its batch; batches only make the recurrent steps cheaper).
std::vector<std::vector<float>> NetworkScores(const TaggerNetworkScorer& scorer,
                                              const DevSet& dev) {
  constexpr std::size_t kBatch = 32;
  std::vector<std::vector<float>> out;
  for (std::size_t first = 0; first < dev.forms.size(); first += kBatch) {
    const std::size_t count = std::min(kBatch, dev.forms.size() - first);
    for (auto& scores : scorer.LogProbabilities({dev.forms.data() + first, count}))
      out.push_back(std::move(scores));
  }
  return out;
}

TaggerNetworkSizes SizesFor(const TaggerNetworkVocabulary& vocabulary, const Tagger& tagger,
                            const TaggerNetworkTrainingOptions& options) {
  TaggerNetworkSizes sizes;
  sizes.words = vocabulary.word_count();
  sizes.classes = static_cast<std::int64_t>(tagger.tags().size());
  sizes.hidden = options.hidden;
  sizes.layers = options.layers;
  sizes.spelling_dim = options.spelling_dim;
  sizes.buckets = options.buckets;
  return sizes;
}

// The weights of the perceptron's scores tried against the network's log-probabilities. The
// perceptron's summed scores run to the tens, so its useful weights are small.
constexpr float kVotes[] = {0.02f, 0.03f, 0.05f, 0.07f, 0.1f, 0.15f, 0.2f, 0.3f, 0.5f};
constexpr float kDefaultVote = 0.1f;

}  // namespace

TaggerNetworkScorer TrainTaggerNetwork(const std::vector<ConlluSentence>& train,
                                       const std::vector<ConlluSentence>& dev,
                                       const TaggerNetworkTrainingOptions& options,
                                       const Tagger& tagger, std::ostream& log) {
  if (train.empty()) throw Error("no training sentences");
  torch::set_num_threads(options.threads);
  torch::manual_seed(options.seed);
  const TaggerNetworkVocabulary vocabulary = TaggerNetworkVocabulary::Build(train);
  TaggerNetwork network(SizesFor(vocabulary, tagger, options));
  const std::vector<Example> examples =
      MakeExamples(train, vocabulary, tagger.tags(), network->sizes().buckets);
  const DevSet dev_set = MakeDevSet(dev, tagger);
  log << "tagger network: " << examples.size() << " sentences, " << tagger.tags().size()
      << " classes, " << vocabulary.word_count() << " word ids\n";
  torch::optim::Adam optimizer(network->parameters(),
                               torch::optim::AdamOptions(options.learning_rate).betas({0.9, 0.9}));
  std::mt19937_64 engine(options.seed);
  std::optional<TaggerNetworkScorer> best;
  double best_upos = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    SetEpochLearningRate(optimizer, options.learning_rate, options.learning_rate_decay, epoch);
    network->train();
    double loss = 0;
    for (const auto& batch : EpochBatches(examples, options.batch_words, engine))
      loss += TrainBatch(network, optimizer, batch);
    network->eval();
    TaggerNetworkScorer scorer = ScorerOf(*network, vocabulary, kDefaultVote);
    const std::vector<std::vector<float>> scores = NetworkScores(scorer, dev_set);
    double epoch_upos = -1;
    float epoch_vote = kDefaultVote;
    for (float vote : kVotes) {
      const double upos = UposAccuracy(dev_set, scores, vote, tagger.tags());
      if (upos > epoch_upos) epoch_upos = upos, epoch_vote = vote;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[200];
    std::snprintf(line, sizeof(line),
                  "epoch %d: loss %.1f, dev upos=%.2f (network alone %.2f, vote %.2f) (%.1fs)\n",
                  epoch, loss, epoch_upos, UposAccuracy(dev_set, scores, 0, tagger.tags()),
                  epoch_vote, seconds);
    log << line << std::flush;
    if (dev.empty() || epoch_upos > best_upos) {
      best_upos = epoch_upos;
      scorer.set_perceptron_vote(dev.empty() ? kDefaultVote : epoch_vote);
      best = std::move(scorer);
    }
  }
  return std::move(*best);
}

}  // namespace kgraph
