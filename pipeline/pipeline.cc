#include "pipeline/pipeline.h"

#include <filesystem>

#include "core/tagger/tagger.h"
#include "core/text/news_reader.h"
#include "core/text/tokenizer.h"
#include "extractors/extractor.h"
#include "extractors/extractor_factory.h"
#include "graph/graph_builder.h"

namespace kgraph {

Pipeline::Pipeline(const PipelineOptions& options)
    : options_(options),
      tokenizer_(NewEnglishTokenizer()),
      tagger_(Tagger::Load((std::filesystem::path(options.model_dir) / kTaggerModelFile).string())),
      extractor_(NewExtractor(options.extractor)) {}

Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

void Pipeline::Analyze(Document& doc) const {
  if (options_.news) MarkNewsParagraphs(doc);
  tokenizer_->Tokenize(doc);
  // kgraph reads edited prose (news), where full sentences have a finite verb.
  tagger_->Tag(doc, TaggingOptions{.prose = true});
}

std::vector<Triple> Pipeline::Extract(const Document& doc) const {
  return extractor_->Extract(doc);
}

std::size_t Pipeline::AddToGraph(Document& doc, KnowledgeGraph& graph) const {
  Analyze(doc);
  std::vector<Triple> triples = Extract(doc);
  AddTriples(graph, doc, triples, extractor_->Name());
  return triples.size();
}

std::string_view Pipeline::ExtractorName() const { return extractor_->Name(); }

}  // namespace kgraph
