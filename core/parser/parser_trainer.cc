#include "core/parser/parser_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <map>
#include <random>

#include "core/error.h"
#include "core/eval/parsing_eval.h"
#include "core/learn/shuffle.h"
#include "core/parser/projectivize.h"
#include "core/parser/sparse_perceptron.h"

namespace kgraph {
namespace {

struct Example {
  std::vector<ParseWord> words;
  GoldTree gold;
};

// Every relation of the training data, sorted so relation ids are reproducible.
std::vector<std::string> CollectLabels(const std::vector<ConlluSentence>& train) {
  std::map<std::string, int> seen;
  for (const ConlluSentence& sentence : train) {
    for (const ConlluWord& word : sentence.words) seen.emplace(word.deprel, 0);
  }
  std::vector<std::string> labels;
  for (const auto& [label, unused] : seen) labels.push_back(label);
  return labels;
}

std::vector<Example> MakeExamples(const std::vector<ConlluSentence>& train,
                                  const std::vector<std::string>& labels, std::ostream& log) {
  std::map<std::string, int> id_of;
  for (std::size_t l = 0; l < labels.size(); ++l) id_of[labels[l]] = static_cast<int>(l);
  std::vector<Example> examples;
  int lifted = 0, roots_fixed = 0;
  for (const ConlluSentence& sentence : train) {
    Example example;
    example.words = ParseWordsOf(sentence);
    const int size = static_cast<int>(sentence.words.size());
    int first_root = -1;
    for (const ConlluWord& word : sentence.words) {
      // CoNLL-U heads are 1-based with 0 = root; ours are 0-based with size = root. A second
      // root (not allowed in UD, but be safe) is attached to the first.
      int head = word.head == 0 ? size : word.head - 1;
      if (word.head == 0 && first_root >= 0) {
        head = first_root;
        ++roots_fixed;
      } else if (word.head == 0) {
        first_root = static_cast<int>(example.gold.heads.size());
      }
      example.gold.heads.push_back(head);
      example.gold.labels.push_back(id_of.at(word.deprel));
    }
    lifted += Projectivize(example.gold.heads);
    example.gold.Index();
    examples.push_back(std::move(example));
  }
  log << "parser: " << examples.size() << " sentences, " << labels.size() << " relations, "
      << lifted << " arcs lifted to projectivize";
  if (roots_fixed) log << ", " << roots_fixed << " extra roots reattached";
  log << "\n";
  return examples;
}

// The cost of every transition in `state` (max() for those not allowed).
void TransitionCosts(const ParserState& state, const GoldTree& gold, std::vector<int>& costs) {
  for (int id = 0; id < static_cast<int>(costs.size()); ++id) {
    Transition transition = TransitionOf(id);
    costs[id] = state.Allows(transition) ? TransitionCost(state, gold, transition)
                                         : std::numeric_limits<int>::max();
  }
}

// The best-scoring transition among the cheapest ones: what the model should have chosen.
int BestCheapest(std::span<const int> costs, std::span<const float> scores) {
  const int cheapest = *std::min_element(costs.begin(), costs.end());
  int best = -1;
  for (int id = 0; id < static_cast<int>(costs.size()); ++id) {
    if (costs[id] == cheapest && (best < 0 || scores[id] > scores[best])) best = id;
  }
  return best;
}

// One sentence: parse with the current weights, update on every decision that loses gold arcs
// the best decision would have kept, and go on from the model's choice or the oracle's.
void TrainSentence(SparsePerceptronTrainer& trainer, const Example& example, int class_count,
                   int root_label, bool explore, double explore_probability,
                   std::mt19937_64& engine) {
  const ParseContext context(example.words);
  ParserState state(static_cast<int>(example.words.size()), root_label);
  std::vector<FeatureHash> features;
  std::vector<float> scores(class_count);
  std::vector<int> costs(class_count);
  const std::uint64_t threshold =
      static_cast<std::uint64_t>(explore_probability * 18446744073709551615.0);
  while (!state.Terminal()) {
    ParseFeatures(context, state, features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    trainer.Score(features, scores);
    TransitionCosts(state, example.gold, costs);
    const int predicted = BestValidTransition(state, scores);
    const int oracle = BestCheapest(costs, scores);
    trainer.Update(features, oracle, costs[predicted] > costs[oracle] ? predicted : oracle);
    const bool follow_model = explore && engine() < threshold;
    state.Apply(TransitionOf(follow_model ? predicted : oracle));
  }
}

}  // namespace

ParsingScores ScoreParserOn(const Parser& parser, const std::vector<ConlluSentence>& gold) {
  std::vector<ConlluSentence> system = gold;
  std::vector<std::vector<ParseWord>> words;
  for (const ConlluSentence& sentence : system) words.push_back(ParseWordsOf(sentence));
  const std::vector<Parser::Tree> trees = parser.PredictBatch(words);
  for (std::size_t s = 0; s < system.size(); ++s) {
    for (std::size_t i = 0; i < system[s].words.size(); ++i) {
      system[s].words[i].head = trees[s].heads[i] + 1;
      system[s].words[i].deprel = parser.labels()[trees[s].labels[i]];
    }
  }
  return ScoreParse(gold, system);
}

std::vector<ParseWord> ParseWordsOf(const ConlluSentence& sentence) {
  std::vector<ParseWord> words;
  words.reserve(sentence.words.size());
  for (const ConlluWord& word : sentence.words) {
    words.push_back({word.form, ParseUpos(word.upos).value_or(Upos::kX), word.xpos});
  }
  return words;
}

std::unique_ptr<TransitionParser> TrainParser(const std::vector<ConlluSentence>& train,
                                              const std::vector<ConlluSentence>& dev,
                                              const ParserTrainingOptions& options,
                                              std::ostream& log) {
  if (train.empty()) throw Error("no training sentences");
  const std::vector<std::string> labels = CollectLabels(train);
  // A transition id must fit the model file's one-byte class labels: 1 + 2 * 127 = 255.
  if (labels.size() > 127) throw Error("more than 127 dependency relations in the training data");
  const std::vector<Example> examples = MakeExamples(train, labels, log);
  const int class_count = TransitionCount(static_cast<int>(labels.size()));
  const int root_label = RootLabel(labels);
  SparsePerceptronTrainer trainer(class_count);
  std::mt19937_64 engine(options.seed);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::unique_ptr<TransitionParser> best;
  double best_las = -1;
  for (int epoch = 1; epoch <= options.iterations; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    Shuffle(order, engine);
    const bool explore = epoch >= options.explore_from_epoch;
    for (std::size_t index : order) {
      TrainSentence(trainer, examples[index], class_count, root_label, explore,
                    options.explore_probability, engine);
    }
    auto parser =
        std::make_unique<TransitionParser>(labels, trainer.Averaged().Compact(options.min_weight));
    const ParsingScores scores = dev.empty() ? ParsingScores{} : ScoreParserOn(*parser, dev);
    const double uas = 100 * scores.uas.F1(), las = 100 * scores.las.F1();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[200];
    std::snprintf(line, sizeof(line), "epoch %d: dev uas=%.2f las=%.2f (%zu weights, %.1fs)\n",
                  epoch, uas, las, parser->weight_count(), seconds);
    log << line << std::flush;
    if (dev.empty() || las > best_las) {
      best_las = las;
      best = std::move(parser);
      if (!options.checkpoint_path.empty()) best->Save(options.checkpoint_path);
    }
  }
  return best;
}

}  // namespace kgraph
