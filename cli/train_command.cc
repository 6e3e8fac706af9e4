// kgraph train, train-tagger, train-parser: train the models that ship in models/.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/neural_training.h"
#include "cli/output_file.h"
#include "cli/training_options.h"
#include "core/conllu/conllu.h"
#include "core/conllu/conllu_writer.h"
#include "core/error.h"
#include "core/parser/parser_trainer.h"
#include "core/tagger/tagger_trainer.h"
#include "pipeline/pipeline.h"

namespace kgraph::cli {
namespace {

// The network options of the commands, which train no network unless --network-epochs says so.
TaggerNetworkTrainingOptions NoNetwork() {
  TaggerNetworkTrainingOptions options;
  options.epochs = 0;
  return options;
}

struct TrainTaggerOptions {
  std::vector<std::string> train;
  std::string dev;
  std::string output;
  TaggerTrainingOptions training;
  TaggerNetworkTrainingOptions network = NoNetwork();
  std::string perceptron_from;  // a tagger model whose perceptron is kept instead of trained
};

std::vector<ConlluSentence> ReadAll(const std::vector<std::string>& paths) {
  std::vector<ConlluSentence> sentences;
  for (const std::string& path : paths) {
    std::vector<ConlluSentence> part = ReadConlluFile(path);
    sentences.insert(sentences.end(), std::make_move_iterator(part.begin()),
                     std::make_move_iterator(part.end()));
  }
  return sentences;
}

// Adds a network trained on `train` to `tagger` when `options` asks for one (epochs > 0).
void AddNetwork(Tagger& tagger, const std::vector<ConlluSentence>& train,
                const std::vector<ConlluSentence>& dev, const TaggerNetworkTrainingOptions& options,
                std::ostream& log) {
  if (options.epochs > 0) tagger.SetNetwork(TrainNetworkOf(tagger, train, dev, options, log));
}

void AddNetworkOptions(CLI::App& command, TaggerNetworkTrainingOptions& network) {
  command
      .add_option("--network-epochs", network.epochs,
                  "Epochs of the tagger's neural network (kgraph-train only; 0: none); the best "
                  "on --dev is kept")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  command.add_option("--network-hidden", network.hidden, "LSTM units per direction (network)")
      ->capture_default_str()
      ->check(CLI::Range(8, 1024));
  command.add_option("--network-layers", network.layers, "LSTM layers (network)")
      ->capture_default_str()
      ->check(CLI::Range(1, 4));
  command
      .add_option("--network-spelling-dim", network.spelling_dim,
                  "Width of each spelling piece's embedding (network)")
      ->capture_default_str()
      ->check(CLI::Range(4, 256));
}

void RunTrainTagger(const TrainTaggerOptions& options, const CommandStatus& status) {
  if (options.network.epochs > 0) RequireNeuralTraining("the tagger's network");
  CheckWritableDirectory(options.output);
  std::vector<ConlluSentence> train = ReadAll(options.train);
  std::vector<ConlluSentence> dev =
      options.dev.empty() ? std::vector<ConlluSentence>{} : ReadConlluFile(options.dev);
  TaggerTrainingOptions training = options.training;
  training.checkpoint_path = options.output + ".checkpoint";
  std::ostream null_log(nullptr);
  std::ostream& log = status.quiet ? null_log : std::cerr;
  std::unique_ptr<Tagger> tagger = options.perceptron_from.empty()
                                       ? TrainTagger(train, dev, training, log)
                                       : Tagger::Load(options.perceptron_from);
  AddNetwork(*tagger, train, dev, options.network, log);
  tagger->Save(options.output);
  std::remove(training.checkpoint_path.c_str());
  if (!status.quiet) std::cerr << "tagger: saved " << options.output << "\n";
}

// Replaces the tags of every word of `sentences` with `tagger`'s predictions.
void RetagWith(const Tagger& tagger, std::vector<ConlluSentence>& sentences) {
  for (ConlluSentence& sentence : sentences) {
    std::vector<std::string_view> forms;
    for (const ConlluWord& word : sentence.words) forms.push_back(word.form);
    std::vector<int> predicted = tagger.Predict(forms);
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      const TagPair& tag = tagger.tags()[predicted[i]];
      sentence.words[i].upos = UposName(tag.upos);
      sentence.words[i].xpos = tag.xpos;
    }
  }
}

// Which parser to train, and the settings only the biaffine parser has.
struct ParserArchitecture {
  std::string name = "transition";  // or "biaffine"
  int threads = 1;
  std::int64_t hidden = 128;
  std::int64_t arc_dim = 256;
  std::int64_t label_dim = 64;
};

void AddParserArchitectureOptions(CLI::App& command, ParserArchitecture& architecture) {
  command.add_option("--parser", architecture.name, "Parser to train: transition or biaffine")
      ->capture_default_str()
      ->check(CLI::IsMember({"transition", "biaffine"}));
  command
      .add_option("--threads", architecture.threads,
                  "Threads of the biaffine trainer (and of the tagger's jackknifing in train)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  command.add_option("--hidden", architecture.hidden, "LSTM units per direction (biaffine)")
      ->capture_default_str()
      ->check(CLI::Range(8, 1024));
  command.add_option("--arc-dim", architecture.arc_dim, "Width of the arc scorer (biaffine)")
      ->capture_default_str()
      ->check(CLI::Range(8, 1024));
  command
      .add_option("--label-dim", architecture.label_dim, "Width of the relation scorer (biaffine)")
      ->capture_default_str()
      ->check(CLI::Range(8, 1024));
}

struct TrainParserOptions {
  std::vector<std::string> train;
  std::string dev;
  std::string tagger;  // retags dev when set
  std::string output;
  ParserTrainingOptions training;
  ParserArchitecture architecture;
};

std::unique_ptr<Parser> TrainChosenParser(const std::vector<ConlluSentence>& train,
                                          const std::vector<ConlluSentence>& dev,
                                          ParserTrainingOptions training,
                                          const ParserArchitecture& architecture,
                                          std::ostream& log) {
  if (architecture.name == "biaffine") {
    BiaffineTrainingOptions biaffine;
    biaffine.epochs = training.iterations;
    biaffine.seed = training.seed;
    biaffine.threads = architecture.threads;
    biaffine.hidden = architecture.hidden;
    biaffine.arc_dim = architecture.arc_dim;
    biaffine.label_dim = architecture.label_dim;
    biaffine.checkpoint_path = training.checkpoint_path;
    return TrainBiaffine(train, dev, biaffine, log);
  }
  return TrainParser(train, dev, training, log);
}

void TrainParserLogged(const std::vector<ConlluSentence>& train,
                       const std::vector<ConlluSentence>& dev, ParserTrainingOptions training,
                       const ParserArchitecture& architecture, const std::string& output,
                       const CommandStatus& status) {
  training.checkpoint_path = output + ".checkpoint";
  std::ostream null_log(nullptr);
  std::unique_ptr<Parser> parser =
      TrainChosenParser(train, dev, training, architecture, status.quiet ? null_log : std::cerr);
  parser->Save(output);
  std::remove(training.checkpoint_path.c_str());
  if (!status.quiet) std::cerr << "parser: saved " << output << "\n";
}

void RunTrainParser(const TrainParserOptions& options, const CommandStatus& status) {
  if (options.architecture.name == "biaffine") RequireNeuralTraining("the biaffine parser");
  CheckWritableDirectory(options.output);
  std::vector<ConlluSentence> train = ReadAll(options.train);
  std::vector<ConlluSentence> dev =
      options.dev.empty() ? std::vector<ConlluSentence>{} : ReadConlluFile(options.dev);
  if (!options.tagger.empty()) RetagWith(*Tagger::Load(options.tagger), dev);
  TrainParserLogged(train, dev, options.training, options.architecture, options.output, status);
}

struct TrainAllOptions {
  std::vector<std::string> train;
  std::string dev;
  std::string output_dir;
  std::string jackknifed_out;  // the training data with the tags the parser learns from
  TaggerTrainingOptions tagger;
  TaggerNetworkTrainingOptions tagger_network = NoNetwork();
  ParserTrainingOptions parser;
  ParserArchitecture architecture;
};

// The tagger first (with its network when asked); then the parser learns from the jackknifed
// tags of the tagger's first pass on the training data and is tuned on dev with the new tagger's
// tags, as it will be used.
void RunTrainAll(const TrainAllOptions& options, const CommandStatus& status) {
  if (options.architecture.name == "biaffine") RequireNeuralTraining("the biaffine parser");
  if (options.tagger_network.epochs > 0) RequireNeuralTraining("the tagger's network");
  const std::filesystem::path dir(options.output_dir);
  RequireDirectory(dir);
  std::vector<ConlluSentence> train = ReadAll(options.train);
  std::vector<ConlluSentence> dev =
      options.dev.empty() ? std::vector<ConlluSentence>{} : ReadConlluFile(options.dev);
  std::ostream null_log(nullptr);
  std::ostream& log = status.quiet ? null_log : std::cerr;
  std::vector<std::vector<TagPair>> jackknifed;
  TaggerTrainingOptions tagger_training = options.tagger;
  const std::string tagger_path = (dir / kTaggerModelFile).string();
  tagger_training.checkpoint_path = tagger_path + ".checkpoint";
  std::unique_ptr<Tagger> tagger = TrainTagger(train, dev, tagger_training, log, &jackknifed);
  AddNetwork(*tagger, train, dev, options.tagger_network, log);
  tagger->Save(tagger_path);
  std::remove(tagger_training.checkpoint_path.c_str());
  log << "tagger: saved " << tagger_path << "\n";
  for (std::size_t s = 0; s < train.size(); ++s) {
    for (std::size_t i = 0; i < train[s].words.size(); ++i) {
      train[s].words[i].upos = UposName(jackknifed[s][i].upos);
      train[s].words[i].xpos = jackknifed[s][i].xpos;
    }
  }
  if (!options.jackknifed_out.empty()) {
    WriteOutput(options.jackknifed_out, [&](std::ostream& out) { WriteConllu(train, out); });
  }
  RetagWith(*tagger, dev);
  TrainParserLogged(train, dev, options.parser, options.architecture,
                    (dir / kParserModelFile).string(), status);
}

}  // namespace

void AddTrainTaggerCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<TrainTaggerOptions>();
  CLI::App* command = app.add_subcommand(
      "train-tagger",
      "Train the POS tagger and lemmatizer on CoNLL-U treebanks (see README: Models)");
  command->add_option("--train", options->train, "Training CoNLL-U files")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dev", options->dev, "Development CoNLL-U file: keeps the best epoch")
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", options->output, "Model file to write")->required();
  AddTrainingLoopOptions(*command, options->training.iterations, options->training.seed,
                         "Seed of the sentence shuffling", options->training.min_weight);
  command
      ->add_option("--threads", options->training.threads,
                   "Threads for the first pass and the jackknife folds (same model for any count)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  AddNetworkOptions(*command, options->network);
  command
      ->add_option("--perceptron-from", options->perceptron_from,
                   "Keep the perceptron of this tagger model instead of training one (to train "
                   "only a network, with --network-epochs)")
      ->check(CLI::ExistingFile);
  command->callback([options, &status] {
    options->network.seed = options->training.seed;
    options->network.threads = options->training.threads;
    RunTrainTagger(*options, status);
  });
}

void AddTrainParserCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<TrainParserOptions>();
  CLI::App* command = app.add_subcommand(
      "train-parser",
      "Train the dependency parser on CoNLL-U treebanks, with the tags in the files as given");
  command->add_option("--train", options->train, "Training CoNLL-U files")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dev", options->dev, "Development CoNLL-U file: keeps the best epoch")
      ->check(CLI::ExistingFile);
  command->add_option("--tagger", options->tagger, "Tagger model that retags dev first")
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", options->output, "Model file to write")->required();
  AddTrainingLoopOptions(*command, options->training.iterations, options->training.seed,
                         "Seed of shuffling and exploration", options->training.min_weight);
  AddParserArchitectureOptions(*command, options->architecture);
  command->callback([options, &status] { RunTrainParser(*options, status); });
}

void AddTrainCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<TrainAllOptions>();
  CLI::App* command = app.add_subcommand(
      "train", "Train the tagger and the parser that ship in models/ (see README: Models)");
  command->add_option("--train", options->train, "Training CoNLL-U files")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dev", options->dev, "Development CoNLL-U file: keeps the best epochs")
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", options->output_dir, "Directory for tagger.bin, parser.bin")
      ->required();
  command->add_option("--seed", options->tagger.seed, "Seed of shuffling and exploration")
      ->capture_default_str();
  command->add_option("--jackknifed-train", options->jackknifed_out,
                      "Also write the training data with the jackknifed tags the parser learns "
                      "from (to train parser variants with train-parser)");
  command
      ->add_option("--parser-iterations", options->parser.iterations,
                   "Epochs of the parser; the best on --dev is kept")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  AddParserArchitectureOptions(*command, options->architecture);
  AddNetworkOptions(*command, options->tagger_network);
  command->callback([options, &status] {
    options->parser.seed = options->tagger.seed;
    options->tagger.threads = options->architecture.threads;
    options->tagger_network.seed = options->tagger.seed;
    options->tagger_network.threads = options->architecture.threads;
    RunTrainAll(*options, status);
  });
}

}  // namespace kgraph::cli
