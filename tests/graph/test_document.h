// Builds small tagged documents for graph tests without running the tokenizer or tagger.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/text/document.h"
#include "extractors/triple.h"

namespace kgraph::testing {

struct Word {
  std::string_view form;
  Upos upos = Upos::kPropn;
  bool space_after = true;
};

// Sentences are separated by a line break and indentation, so evidence must fold white space.
inline Document MakeDocument(std::string id, const std::vector<std::vector<Word>>& sentences) {
  Document doc;
  doc.id = std::move(id);
  for (const auto& words : sentences) {
    if (!doc.text.empty()) doc.text += "\n  ";
    Sentence sentence;
    for (const Word& word : words) {
      Token token;
      token.span.begin = static_cast<std::uint32_t>(doc.text.size());
      doc.text += word.form;
      token.span.end = static_cast<std::uint32_t>(doc.text.size());
      token.space_after = word.space_after;
      token.upos = word.upos;
      token.lemma = std::string(word.form);
      if (word.space_after) doc.text += ' ';
      sentence.tokens.push_back(token);
    }
    sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
    doc.sentences.push_back(std::move(sentence));
  }
  return doc;
}

// The span from token `first` to token `last` (inclusive) of sentence `s`.
inline ByteSpan Tokens(const Document& doc, std::size_t s, std::size_t first, std::size_t last) {
  return {doc.sentences[s].tokens[first].span.begin, doc.sentences[s].tokens[last].span.end};
}

// A triple over token ranges {first, last} of sentence `s`.
inline Triple MakeTriple(const Document& doc, std::size_t s, std::pair<int, int> subject,
                         std::pair<int, int> relation, std::pair<int, int> object,
                         std::string lemma, double confidence = 0.8) {
  Triple triple;
  triple.sentence = s;
  triple.subject = Tokens(doc, s, subject.first, subject.second);
  triple.relation = Tokens(doc, s, relation.first, relation.second);
  triple.object = Tokens(doc, s, object.first, object.second);
  triple.relation_lemma = std::move(lemma);
  triple.confidence = confidence;
  return triple;
}

}  // namespace kgraph::testing
