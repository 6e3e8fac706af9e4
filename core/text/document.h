// The value type that flows through the whole pipeline: Document -> Sentence -> Token.
//
// A Document owns the original text, byte for byte. Every later stage refers to that text by
// byte spans and adds its analysis in place (the tokenizer fills sentences and tokens, the tagger
// fills tags and lemmas, the parser heads and relations); no stage copies or re-tokenizes text.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/entity_type.h"
#include "core/text/upos.h"

namespace kgraph {

// A half-open byte range [begin, end) into Document::text.
struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// One syntactic word. Its surface form is Document::text at `span`; a word split off a larger
// orthographic token ("Putin" + "’s") has the span of its own part.
struct Token {
  ByteSpan span;
  bool space_after = true;  // false when the next token follows without white space

  // Filled by the tagger.
  Upos upos = Upos::kX;
  std::string xpos;  // Penn Treebank tag
  std::string lemma;

  // Filled by the parser (issue #3): 0-based index of the head in Sentence::tokens, -1 = root.
  int head = -1;
  std::string deprel;
};

// A named-entity mention found by the entity recognizer (issue #5): tokens [begin, end) of its
// sentence, with its type. Mentions of one sentence are in text order and never overlap.
struct EntityMention {
  int begin = 0;  // 0-based index into Sentence::tokens
  int end = 0;    // one past the last token
  EntityType type = EntityType::kOther;
  friend bool operator==(const EntityMention&, const EntityMention&) = default;
};

struct Sentence {
  ByteSpan span;  // from the first token's begin to the last token's end
  std::vector<Token> tokens;
  std::vector<EntityMention> entities;  // filled by the entity recognizer, after the parser
};

// A region of the text that later stages should analyse, with why it was kept or left out.
struct Paragraph {
  ByteSpan span;
  bool boilerplate = false;  // headline, dateline, caption, credit line: not to become facts
};

struct Document {
  std::string id;    // e.g. the file name the text came from; reaches the evidence of each fact
  std::string text;  // the original bytes (valid UTF-8)
  std::vector<Paragraph> paragraphs;  // empty = the whole text is one body paragraph
  std::vector<Sentence> sentences;

  std::string_view Text(ByteSpan span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  std::string_view Form(const Token& token) const { return Text(token.span); }
};

// The tokens of `sentence` that lie wholly inside `span`: a contiguous run, found by binary search
// because a sentence's tokens are in text order and do not overlap.
std::span<const Token> TokensWithin(const Sentence& sentence, ByteSpan span);

// The head of the tokens [begin, end) of `sentence` as a phrase of its dependency tree: the first
// token whose head lies outside the range (without a tree, the first token; in a malformed tree
// where none does, the last).
int RangeHead(const Sentence& sentence, int begin, int end);

// The text of `span` with every run of white space (including the line breaks of hard-wrapped
// paragraphs) folded into one space: the form shown to users as evidence.
std::string NormalizedText(const Document& doc, ByteSpan span);

}  // namespace kgraph
