#include "core/parser/biaffine_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>

#include "core/error.h"
#include "core/eval/parsing_eval.h"
#include "core/learn/length_batches.h"
#include "core/parser/biaffine_network.h"
#include "core/parser/parser_trainer.h"

namespace kgraph {
namespace {

// One training sentence as the network reads it, with its gold tree (heads 1-based, 0 = root).
struct Example {
  std::vector<BiaffineWordIds> ids;
  std::vector<std::int64_t> heads, labels;
};

std::vector<Example> MakeExamples(const std::vector<ConlluSentence>& train,
                                  const BiaffineVocabulary& vocabulary, std::int64_t buckets) {
  std::vector<Example> examples;
  examples.reserve(train.size());
  for (const ConlluSentence& sentence : train) {
    Example example;
    for (const ParseWord& word : ParseWordsOf(sentence))
      example.ids.push_back(vocabulary.IdsOf(word, buckets));
    for (const ConlluWord& word : sentence.words) {
      example.heads.push_back(word.head);
      example.labels.push_back(vocabulary.LabelId(word.deprel));
    }
    examples.push_back(std::move(example));
  }
  return examples;
}

// Gold heads and relations of a batch as [batch, length] tensors (position 0, the root, and
// padding hold 0 and are masked out of the loss).
struct Gold {
  torch::Tensor heads, labels, mask;
};

Gold GoldOf(const std::vector<const Example*>& batch, std::int64_t length) {
  const std::int64_t size = static_cast<std::int64_t>(batch.size());
  Gold gold{torch::zeros({size, length}, torch::kInt64),
            torch::zeros({size, length}, torch::kInt64),
            torch::zeros({size, length}, torch::kBool)};
  auto heads = gold.heads.accessor<std::int64_t, 2>();
  auto labels = gold.labels.accessor<std::int64_t, 2>();
  auto mask = gold.mask.accessor<bool, 2>();
  for (std::int64_t b = 0; b < size; ++b) {
    for (std::size_t i = 0; i < batch[b]->heads.size(); ++i) {
      heads[b][i + 1] = batch[b]->heads[i];
      labels[b][i + 1] = batch[b]->labels[i];
      mask[b][i + 1] = true;
    }
  }
  return gold;
}

double TrainBatch(BiaffineNetwork& network, torch::optim::Adam& optimizer,
                  const std::vector<const Example*>& batch) {
  std::vector<std::vector<BiaffineWordIds>> ids;
  for (const Example* example : batch) ids.push_back(example->ids);
  const BiaffineBatch input = MakeBiaffineBatch(ids);
  const Gold gold = GoldOf(batch, input.words.size(1));
  const BiaffineNetworkImpl::Output output = network->Forward(input);
  torch::Tensor loss = torch::nn::functional::cross_entropy(output.arcs.index({gold.mask}),
                                                            gold.heads.index({gold.mask})) +
                       torch::nn::functional::cross_entropy(
                           network->LabelScores(output, gold.heads).index({gold.mask}),
                           gold.labels.index({gold.mask}));
  optimizer.zero_grad();
  loss.backward();
  torch::nn::utils::clip_grad_norm_(network->parameters(), 5.0);
  optimizer.step();
  return loss.item<double>();
}

// One epoch's batches of sentences of about the same length (core/learn/length_batches.h).
std::vector<std::vector<const Example*>> EpochBatches(const std::vector<Example>& examples,
                                                      std::size_t batch_words,
                                                      std::mt19937_64& engine) {
  return BatchesOfSimilarLength(
      examples, [](const Example& example) { return example.ids.size(); }, batch_words, engine);
}

BiaffineSizes SizesFor(const BiaffineVocabulary& vocabulary,
                       const BiaffineTrainingOptions& options) {
  BiaffineSizes sizes;
  sizes.hidden = options.hidden;
  sizes.arc_dim = options.arc_dim;
  sizes.label_dim = options.label_dim;
  sizes.buckets = options.buckets;
  return WithVocabularySizes(sizes, vocabulary);
}

}  // namespace

std::unique_ptr<BiaffineParser> TrainBiaffineParser(const std::vector<ConlluSentence>& train,
                                                    const std::vector<ConlluSentence>& dev,
                                                    const BiaffineTrainingOptions& options,
                                                    std::ostream& log) {
  if (train.empty()) throw Error("no training sentences");
  torch::set_num_threads(options.threads);
  torch::manual_seed(options.seed);
  const BiaffineVocabulary vocabulary = BiaffineVocabulary::Build(train);
  BiaffineNetwork network(SizesFor(vocabulary, options));
  const std::vector<Example> examples = MakeExamples(train, vocabulary, network->sizes().buckets);
  log << "parser: " << examples.size() << " sentences, " << vocabulary.labels().size()
      << " relations, " << vocabulary.word_count() << " word ids\n";
  torch::optim::Adam optimizer(network->parameters(),
                               torch::optim::AdamOptions(options.learning_rate).betas({0.9, 0.9}));
  std::mt19937_64 engine(options.seed);
  std::string best_payload;
  double best_las = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    SetEpochLearningRate(optimizer, options.learning_rate, options.learning_rate_decay, epoch);
    network->train();
    double loss = 0;
    for (const auto& batch : EpochBatches(examples, options.batch_words, engine))
      loss += TrainBatch(network, optimizer, batch);
    network->eval();
    BiaffineParser parser(vocabulary, network->sizes(), WeightsOf(*network));
    const ParsingScores scores = dev.empty() ? ParsingScores{} : ScoreParserOn(parser, dev);
    const double uas = 100 * scores.uas.F1(), las = 100 * scores.las.F1();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[200];
    std::snprintf(line, sizeof(line), "epoch %d: loss %.1f, dev uas=%.2f las=%.2f (%.1fs)\n", epoch,
                  loss, uas, las, seconds);
    log << line << std::flush;
    if (dev.empty() || las > best_las) {
      best_las = las;
      ModelWriter writer;
      parser.SavePayload(writer);
      best_payload = writer.payload();
      if (!options.checkpoint_path.empty()) parser.Save(options.checkpoint_path);
    }
  }
  ModelReader reader(best_payload, "best epoch", 0);
  return BiaffineParser::LoadPayload(reader);
}

}  // namespace kgraph
