// kgraph parse FILE...: tokens, tags, lemmas and dependency trees as CoNLL-U, for any UD viewer or
// evaluator.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/input_files.h"
#include "cli/output_file.h"
#include "cli/pipeline_options.h"
#include "core/conllu/conllu.h"
#include "core/conllu/conllu_writer.h"
#include "core/error.h"

namespace kgraph::cli {
namespace {

namespace fs = std::filesystem;

struct ParseOptions {
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string input_format = "text";
  PipelineOptions pipeline;
};

// Thrown from inside WriteOutput when no input could be read, so that no empty output file is
// left behind (WriteOutput removes its temporary file on any exception).
struct NothingToWrite {};

// CoNLL-U inputs are taken as given (no directory search: a treebank folder holds other files
// too); a missing one fails the command before any model is loaded, as for text inputs.
std::vector<std::string> ConlluInputs(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return {kStdinName};
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != kStdinName && !fs::exists(input, ec)) {
      throw Error("no such file or directory", {input, {}, {}});
    }
  }
  return inputs;
}

std::vector<ConlluSentence> ParseText(const Pipeline& pipeline, const std::string& file) {
  Document doc = ReadInput(file);
  pipeline.Analyze(doc);
  return ConlluFromDocument(doc);
}

// Keeps the given sentences and tokens; only the analysis is new.
std::vector<ConlluSentence> ParseConllu(const Pipeline& pipeline, const std::string& file) {
  std::error_code ec;
  if (fs::is_directory(file, ec)) throw Error("is a directory, not a CoNLL-U file", {file, {}, {}});
  std::vector<ConlluSentence> given =
      file == kStdinName ? ReadConllu(std::cin, "<stdin>") : ReadConlluFile(file);
  if (given.empty()) return {};
  Document doc = DocumentFromGoldWords(given, file);
  pipeline.AnalyzeTokens(doc);
  return WithPredictions(given, doc);
}

int RunParse(const ParseOptions& options, bool quiet) {
  const bool conllu = options.input_format == "conllu";
  std::vector<std::string> files =
      conllu ? ConlluInputs(options.inputs) : ExpandInputs(options.inputs);
  Pipeline pipeline(options.pipeline);
  int exit_code = 0;
  try {
    WriteOutput(options.output, [&](std::ostream& out) {
      std::size_t written = 0;
      for (const std::string& file : files) {
        try {
          std::vector<ConlluSentence> sentences =
              conllu ? ParseConllu(pipeline, file) : ParseText(pipeline, file);
          if (sentences.empty()) {
            if (!quiet) std::cerr << "kgraph: warning: " << file << ": no sentences, skipped\n";
            continue;
          }
          WriteConllu(sentences, out);
          ++written;
        } catch (const Error& e) {
          std::cerr << "kgraph: error: " << e.what() << "\n";
          exit_code = 1;
        }
      }
      if (written == 0 && exit_code != 0) throw NothingToWrite{};
    });
  } catch (const NothingToWrite&) {
  }
  return exit_code;
}

}  // namespace

void AddParseCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand(
      "parse", "Write the tokens, tags, lemmas and dependency trees of the inputs as CoNLL-U");
  command->add_option("inputs", options->inputs,
                      "Text files, directories (*.txt) or - (default: stdin); with "
                      "--input-format conllu, CoNLL-U files or -");
  command->add_option("-o,--output", options->output, "Output file (- = stdout), written whole")
      ->capture_default_str();
  command
      ->add_option("--input-format", options->input_format,
                   "text, or conllu to keep the given sentences and tokens and predict the rest")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "conllu"}));
  AddModelsOption(*command, options->pipeline.model_dir);
  AddPlainOption(*command, options->pipeline.news);
  AddTaggerNetworkOption(*command, options->pipeline.tagger_network);
  command->callback([options, &status] { status.exit_code = RunParse(*options, status.quiet); });
}

}  // namespace kgraph::cli
