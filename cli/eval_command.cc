// kgraph eval: accuracy of the pipeline's stages against gold CoNLL-U.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/pipeline_options.h"
#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/eval/parsing_eval.h"
#include "core/eval/tagging_eval.h"
#include "core/eval/tokenization_eval.h"
#include "core/tagger/tagger.h"
#include "core/text/tokenizer.h"
#include "pipeline/pipeline.h"

namespace kgraph::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::string model_dir;
  bool raw = false;  // eval parse: segment the raw text with kgraph's tokenizer
};

void RunEvalTag(const EvalOptions& options) {
  std::vector<ConlluSentence> gold = ReadConlluFile(options.gold);
  std::unique_ptr<Tagger> tagger =
      Tagger::Load((std::filesystem::path(options.model_dir) / kTaggerModelFile).string());
  std::cout << FormatTaggingScores(EvaluateTagger(*tagger, gold));
}

void RunEvalParse(const EvalOptions& options) {
  std::vector<ConlluSentence> gold = ReadConlluFile(options.gold);
  Pipeline pipeline(PipelineOptions{.model_dir = options.model_dir});
  auto analyze = [&pipeline](Document& doc) { pipeline.AnalyzeTokens(doc); };
  try {
    ParsingScores scores = options.raw
                               ? EvaluateParsingOnRawText(gold, *NewEnglishTokenizer(), analyze)
                               : EvaluateParsingOnGoldTokens(gold, analyze);
    std::cout << FormatParsingScores(scores, options.raw);
  } catch (const Error& e) {
    // The scorer knows the gold line but not the file.
    if (!e.location().source.empty()) throw;
    throw Error(e.message(), {options.gold, e.location().line, e.location().offset});
  }
}

void RunEvalTokenize(const EvalOptions& options) {
  std::vector<ConlluSentence> gold = ReadConlluFile(options.gold);
  std::unique_ptr<Tokenizer> tokenizer = NewEnglishTokenizer();
  std::cout << FormatTokenizationScores(EvaluateTokenization(gold, *tokenizer));
}

CLI::App* AddGoldCommand(CLI::App& parent, const std::string& name, const std::string& help,
                         std::shared_ptr<EvalOptions> options) {
  CLI::App* command = parent.add_subcommand(name, help);
  command->add_option("GOLD", options->gold, "Gold CoNLL-U file (e.g. UD English EWT dev)")
      ->required()
      ->check(CLI::ExistingFile);
  return command;
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommandStatus& /*status*/) {
  CLI::App* eval = app.add_subcommand("eval", "Score a pipeline stage against gold CoNLL-U");
  eval->require_subcommand(1);
  auto options = std::make_shared<EvalOptions>();
  options->model_dir = DefaultModelDir();

  CLI::App* tokenize = AddGoldCommand(
      *eval, "tokenize", "Token and sentence F1 of the tokenizer on the raw text (# text) of GOLD",
      options);
  tokenize->callback([options] { RunEvalTokenize(*options); });

  CLI::App* tag = AddGoldCommand(
      *eval, "tag", "UPOS, XPOS and lemma accuracy of the tagger on GOLD's tokens", options);
  tag->add_option("--models", options->model_dir, "Model directory")->capture_default_str();
  tag->callback([options] { RunEvalTag(*options); });

  CLI::App* parse = AddGoldCommand(
      *eval, "parse",
      "UPOS, XPOS, lemma, UAS and LAS (CoNLL 2018 shared task) of the tagger and parser on GOLD",
      options);
  parse->add_flag("--raw", options->raw,
                  "Start from the raw text (# text) with kgraph's tokenizer and sentence splitter "
                  "instead of GOLD's words; also scores tokens, sentences and words");
  AddModelsOption(*parse, options->model_dir);
  parse->callback([options] { RunEvalParse(*options); });
}

}  // namespace kgraph::cli
