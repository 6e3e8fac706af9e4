#include "pipeline/pipeline.h"

#include <filesystem>

#include "core/error.h"
#include "core/parser/parser.h"
#include "core/tagger/tagger.h"
#include "core/text/line_sentences.h"
#include "core/text/news_reader.h"
#include "core/text/tokenizer.h"
#include "entities/coreference.h"
#include "entities/entity_recognizer.h"
#include "entities/pronoun_ranker.h"
#include "extractors/extractor.h"
#include "extractors/extractor_factory.h"
#include "graph/graph_builder.h"
#include "graph/roles.h"
#include "pipeline/antecedents.h"

namespace kgraph {
namespace {

// The path of model `file` in `model_dir`. A missing model is reported here, with what the
// directory should hold, rather than as the loader's bare "cannot open".
std::string ModelPath(const std::string& model_dir, const char* file) {
  std::string path = (std::filesystem::path(model_dir) / file).string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw Error(std::string("model file not found (the model directory must hold ") +
                    kTaggerModelFile + ", " + kParserModelFile + ", " + kNerModelFile + " and " +
                    kCorefModelFile + ")",
                {path, {}, {}});
  }
  return path;
}

}  // namespace

Pipeline::Pipeline(const PipelineOptions& options)
    : options_(options),
      tokenizer_(NewEnglishTokenizer()),
      tagger_(Tagger::Load(ModelPath(options.model_dir, kTaggerModelFile))),
      parser_(Parser::Load(ModelPath(options.model_dir, kParserModelFile))),
      recognizer_(EntityRecognizer::Load(ModelPath(options.model_dir, kNerModelFile))),
      pronoun_ranker_(PronounRanker::Load(ModelPath(options.model_dir, kCorefModelFile))),
      extractor_(NewExtractor(options.extractor)) {
  if (!options.tagger_network) tagger_->SetNetwork(std::nullopt);
}

Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

void Pipeline::Analyze(Document& doc) const {
  if (options_.news) MarkNewsParagraphs(doc);
  tokenizer_->Tokenize(doc);
  // kgraph reads edited prose (news), where full sentences have a finite verb.
  tagger_->Tag(doc, TaggingOptions{.prose = true});
  parser_->Parse(doc);
  recognizer_->Recognize(doc);
}

void Pipeline::AnalyzeLines(Document& doc) const {
  MarkLineParagraphs(doc);
  tokenizer_->Tokenize(doc);
  JoinSentencesPerParagraph(doc);
  tagger_->Tag(doc, TaggingOptions{.prose = true});
  parser_->Parse(doc);
  recognizer_->Recognize(doc);
}

void Pipeline::AnalyzeTokens(Document& doc) const {
  tagger_->Tag(doc);
  parser_->Parse(doc);
  recognizer_->Recognize(doc);
}

std::vector<Triple> Pipeline::Extract(const Document& doc) const {
  return extractor_->Extract(doc);
}

// Far above any news article (the samples have at most 40 sentences).
constexpr std::size_t kMaxCoreferenceSentences = 2000;

std::size_t Pipeline::AddToGraph(Document& doc, KnowledgeGraph& graph) const {
  Analyze(doc);
  std::vector<Triple> triples = Extract(doc);
  // Coreference looks back over the whole document; a text of thousands of "sentences" (a
  // log, a dump, a file without punctuation) is no article, and resolving it would cost more
  // than everything else together.
  if (doc.sentences.size() <= kMaxCoreferenceSentences) {
    LinkArgumentsToAntecedents(doc, Coreference(doc), triples);
  }
  AddTriples(graph, doc, triples, extractor_->Name());
  AddRoles(graph, doc);
  return triples.size();
}

std::vector<MentionCluster> Pipeline::Coreference(const Document& doc) const {
  return ResolveCoreference(doc, pronoun_ranker_.get());
}

std::string_view Pipeline::ExtractorName() const { return extractor_->Name(); }

}  // namespace kgraph
