// kgraph eval mentions: exact-span precision, recall and F1 of mention detection (the candidate
// mentions of coreference) against GUM's gold Entity annotation.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "core/conllu/conllu.h"
#include "core/parser/parser.h"
#include "core/tagger/tagger.h"
#include "entities/mention_detection_eval.h"
#include "pipeline/pipeline.h"

namespace kgraph::cli {
namespace {

struct EvalMentionsOptions {
  std::string gold;
  std::string model_dir;
  bool gold_trees = false;  // score the rules on GUM's own tags and trees
};

// Tags and parses with the shipped models as Pipeline::AnalyzeTokens does; mention detection
// needs no more, so the entity recognizer's model is not loaded.
AnalyzeSentences TaggerAndParser(const std::string& model_dir) {
  const std::filesystem::path dir(model_dir);
  std::shared_ptr<Tagger> tagger = Tagger::Load((dir / kTaggerModelFile).string());
  std::shared_ptr<Parser> parser = Parser::Load((dir / kParserModelFile).string());
  return [tagger, parser](Document& doc) {
    tagger->Tag(doc);
    parser->Parse(doc);
  };
}

void RunEvalMentions(const EvalMentionsOptions& options) {
  const std::vector<ConlluSentence> gold = ReadConlluFile(options.gold);
  AnalyzeSentences analyze = [&gold](Document& doc) { CopyGoldAnalysis(gold, doc); };
  if (!options.gold_trees) analyze = TaggerAndParser(options.model_dir);
  std::cout << FormatMentionDetectionScores(EvaluateMentionDetection(gold, options.gold, analyze));
}

}  // namespace

void AddEvalMentionsCommand(CLI::App& app, CommandStatus& /*status*/) {
  auto options = std::make_shared<EvalMentionsOptions>();
  options->model_dir = DefaultModelDir();
  CLI::App* mentions = app.get_subcommand("eval")->add_subcommand(
      "mentions",
      "Exact-span precision, recall and F1 of mention detection on GOLD's words, tagged and "
      "parsed by kgraph, against GOLD's Entity mentions (singletons included)");
  mentions->add_option("GOLD", options->gold, "Gold CoNLL-U with GUM Entity= annotation (GUM dev)")
      ->required()
      ->check(CLI::ExistingFile);
  mentions->add_flag("--gold-trees", options->gold_trees,
                     "Use GOLD's own tags and trees instead of kgraph's tagger and parser");
  AddModelsOption(*mentions, options->model_dir);
  mentions->callback([options] { RunEvalMentions(*options); });
}

}  // namespace kgraph::cli
