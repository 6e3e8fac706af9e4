#include "core/text/tokenizer.h"

#include <string_view>
#include <vector>

#include "core/text/char_class.h"
#include "core/text/sentence_splitter.h"
#include "core/text/word_splitter.h"

namespace kgraph {
namespace {

// Splits one paragraph at white space, each run into tokens, then the tokens into sentences.
class ParagraphTokenizer {
 public:
  explicit ParagraphTokenizer(std::string_view text) : text_(text) {}

  void Tokenize(ByteSpan paragraph, std::vector<Sentence>& sentences) {
    tokens_.clear();
    std::size_t pos = paragraph.begin;
    int line_breaks = 0;
    while (pos < paragraph.end) {
      DecodedChar c = DecodeChar(text_, pos);
      if (IsSpace(c.code)) {
        // U+2029 PARAGRAPH SEPARATOR counts as a blank line on its own.
        line_breaks += c.code == '\n' ? 1 : c.code == U'\u2029' ? 2 : 0;
        pos += c.size;
        continue;
      }
      pos = Chunk(pos, paragraph.end, line_breaks >= 2);
      line_breaks = 0;
    }
    SplitSentences(text_, tokens_, sentences);
  }

 private:
  // Tokenizes the run of non-space text at `begin`; returns its end.
  std::size_t Chunk(std::size_t begin, std::size_t limit, bool after_blank_line) {
    std::size_t end = begin;
    while (end < limit) {
      DecodedChar c = DecodeChar(text_, end);
      if (IsSpace(c.code)) break;
      end += c.size;
    }
    spans_.clear();
    SplitChunk(text_, begin, end, NextChar(end, limit), spans_);
    for (std::size_t i = 0; i < spans_.size(); ++i) {
      RawToken& token = tokens_.emplace_back();
      token.span = spans_[i];
      token.space_after = i + 1 == spans_.size() && end < text_.size();
      token.after_blank_line = i == 0 && after_blank_line;
    }
    return end;
  }

  // The first non-space character at or after `pos` within the paragraph, or 0.
  char32_t NextChar(std::size_t pos, std::size_t limit) const {
    while (pos < limit) {
      DecodedChar c = DecodeChar(text_, pos);
      if (!IsSpace(c.code)) return c.code;
      pos += c.size;
    }
    return 0;
  }

  std::string_view text_;
  std::vector<RawToken> tokens_;
  std::vector<ByteSpan> spans_;
};

class EnglishTokenizer : public Tokenizer {
 public:
  void Tokenize(Document& doc) const override {
    doc.sentences.clear();
    ParagraphTokenizer paragraph_tokenizer(doc.text);
    if (doc.paragraphs.empty()) {
      paragraph_tokenizer.Tokenize({0, static_cast<std::uint32_t>(doc.text.size())}, doc.sentences);
      return;
    }
    for (const Paragraph& paragraph : doc.paragraphs) {
      if (!paragraph.boilerplate) paragraph_tokenizer.Tokenize(paragraph.span, doc.sentences);
    }
  }
};

}  // namespace

std::unique_ptr<Tokenizer> NewEnglishTokenizer() { return std::make_unique<EnglishTokenizer>(); }

}  // namespace kgraph
