#include "graph/graph_builder.h"

#include <algorithm>
#include <span>
#include <string>
#include <utility>

#include "core/error.h"
#include "graph/entity_typer.h"

namespace kgraph {
namespace {

void CheckSpan(const Document& doc, ByteSpan span, const char* what) {
  if (span.begin > span.end || span.end > doc.text.size()) {
    throw Error(std::string("triple ") + what + " span [" + std::to_string(span.begin) + ", " +
                    std::to_string(span.end) + ") is outside the document text",
                ErrorLocation{doc.id, std::nullopt, span.begin});
  }
}

const Sentence& SentenceOf(const Document& doc, const Triple& triple) {
  if (triple.sentence >= doc.sentences.size()) {
    throw Error("triple refers to sentence " + std::to_string(triple.sentence) + " of " +
                    std::to_string(doc.sentences.size()),
                ErrorLocation{doc.id, std::nullopt, triple.subject.begin});
  }
  CheckSpan(doc, triple.subject, "subject");
  CheckSpan(doc, triple.relation, "relation");
  CheckSpan(doc, triple.object, "object");
  return doc.sentences[triple.sentence];
}

// Evidence shows its sentence; a run-on "sentence" (the tokenizer caps them at 500 tokens) is
// cut to the words around the triple, so one fact repeated in a huge file cannot fill memory
// with copies of a whole megabyte-sized line.
constexpr std::uint32_t kMaxSentenceTextBytes = 1000;
constexpr std::uint32_t kContextBytes = 300;

std::string SentenceText(const Document& doc, const Sentence& sentence, ByteSpan triple) {
  if (sentence.span.size() <= kMaxSentenceTextBytes) return NormalizedText(doc, sentence.span);
  const std::uint32_t from = triple.begin > sentence.span.begin + kContextBytes
                                 ? triple.begin - kContextBytes
                                 : sentence.span.begin;
  const std::uint32_t to = std::min(sentence.span.end, triple.end + kContextBytes);
  ByteSpan window{triple.begin, triple.end};
  const std::span<const Token> inside = TokensWithin(sentence, {from, to});
  if (!inside.empty()) {  // widen to whole tokens inside [from, to)
    window.begin = std::min(window.begin, inside.front().span.begin);
    window.end = std::max(window.end, inside.back().span.end);
  }
  // Built in one exactly sized string: a million pieces of evidence must not each carry the
  // slack of a reallocation.
  static constexpr std::string_view kBefore = "… ";
  static constexpr std::string_view kAfter = " …";
  const std::string body = NormalizedText(doc, window);
  const bool cut_before = window.begin > sentence.span.begin;
  const bool cut_after = window.end < sentence.span.end;
  std::string text;
  text.reserve(body.size() + (cut_before ? kBefore.size() : 0) + (cut_after ? kAfter.size() : 0));
  if (cut_before) text += kBefore;
  text += body;
  if (cut_after) text += kAfter;
  return text;
}

Evidence MakeEvidence(const Document& doc, const Triple& triple, const Sentence& sentence,
                      std::string_view extractor) {
  Evidence evidence;
  evidence.document = doc.id;
  evidence.sentence = static_cast<std::uint32_t>(triple.sentence);
  evidence.span.begin =
      std::min({triple.subject.begin, triple.relation.begin, triple.object.begin});
  evidence.span.end = std::max({triple.subject.end, triple.relation.end, triple.object.end});
  evidence.sentence_text = SentenceText(doc, sentence, evidence.span);
  evidence.confidence = triple.confidence;
  evidence.extractor = std::string(extractor);
  return evidence;
}

}  // namespace

void AddTriples(KnowledgeGraph& graph, const Document& doc, const std::vector<Triple>& triples,
                std::string_view extractor) {
  const AliasTable& aliases = graph.aliases();
  for (const Triple& triple : triples) {
    const Sentence& sentence = SentenceOf(doc, triple);
    // Entities are named by the person inside a titled mention ("President Vladimir Putin").
    const ByteSpan subject_span = NameSpan(doc, sentence, triple.subject);
    const ByteSpan object_span = NameSpan(doc, sentence, triple.object);
    const std::string subject = NormalizedText(doc, subject_span);
    const std::string object = NormalizedText(doc, object_span);
    std::string subject_key = EntityKey(subject, aliases);
    std::string object_key = EntityKey(object, aliases);
    // Check both ends before adding either, so a skipped triple leaves no stray mention behind.
    if (subject_key.empty() || object_key.empty()) continue;

    const std::string_view subject_type =
        GuessEntityType(doc, sentence, subject_span, std::string_view(subject_key));
    const std::string_view object_type =
        GuessEntityType(doc, sentence, object_span, std::string_view(object_key));
    const NodeId from = *graph.AddKeyedMention(subject, std::move(subject_key), subject_type);
    const NodeId to = *graph.AddKeyedMention(object, std::move(object_key), object_type);
    const std::string label = triple.relation_lemma.empty() ? NormalizedText(doc, triple.relation)
                                                            : triple.relation_lemma;
    graph.AddFact(from, label, to, MakeEvidence(doc, triple, sentence, extractor));
  }
}

}  // namespace kgraph
