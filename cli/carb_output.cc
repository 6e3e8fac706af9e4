#include "cli/carb_output.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/text/text_reader.h"

namespace kgraph::cli {
namespace {

// The line that holds `sentence`: the paragraph containing its first token.
std::string LineOf(const Document& doc, const Sentence& sentence) {
  auto it = std::partition_point(
      doc.paragraphs.begin(), doc.paragraphs.end(),
      [&](const Paragraph& paragraph) { return paragraph.span.end <= sentence.span.begin; });
  return std::string(it == doc.paragraphs.end() ? doc.Text(sentence.span) : doc.Text(it->span));
}

CarbTuple TupleOf(const Document& doc, const Triple& triple, std::string sentence) {
  CarbTuple tuple;
  tuple.sentence = std::move(sentence);
  tuple.confidence = triple.confidence;
  tuple.relation =
      triple.relation_text.empty() ? NormalizedText(doc, triple.relation) : triple.relation_text;
  tuple.arguments.push_back(NormalizedText(doc, triple.subject));
  if (!triple.object.empty() || !triple.extra_arguments.empty()) {
    tuple.arguments.push_back(NormalizedText(doc, triple.object));
  }
  for (ByteSpan argument : triple.extra_arguments) {
    tuple.arguments.push_back(NormalizedText(doc, argument));
  }
  return tuple;
}

}  // namespace

std::vector<CarbTuple> CarbTuplesOf(const Document& doc, const std::vector<Triple>& triples,
                                    CarbSentenceText sentence_text) {
  std::vector<CarbTuple> tuples;
  tuples.reserve(triples.size());
  for (const Triple& triple : triples) {
    const Sentence& sentence = doc.sentences[triple.sentence];
    tuples.push_back(TupleOf(doc, triple,
                             sentence_text == CarbSentenceText::kLine
                                 ? LineOf(doc, sentence)
                                 : NormalizedText(doc, sentence.span)));
  }
  return tuples;
}

Document CarbSentences(const std::string& sentences_file, const std::vector<CarbTuple>& gold) {
  if (!sentences_file.empty()) return ReadTextFile(sentences_file);
  Document doc;
  doc.id = "gold sentences";
  std::unordered_set<std::string_view> seen;
  for (const CarbTuple& tuple : gold) {
    if (seen.insert(tuple.sentence).second) doc.text.append(tuple.sentence).append("\n");
  }
  return doc;
}

}  // namespace kgraph::cli
