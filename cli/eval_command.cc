// kgraph eval: accuracy of the pipeline's stages against gold CoNLL-U.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/carb_output.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/pipeline_options.h"
#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/eval/carb_eval.h"
#include "core/eval/carb_reader.h"
#include "core/eval/parsing_eval.h"
#include "core/eval/tagging_eval.h"
#include "core/eval/tokenization_eval.h"
#include "core/tagger/tagger.h"
#include "core/text/text_reader.h"
#include "core/text/tokenizer.h"
#include "entities/ner_eval.h"
#include "pipeline/pipeline.h"

namespace kgraph::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::string model_dir;
  bool raw = false;  // eval parse: segment the raw text with kgraph's tokenizer
  bool tagger_network = true;
};

void RunEvalTag(const EvalOptions& options) {
  std::vector<ConlluSentence> gold = ReadConlluFile(options.gold);
  std::unique_ptr<Tagger> tagger =
      Tagger::Load((std::filesystem::path(options.model_dir) / kTaggerModelFile).string());
  if (!options.tagger_network) tagger->SetNetwork(std::nullopt);
  std::cout << FormatTaggingScores(EvaluateTagger(*tagger, gold));
}

void RunEvalParse(const EvalOptions& options) {
  std::vector<ConlluSentence> gold = ReadConlluFile(options.gold);
  Pipeline pipeline(
      PipelineOptions{.model_dir = options.model_dir, .tagger_network = options.tagger_network});
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

struct EntityEvalOptions {
  std::string gold;
  std::string model_dir;
  bool gold_tokens = false;  // the gold words as tokens instead of the raw text
};

// The summary line: NER F1 of PERSON, ORGANIZATION and PLACE (issue #5's target), then the
// CoNLL-2012 coreference F1s (singletons excluded) and their mean, the CoNLL F1.
std::string EntitySummaryLine(const EntityScores& scores) {
  const CorefScores& coref = scores.coref;
  char line[128];
  std::snprintf(line, sizeof(line), "ner_f1=%.2f muc=%.2f b3=%.2f ceafe=%.2f coref_f1=%.2f\n",
                100 * scores.Core().F1(), 100 * coref.muc.F1(), 100 * coref.b_cubed.F1(),
                100 * coref.ceaf_e.F1(), 100 * coref.ConllF1());
  return line;
}

void RunEvalEntities(const EntityEvalOptions& options) {
  std::vector<ConlluSentence> gold = ReadConlluFile(options.gold);
  Pipeline pipeline(PipelineOptions{.model_dir = options.model_dir});
  std::unique_ptr<Tokenizer> tokenizer = options.gold_tokens ? nullptr : NewEnglishTokenizer();
  EntityScores scores = EvaluateEntities(
      gold, options.gold, tokenizer.get(),
      [&pipeline](Document& doc) { pipeline.AnalyzeTokens(doc); },
      [&pipeline](const Document& doc) { return pipeline.Coreference(doc); });
  std::cout << "text: " << (options.gold_tokens ? "gold words" : "raw text, kgraph's tokenizer")
            << "; mentions correct when span and type match\n"
            << FormatEntityScores(scores) << "coreference (CoNLL-2012, singletons excluded):\n"
            << FormatCorefScores(scores.coref) << EntitySummaryLine(scores);
}

void AddEvalEntitiesCommand(CLI::App& eval) {
  auto options = std::make_shared<EntityEvalOptions>();
  CLI::App* entities = eval.add_subcommand(
      "entities",
      "Typed named-entity F1 per type and coreference (MUC, B3, CEAF-e, CoNLL F1) of the whole "
      "pipeline on the documents of GOLD (GUM-style Entity annotation), from the raw text "
      "(# text); last line ner_f1=... coref_f1=...");
  entities->add_option("GOLD", options->gold, "Gold CoNLL-U file (e.g. UD English GUM dev)")
      ->required()
      ->check(CLI::ExistingFile);
  entities->add_flag("--gold-tokens", options->gold_tokens,
                     "Use GOLD's words as tokens instead of tokenizing the raw text");
  AddModelsOption(*entities, options->model_dir);
  entities->callback([options] { RunEvalEntities(*options); });
}

struct CarbEvalOptions {
  std::string gold;
  std::string sentences;  // one sentence per line; empty = the distinct gold sentences
  std::string system;     // CaRB tabbed file to score instead of running the extractor
  std::string output;     // where to write our tuples in the tabbed format; empty = nowhere
  PipelineOptions pipeline;
};

// Runs the pipeline's extractor over the sentences, one per line, and returns its tuples.
std::vector<CarbTuple> ExtractCarbTuples(const CarbEvalOptions& options,
                                         const std::vector<CarbTuple>& gold) {
  Document doc = CarbSentences(options.sentences, gold);
  Pipeline pipeline(options.pipeline);
  pipeline.AnalyzeLines(doc);
  std::vector<CarbTuple> tuples = CarbTuplesOf(doc, pipeline.Extract(doc), CarbSentenceText::kLine);
  std::cout << "sentences: " << doc.sentences.size() << " ("
            << (options.sentences.empty() ? "the distinct gold sentences" : options.sentences)
            << "), extractor " << pipeline.ExtractorName() << "\n";
  if (!options.output.empty()) {
    WriteOutput(options.output, [&tuples](std::ostream& out) {
      for (const CarbTuple& tuple : tuples) WriteCarbExtraction(tuple, out);
    });
  }
  return tuples;
}

void RunEvalCarb(const CarbEvalOptions& options) {
  std::vector<CarbTuple> gold = ReadCarbGoldFile(options.gold);
  std::vector<CarbTuple> predicted = options.system.empty()
                                         ? ExtractCarbTuples(options, gold)
                                         : ReadCarbExtractionsFile(options.system);
  std::cout << FormatCarbScores(EvaluateCarb(gold, predicted));
}

void AddEvalCarbCommand(CLI::App& eval) {
  auto options = std::make_shared<CarbEvalOptions>();
  CLI::App* carb = eval.add_subcommand(
      "carb",
      "Open IE F1, precision, recall and AUC on the CaRB benchmark, scored as CaRB's carb.py "
      "does: the extractor's tuples, or those of --system");
  carb->add_option("GOLD", options->gold, "CaRB gold file (e.g. CaRB's data/gold/dev.tsv)")
      ->required()
      ->check(CLI::ExistingFile);
  CLI::Option* sentences =
      carb->add_option("--sentences", options->sentences,
                       "Sentences to extract from, one per line (e.g. CaRB's data/dev.txt); "
                       "default: the distinct sentences of GOLD")
          ->check(CLI::ExistingFile);
  CLI::Option* output = carb->add_option(
      "-o,--output", options->output, "Also write the extracted tuples here, in CaRB's tab format");
  AddModelsOption(*carb, options->pipeline.model_dir);
  AddExtractorOption(*carb, options->pipeline.extractor);
  carb->add_option("--system", options->system,
                   "Score this CaRB tab-format file (sentence, confidence, relation, args...) "
                   "instead of running the extractor")
      ->check(CLI::ExistingFile)
      ->excludes(sentences)
      ->excludes(output);
  carb->callback([options] { RunEvalCarb(*options); });
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
  CLI::App* eval = app.add_subcommand(
      "eval", "Score a pipeline stage against gold CoNLL-U, or the extractor against CaRB");
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
  AddTaggerNetworkOption(*tag, options->tagger_network);
  tag->callback([options] { RunEvalTag(*options); });

  CLI::App* parse = AddGoldCommand(
      *eval, "parse",
      "UPOS, XPOS, lemma, UAS and LAS (CoNLL 2018 shared task) of the tagger and parser on GOLD",
      options);
  parse->add_flag("--raw", options->raw,
                  "Start from the raw text (# text) with kgraph's tokenizer and sentence splitter "
                  "instead of GOLD's words; also scores tokens, sentences and words");
  AddModelsOption(*parse, options->model_dir);
  AddTaggerNetworkOption(*parse, options->tagger_network);
  parse->callback([options] { RunEvalParse(*options); });

  AddEvalCarbCommand(*eval);
  AddEvalEntitiesCommand(*eval);
}

}  // namespace kgraph::cli
