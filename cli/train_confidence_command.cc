// kgraph train-confidence GOLD.tsv: fits the weights of the clause extractor's confidence
// (extractors/clause_confidence.*) to a CaRB gold file by logistic regression, and prints them
// with the scores they give, in-sample and held out.
//
// Each extracted triple is an example: its features as the extractor computed them, and as the
// target its CaRB match, the best precision CaRB's matcher gives it against the gold tuples of
// its sentence (0 = no match, 1 = every word right). The weights are printed as C++ to paste into
// clause_confidence.cc, so the shipped extractor needs no model file; the command is the one
// reproducible way to get them.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/carb_output.h"
#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "core/eval/carb_eval.h"
#include "core/eval/carb_matcher.h"
#include "core/eval/carb_reader.h"
#include "core/learn/logistic_regression.h"
#include "extractors/clause_extractor.h"
#include "pipeline/pipeline.h"

namespace kgraph::cli {
namespace {

struct TrainConfidenceOptions {
  std::string gold;
  std::string sentences;  // one per line; empty = the distinct gold sentences
  std::string model_dir;
  double l2 = 1.0;
};

// The examples: one per triple, with the tuple it is scored as.
struct Examples {
  std::vector<std::vector<double>> inputs;
  std::vector<double> targets;
  std::vector<std::size_t> sentence;  // index of the triple's sentence, for the folds
  std::vector<CarbTuple> tuples;
};

// The best CaRB precision of `tuple` against the gold tuples of its sentence.
double MatchTarget(const CarbTuple& tuple,
                   const std::map<std::string, std::vector<const CarbTuple*>>& gold_by_key) {
  auto it = gold_by_key.find(CarbSentenceKey(tuple.sentence));
  if (it == gold_by_key.end()) return 0.0;
  double best = 0.0;
  for (const CarbTuple* gold : it->second)
    best = std::max(best, MatchCarbTuples(*gold, tuple).precision);
  return best;
}

Examples MakeExamples(const TrainConfidenceOptions& options, const std::vector<CarbTuple>& gold) {
  Document doc = CarbSentences(options.sentences, gold);
  Pipeline pipeline(PipelineOptions{.model_dir = options.model_dir, .extractor = "clause"});
  pipeline.AnalyzeLines(doc);
  std::vector<FeaturedTriple> featured = ExtractClauseTriplesWithFeatures(doc);
  std::vector<Triple> triples;
  for (const FeaturedTriple& f : featured) triples.push_back(f.triple);
  Examples examples;
  examples.tuples = CarbTuplesOf(doc, triples, CarbSentenceText::kLine);
  std::map<std::string, std::vector<const CarbTuple*>> gold_by_key;
  for (const CarbTuple& tuple : gold)
    gold_by_key[CarbSentenceKey(tuple.sentence)].push_back(&tuple);
  for (std::size_t i = 0; i < featured.size(); ++i) {
    const ClauseWeights x = FeatureVector(featured[i].features);
    examples.inputs.emplace_back(x.begin(), x.end());
    examples.targets.push_back(MatchTarget(examples.tuples[i], gold_by_key));
    examples.sentence.push_back(featured[i].triple.sentence);
  }
  std::cout << "examples: " << featured.size() << " triples of " << doc.sentences.size()
            << " sentences\n";
  return examples;
}

// The tuples with their confidence recomputed from `weights`.
std::vector<CarbTuple> Rescored(const Examples& examples, const std::vector<double>& weights,
                                const std::vector<std::size_t>& which) {
  std::vector<CarbTuple> tuples;
  for (std::size_t i : which) {
    tuples.push_back(examples.tuples[i]);
    tuples.back().confidence = LogisticProbability(weights, examples.inputs[i]);
  }
  return tuples;
}

std::vector<std::size_t> All(const Examples& examples) {
  std::vector<std::size_t> all(examples.inputs.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

std::vector<double> Fit(const Examples& examples, const std::vector<std::size_t>& which,
                        double l2) {
  std::vector<std::vector<double>> inputs;
  std::vector<double> targets;
  for (std::size_t i : which) {
    inputs.push_back(examples.inputs[i]);
    targets.push_back(examples.targets[i]);
  }
  return FitLogisticRegression(inputs, targets, {.l2 = l2});
}

// Two folds by sentence (even and odd): each half scored with weights fitted on the other, so
// the figure shows what the weights do on sentences they were not fitted to.
std::vector<CarbTuple> HeldOut(const Examples& examples, double l2) {
  std::vector<CarbTuple> tuples;
  for (std::size_t fold = 0; fold < 2; ++fold) {
    std::vector<std::size_t> train, test;
    for (std::size_t i = 0; i < examples.inputs.size(); ++i) {
      (examples.sentence[i] % 2 == fold ? test : train).push_back(i);
    }
    std::vector<CarbTuple> scored = Rescored(examples, Fit(examples, train, l2), test);
    tuples.insert(tuples.end(), scored.begin(), scored.end());
  }
  return tuples;
}

std::string ScoreLine(const std::vector<CarbTuple>& gold, const std::vector<CarbTuple>& tuples) {
  const CarbScores scores = EvaluateCarb(gold, tuples);
  char line[128];
  std::snprintf(line, sizeof line, "f1=%.4f precision=%.4f recall=%.4f auc=%.4f", scores.f1,
                scores.precision, scores.recall, scores.auc);
  return line;
}

void PrintWeights(const std::vector<double>& weights) {
  std::cout << "constexpr ClauseWeights kWeights = {\n";
  for (std::size_t i = 0; i < weights.size(); ++i) {
    char value[32];
    std::snprintf(value, sizeof value, "%.4f", weights[i]);
    std::cout << "    " << value << ",  // " << kClauseFeatureNames[i] << "\n";
  }
  std::cout << "};\n";
}

void RunTrainConfidence(const TrainConfidenceOptions& options) {
  const std::vector<CarbTuple> gold = ReadCarbGoldFile(options.gold);
  const Examples examples = MakeExamples(options, gold);
  const std::vector<double> shipped(DefaultClauseWeights().begin(), DefaultClauseWeights().end());
  // Rounded as printed, so that "fitted weights" scores exactly the weights that get pasted in.
  std::vector<double> fitted = Fit(examples, All(examples), options.l2);
  for (double& weight : fitted) weight = std::round(weight * 1e4) / 1e4;
  std::cout << "shipped weights:   " << ScoreLine(gold, Rescored(examples, shipped, All(examples)))
            << "\n";
  std::cout << "held out (2 folds): " << ScoreLine(gold, HeldOut(examples, options.l2)) << "\n";
  PrintWeights(fitted);
  std::cout << "fitted weights:    " << ScoreLine(gold, Rescored(examples, fitted, All(examples)))
            << "\n";
}

}  // namespace

void AddTrainConfidenceCommand(CLI::App& app, CommandStatus& /*status*/) {
  auto options = std::make_shared<TrainConfidenceOptions>();
  options->model_dir = DefaultModelDir();
  CLI::App* command = app.add_subcommand(
      "train-confidence",
      "Fit the clause extractor's confidence weights to a CaRB gold file; prints them as C++ for "
      "extractors/clause_confidence.cc with their CaRB scores");
  command->add_option("GOLD", options->gold, "CaRB gold file (e.g. CaRB's data/gold/dev.tsv)")
      ->required()
      ->check(CLI::ExistingFile);
  command
      ->add_option("--sentences", options->sentences,
                   "Sentences to extract from, one per line (default: the gold's sentences)")
      ->check(CLI::ExistingFile);
  command->add_option("--l2", options->l2, "L2 penalty on the weights")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  AddModelsOption(*command, options->model_dir);
  command->callback([options] { RunTrainConfidence(*options); });
}

}  // namespace kgraph::cli
