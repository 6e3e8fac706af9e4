// kgraph train-tagger: trains the tagger model that ships in models/.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/tagger/tagger_trainer.h"

namespace kgraph::cli {
namespace {

struct TrainTaggerOptions {
  std::vector<std::string> train;
  std::string dev;
  std::string output;
  TaggerTrainingOptions training;
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

// Fails before hours of training when the model could not be written at the end.
void CheckWritableDirectory(const std::string& output) {
  std::filesystem::path directory = std::filesystem::path(output).parent_path();
  if (directory.empty()) directory = ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    throw Error("output directory does not exist", {directory.string(), {}, {}});
  }
}

void RunTrainTagger(const TrainTaggerOptions& options, const CommandStatus& status) {
  CheckWritableDirectory(options.output);
  std::vector<ConlluSentence> train = ReadAll(options.train);
  std::vector<ConlluSentence> dev =
      options.dev.empty() ? std::vector<ConlluSentence>{} : ReadConlluFile(options.dev);
  TaggerTrainingOptions training = options.training;
  training.checkpoint_path = options.output + ".checkpoint";
  std::ostream null_log(nullptr);
  std::unique_ptr<Tagger> tagger =
      TrainTagger(train, dev, training, status.quiet ? null_log : std::cerr);
  tagger->Save(options.output);
  std::remove(training.checkpoint_path.c_str());
  if (!status.quiet) std::cerr << "tagger: saved " << options.output << "\n";
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
  command->add_option("--iterations", options->training.iterations, "Training epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  command->add_option("--seed", options->training.seed, "Seed of the sentence shuffling")
      ->capture_default_str();
  command->callback([options, &status] { RunTrainTagger(*options, status); });
}

}  // namespace kgraph::cli
