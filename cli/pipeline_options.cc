#include "cli/pipeline_options.h"

#include <cstdlib>
#include <iostream>

#include "core/text/text_reader.h"
#include "extractors/extractor_factory.h"

namespace kgraph::cli {

std::string DefaultModelDir() {
  const char* from_environment = std::getenv("KGRAPH_MODEL_DIR");
  if (from_environment != nullptr && *from_environment != '\0') return from_environment;
  return KGRAPH_MODEL_DIR;
}

void AddModelsOption(CLI::App& command, std::string& model_dir) {
  model_dir = DefaultModelDir();
  command.add_option("--models", model_dir, "Directory of the trained models")
      ->capture_default_str()
      ->check(CLI::ExistingDirectory);
}

void AddPlainOption(CLI::App& command, bool& news) {
  command.add_flag("!--plain,!--no-news", news,
                   "Plain text: do not look for wire-copy boilerplate (headlines, datelines, "
                   "photo captions) to skip");
}

void AddExtractorOption(CLI::App& command, std::string& extractor) {
  command.add_option("--extractor", extractor, "Triple extractor")
      ->capture_default_str()
      ->check(CLI::IsMember(ExtractorNames()));
}

void AddAliasesOption(CLI::App& command, std::string& aliases_file) {
  command
      .add_option("--aliases", aliases_file,
                  "Alias file: one 'alias<TAB>canonical name' per line, as models/aliases.tsv; "
                  "adds to or overrides the built-in aliases")
      ->check(CLI::ExistingFile);
}

void AddTaggerNetworkOption(CLI::App& command, bool& tagger_network) {
  command.add_flag("!--no-tagger-network", tagger_network,
                   "Tag with the tagger's perceptron alone, without its neural network: faster, "
                   "less accurate (see README: Accuracy)");
}

void AddPipelineOptions(CLI::App& command, PipelineOptions& options) {
  AddModelsOption(command, options.model_dir);
  AddExtractorOption(command, options.extractor);
  AddPlainOption(command, options.news);
  AddTaggerNetworkOption(command, options.tagger_network);
}

Document ReadInput(const std::string& input) {
  if (input == "-") return ReadTextDocument(std::cin, "<stdin>", "stdin");
  return ReadTextFile(input);
}

}  // namespace kgraph::cli
