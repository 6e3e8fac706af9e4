// kgraph train-ner: train the named-entity recognizer that ships as models/ner.bin.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "cli/training_options.h"
#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/parser/parser.h"
#include "core/tagger/tagger.h"
#include "core/text/text_reader.h"
#include "entities/named_mentions.h"
#include "entities/ner_trainer.h"
#include "pipeline/pipeline.h"

namespace kgraph::cli {
namespace {

struct TrainNerOptions {
  std::vector<std::string> train;
  std::string dev;
  std::string model_dir;  // the tagger and parser whose analysis the recognizer learns from
  std::string output;
  std::string gazetteer;  // empty: the built-in one
  NerTrainingOptions training;
};

// The GUM documents of `paths` with their gold named mentions, tagged and parsed by the shipped
// tagger and parser exactly as Pipeline::AnalyzeTokens does, so the recognizer learns from the
// features it will see.
std::vector<Document> AnalysedDocuments(const std::vector<std::string>& paths, const Tagger& tagger,
                                        const Parser& parser) {
  std::vector<Document> documents;
  for (const std::string& path : paths) {
    for (Document& doc : GoldEntityDocuments(ReadConlluFile(path), path)) {
      tagger.Tag(doc);
      parser.Parse(doc);
      documents.push_back(std::move(doc));
    }
  }
  return documents;
}

void RunTrainNer(const TrainNerOptions& options, const CommandStatus& status) {
  CheckWritableDirectory(options.output);
  // A malformed gazetteer fails before the slow tagging and parsing of the training data.
  Gazetteer gazetteer =
      options.gazetteer.empty()
          ? Gazetteer::BuiltIn()
          : Gazetteer::Parse(ReadTextFile(options.gazetteer).text, options.gazetteer);
  const auto model = [&](const char* file) {
    return (std::filesystem::path(options.model_dir) / file).string();
  };
  std::unique_ptr<Tagger> tagger = Tagger::Load(model(kTaggerModelFile));
  std::unique_ptr<Parser> parser = Parser::Load(model(kParserModelFile));
  std::vector<Document> train = AnalysedDocuments(options.train, *tagger, *parser);
  std::vector<Document> dev = options.dev.empty()
                                  ? std::vector<Document>{}
                                  : AnalysedDocuments({options.dev}, *tagger, *parser);
  NerTrainingOptions training = options.training;
  training.gazetteer = std::move(gazetteer);
  training.checkpoint_path = options.output + ".checkpoint";
  std::ostream null_log(nullptr);
  std::unique_ptr<EntityRecognizer> recognizer =
      TrainEntityRecognizer(train, dev, training, status.quiet ? null_log : std::cerr);
  recognizer->Save(options.output);
  std::remove(training.checkpoint_path.c_str());
  if (!status.quiet) std::cerr << "ner: saved " << options.output << "\n";
}

}  // namespace

void AddTrainNerCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<TrainNerOptions>();
  CLI::App* command = app.add_subcommand(
      "train-ner",
      "Train the named-entity recognizer on GUM-style CoNLL-U (Entity annotation), with the tags "
      "and trees of the tagger and parser in --models (see README: Models)");
  command->add_option("--train", options->train, "Training CoNLL-U files with Entity= in MISC")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dev", options->dev, "Development CoNLL-U file: keeps the best epoch")
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", options->output, "Model file to write (models/ner.bin)")
      ->required();
  AddModelsOption(*command, options->model_dir);
  AddTrainingLoopOptions(*command, options->training.iterations, options->training.seed,
                         "Seed of the sentence shuffling", options->training.min_weight);
  command
      ->add_option("--gazetteer", options->gazetteer,
                   "Gazetteer file (format of models/gazetteer.tsv) instead of the built-in one; "
                   "the model keeps a copy")
      ->check(CLI::ExistingFile);
  command->callback([options, &status] { RunTrainNer(*options, status); });
}

}  // namespace kgraph::cli
