// The whole kgraph pipeline behind one object: raw text in, analysed document, triples and graph
// facts out. It owns one instance of each stage (tokenizer, tagger, parser, extractor), loaded
// once and then used read-only, so one Pipeline serves any number of documents.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/text/document.h"
#include "entities/coreference.h"
#include "extractors/triple.h"
#include "graph/knowledge_graph.h"

namespace kgraph {

class Tokenizer;
class Tagger;
class Parser;
class EntityRecognizer;
class PronounRanker;
class Extractor;

struct PipelineOptions {
  std::string model_dir;             // directory holding tagger.bin, parser.bin, ner.bin, coref.bin
  std::string extractor = "clause";  // see NewExtractor()
  bool news = true;  // mark wire-copy boilerplate (headline, dateline, captions) and skip it
  // false: the tagger's perceptron tags alone, without its neural network (about 1.4 times
  // faster tagging and parsing, 0.36 points of UPOS less on EWT dev).
  bool tagger_network = true;
};

class Pipeline {
 public:
  // Loads every stage. Throws kgraph::Error naming the file when a model is missing or broken,
  // or when the extractor name is unknown.
  explicit Pipeline(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  // Paragraphs (boilerplate marked), sentences, tokens, tags, lemmas, a dependency tree and the
  // named-entity mentions (Sentence::entities) per sentence of `doc`.
  void Analyze(Document& doc) const;

  // Analyze() for text already split into sentences (benchmarks such as CaRB): each non-blank
  // line of doc.text is one paragraph and exactly one sentence, never split (see
  // core/text/line_sentences.h); there is no news layout.
  void AnalyzeLines(Document& doc) const;

  // Tags, lemmas, trees and named entities of a document already split into sentences and tokens
  // (CoNLL-U input, evaluation). Unlike Analyze() it does not assume edited prose
  // (TaggingOptions::prose), so its tags are those `kgraph eval tag` scores.
  void AnalyzeTokens(Document& doc) const;

  // The entities of an analysed document (ResolveCoreference with the shipped pronoun ranker).
  std::vector<MentionCluster> Coreference(const Document& doc) const;

  // Triples of an analysed document.
  std::vector<Triple> Extract(const Document& doc) const;

  // Analyze + Extract + the facts added to `graph`, with arguments that refer to a named entity
  // ("he", "the FSB director") attached to its node (see antecedents.h). Returns the number of
  // triples found.
  std::size_t AddToGraph(Document& doc, KnowledgeGraph& graph) const;

  std::string_view ExtractorName() const;

 private:
  PipelineOptions options_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<Parser> parser_;
  std::unique_ptr<EntityRecognizer> recognizer_;
  std::unique_ptr<PronounRanker> pronoun_ranker_;
  std::unique_ptr<Extractor> extractor_;
};

// The file names of the models inside a model directory.
inline constexpr char kTaggerModelFile[] = "tagger.bin";
inline constexpr char kParserModelFile[] = "parser.bin";
inline constexpr char kNerModelFile[] = "ner.bin";
inline constexpr char kCorefModelFile[] = "coref.bin";

}  // namespace kgraph
