// kgraph extract FILE...: the triples of each sentence, as TSV or JSON Lines, without a graph.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "cli/carb_output.h"
#include "cli/commands.h"
#include "cli/input_files.h"
#include "cli/pipeline_options.h"
#include "core/error.h"

namespace kgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format = "tsv";
  bool one_sentence_per_line = false;  // each non-blank line is one sentence, no news layout
  PipelineOptions pipeline;
};

// One extracted triple in user-facing form, white space folded (so TSV needs no escaping).
struct TripleView {
  std::string subject, relation_text, object, attributed_to, sentence_text;
  std::vector<std::string> extra_arguments;
  ByteSpan span;  // from the first to the last byte of its non-empty parts
};

void Cover(ByteSpan part, ByteSpan& span) {
  if (part.empty()) return;
  if (span.empty()) {
    span = part;
    return;
  }
  span.begin = std::min(span.begin, part.begin);
  span.end = std::max(span.end, part.end);
}

TripleView ViewOf(const Document& doc, const Triple& triple) {
  TripleView view;
  view.subject = NormalizedText(doc, triple.subject);
  view.relation_text =
      triple.relation_text.empty() ? NormalizedText(doc, triple.relation) : triple.relation_text;
  view.object = NormalizedText(doc, triple.object);
  view.attributed_to = NormalizedText(doc, triple.attribution);
  view.sentence_text = NormalizedText(doc, doc.sentences[triple.sentence].span);
  for (ByteSpan part : {triple.subject, triple.relation, triple.object}) Cover(part, view.span);
  for (ByteSpan extra : triple.extra_arguments) {
    view.extra_arguments.push_back(NormalizedText(doc, extra));
    Cover(extra, view.span);
  }
  return view;
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : " | ") + part;
  return text;
}

constexpr char kTsvHeader[] =
    "document\tsentence\tconfidence\tsubject\trelation\tobject\trelation_text\tnegated\t"
    "modality\tattributed_to\textra_arguments\tsentence_text\n";

void WriteTsv(const Document& doc, const std::vector<Triple>& triples, std::ostream& out) {
  for (const Triple& triple : triples) {
    TripleView view = ViewOf(doc, triple);
    out << doc.id << '\t' << triple.sentence << '\t' << triple.confidence << '\t' << view.subject
        << '\t' << triple.relation_lemma << '\t' << view.object << '\t' << view.relation_text
        << '\t' << (triple.negated ? "yes" : "no") << '\t' << triple.modality << '\t'
        << view.attributed_to << '\t' << Joined(view.extra_arguments) << '\t' << view.sentence_text
        << '\n';
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
    json.Key("relation_text"), json.String(view.relation_text.c_str());
    json.Key("extra_arguments");
    json.StartArray();
    for (const std::string& extra : view.extra_arguments) json.String(extra.c_str());
    json.EndArray();
    json.Key("clausal_object"), json.Bool(triple.clausal_object);
    json.Key("negated"), json.Bool(triple.negated);
    json.Key("modality"), json.String(triple.modality.c_str());
    json.Key("attributed_to"), json.String(view.attributed_to.c_str());
    json.Key("subject_head"), json.String(NormalizedText(doc, triple.subject_head).c_str());
    json.Key("object_head"), json.String(NormalizedText(doc, triple.object_head).c_str());
    json.Key("confidence"), json.Double(triple.confidence);
    json.Key("span");
    json.StartArray();
    json.Uint(view.span.begin);
    json.Uint(view.span.end);
    json.EndArray();
    json.Key("sentence_text"), json.String(view.sentence_text.c_str());
    json.EndObject();
    out << '\n';
  }
}

// CaRB's tabbed format: sentence, confidence, relation, arguments; no header.
void WriteCarb(const Document& doc, const std::vector<Triple>& triples, CarbSentenceText text,
               std::ostream& out) {
  for (const CarbTuple& tuple : CarbTuplesOf(doc, triples, text)) WriteCarbExtraction(tuple, out);
}

void WriteTriples(const ExtractOptions& options, const Document& doc,
                  const std::vector<Triple>& triples) {
  if (options.format == "tsv") {
    WriteTsv(doc, triples, std::cout);
  } else if (options.format == "jsonl") {
    WriteJsonLines(doc, triples, std::cout);
  } else {
    WriteCarb(
        doc, triples,
        options.one_sentence_per_line ? CarbSentenceText::kLine : CarbSentenceText::kNormalized,
        std::cout);
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
      if (options.one_sentence_per_line) {
        pipeline.AnalyzeLines(doc);
      } else {
        pipeline.Analyze(doc);
      }
      std::vector<Triple> triples = pipeline.Extract(doc);
      if (!header_written) {
        std::cout << kTsvHeader;
        header_written = true;
      }
      WriteTriples(options, doc, triples);
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
  command
      ->add_option("-f,--format", options->format,
                   "tsv (with a header line), jsonl, or carb: the tab format of the CaRB Open IE "
                   "benchmark (sentence, confidence, relation, arg1, arg2, ...; no header). The "
                   "sentence field is the input line with --one-sentence-per-line, else the "
                   "sentence's text with white space folded")
      ->capture_default_str()
      ->check(CLI::IsMember({"tsv", "jsonl", "carb"}));
  command->add_flag("--one-sentence-per-line", options->one_sentence_per_line,
                    "Each non-blank input line is one sentence, tokenized but never split or "
                    "joined with the next line; no news layout (implies --plain)");
  AddPipelineOptions(*command, options->pipeline);
  command->callback([options, &status] { status.exit_code = RunExtract(*options); });
}

}  // namespace kgraph::cli
