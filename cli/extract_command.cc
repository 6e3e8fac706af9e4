// kgraph extract FILE...: the triples of each sentence, as TSV or JSON Lines, without a graph.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/input_files.h"
#include "cli/pipeline_options.h"
#include "core/error.h"

namespace kgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format = "tsv";
  PipelineOptions pipeline;
};

// One extracted triple in user-facing form, white space folded (so TSV needs no escaping).
struct TripleView {
  std::string subject, relation, object, sentence_text;
};

TripleView ViewOf(const Document& doc, const Triple& triple) {
  return {NormalizedText(doc, triple.subject), NormalizedText(doc, triple.relation),
          NormalizedText(doc, triple.object),
          NormalizedText(doc, doc.sentences[triple.sentence].span)};
}

void WriteTsv(const Document& doc, const std::vector<Triple>& triples, std::ostream& out) {
  for (const Triple& triple : triples) {
    TripleView view = ViewOf(doc, triple);
    out << doc.id << '\t' << triple.sentence << '\t' << triple.confidence << '\t' << view.subject
        << '\t' << triple.relation_lemma << '\t' << view.object << '\t' << view.relation << '\t'
        << view.sentence_text << '\n';
  }
}

void WriteJsonLines(const Document& doc, const std::vector<Triple>& triples, std::ostream& out) {
  for (const Triple& triple : triples) {
    TripleView view = ViewOf(doc, triple);
    rapidjson::OStreamWrapper stream(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> json(stream);
    json.StartObject();
    json.Key("document"), json.String(doc.id.c_str());
    json.Key("sentence"), json.Uint64(triple.sentence);
    json.Key("subject"), json.String(view.subject.c_str());
    json.Key("relation"), json.String(triple.relation_lemma.c_str());
    json.Key("object"), json.String(view.object.c_str());
    json.Key("relation_text"), json.String(view.relation.c_str());
    json.Key("confidence"), json.Double(triple.confidence);
    json.Key("span");
    json.StartArray();
    json.Uint(std::min({triple.subject.begin, triple.relation.begin, triple.object.begin}));
    json.Uint(std::max({triple.subject.end, triple.relation.end, triple.object.end}));
    json.EndArray();
    json.Key("sentence_text"), json.String(view.sentence_text.c_str());
    json.EndObject();
    out << '\n';
  }
}

int RunExtract(const ExtractOptions& options) {
  std::vector<std::string> files = ExpandInputs(options.inputs);
  Pipeline pipeline(options.pipeline);
  // The TSV header goes out with the first readable document, so input that fails entirely
  // leaves stdout empty rather than a header without rows.
  bool header_written = options.format != "tsv";
  int exit_code = 0;
  for (const std::string& file : files) {
    try {
      Document doc = ReadInput(file);
      pipeline.Analyze(doc);
      std::vector<Triple> triples = pipeline.Extract(doc);
      if (!header_written) {
        std::cout << "document\tsentence\tconfidence\tsubject\trelation\tobject\trelation_text\t"
                     "sentence_text\n";
        header_written = true;
      }
      if (options.format == "tsv") {
        WriteTsv(doc, triples, std::cout);
      } else {
        WriteJsonLines(doc, triples, std::cout);
      }
    } catch (const Error& e) {
      std::cerr << "kgraph: error: " << e.what() << "\n";
      exit_code = 1;
    }
  }
  return exit_code;
}

}  // namespace

void AddExtractCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command =
      app.add_subcommand("extract", "Print the triples found in text files, one per line");
  command->add_option("inputs", options->inputs, "Text files, directories or - (default: stdin)");
  command->add_option("-f,--format", options->format, "tsv (with a header line) or jsonl")
      ->capture_default_str()
      ->check(CLI::IsMember({"tsv", "jsonl"}));
  AddPipelineOptions(*command, options->pipeline);
  command->callback([options, &status] { status.exit_code = RunExtract(*options); });
}

}  // namespace kgraph::cli
