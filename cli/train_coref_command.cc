// kgraph train-coref: train the pronoun ranker that ships as models/coref.bin.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "cli/training_options.h"
#include "core/conllu/conllu.h"
#include "core/conllu/gum_entities.h"
#include "core/error.h"
#include "core/parser/parser.h"
#include "core/tagger/tagger.h"
#include "entities/entity_recognizer.h"
#include "entities/named_mentions.h"
#include "entities/pronoun_ranker_trainer.h"
#include "pipeline/pipeline.h"

namespace kgraph::cli {
namespace {

struct TrainCorefOptions {
  std::vector<std::string> train;
  std::string model_dir;  // the tagger, parser and recognizer whose analysis the ranker learns from
  std::string output;
  PronounRankerTrainingOptions training;
};

// The stages that analyse the training documents, as Pipeline::AnalyzeTokens runs them.
struct Analysers {
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Parser> parser;
  std::unique_ptr<EntityRecognizer> recognizer;
};

Analysers LoadAnalysers(const std::string& model_dir) {
  const auto model = [&](const char* file) {
    return (std::filesystem::path(model_dir) / file).string();
  };
  return {Tagger::Load(model(kTaggerModelFile)), Parser::Load(model(kParserModelFile)),
          EntityRecognizer::Load(model(kNerModelFile))};
}

// The GUM documents of `path` on their gold words, tagged, parsed and with the recognizer's
// named entities, each with the entity ids of its gold mentions.
void AddTrainingDocuments(const std::string& path, const Analysers& analysers,
                          std::vector<CorefTrainingDocument>& out) {
  const std::vector<ConlluSentence> sentences = ReadConlluFile(path);
  const std::vector<GumDocument> gold = ReadGumEntities(sentences, path);
  std::vector<Document> documents = GoldEntityDocuments(sentences, path);
  for (std::size_t d = 0; d < gold.size(); ++d) {
    CorefTrainingDocument& document = out.emplace_back();
    document.doc = std::move(documents[d]);
    analysers.tagger->Tag(document.doc);
    analysers.parser->Parse(document.doc);
    analysers.recognizer->Recognize(document.doc);
    for (const GumMention& m : gold[d].mentions) {
      document.entity_of[{m.sentence, m.begin, m.end}] = m.entity_id;
    }
  }
}

void RunTrainCoref(const TrainCorefOptions& options, const CommandStatus& status) {
  CheckWritableDirectory(options.output);
  const Analysers analysers = LoadAnalysers(options.model_dir);
  std::vector<CorefTrainingDocument> documents;
  for (const std::string& path : options.train) AddTrainingDocuments(path, analysers, documents);
  std::ostream null_log(nullptr);
  const std::unique_ptr<PronounRanker> ranker =
      TrainPronounRanker(documents, options.training, status.quiet ? null_log : std::cerr);
  ranker->Save(options.output);
  if (!status.quiet) std::cerr << "coref: saved " << options.output << "\n";
}

}  // namespace

void AddTrainCorefCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<TrainCorefOptions>();
  CLI::App* command = app.add_subcommand(
      "train-coref",
      "Train the pronoun ranker of coreference on GUM-style CoNLL-U (Entity annotation), with the "
      "tags, trees and named entities of the models in --models (see README: Models)");
  command->add_option("--train", options->train, "Training CoNLL-U files with Entity= in MISC")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", options->output, "Model file to write (models/coref.bin)")
      ->required();
  AddModelsOption(*command, options->model_dir);
  command->add_option("--iterations", options->training.iterations, "Training epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  command->add_option("--seed", options->training.seed, "Seed of the document shuffling")
      ->capture_default_str();
  command->callback([options, &status] { RunTrainCoref(*options, status); });
}

}  // namespace kgraph::cli
