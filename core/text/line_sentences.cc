#include "core/text/line_sentences.h"

#include <algorithm>
#include <string_view>

#include "core/text/char_class.h"

namespace kgraph {
namespace {

bool IsBlank(std::string_view line) {
  for (std::size_t pos = 0; pos < line.size();) {
    DecodedChar c = DecodeChar(line, pos);
    if (!IsSpace(c.code)) return false;
    pos += c.size;
  }
  return true;
}

}  // namespace

void MarkLineParagraphs(Document& doc) {
  doc.paragraphs.clear();
  const std::string_view text = doc.text;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = std::min(text.find_first_of("\r\n", begin), text.size());
    if (!IsBlank(text.substr(begin, end - begin))) {
      doc.paragraphs.push_back(
          {{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, false});
    }
    begin = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
}

void JoinSentencesPerParagraph(Document& doc) {
  std::vector<Sentence> joined;
  joined.reserve(doc.paragraphs.size());
  std::size_t paragraph = 0;
  for (Sentence& sentence : doc.sentences) {
    while (paragraph < doc.paragraphs.size() &&
           sentence.span.begin >= doc.paragraphs[paragraph].span.end) {
      ++paragraph;
    }
    bool same_paragraph = !joined.empty() && paragraph < doc.paragraphs.size() &&
                          joined.back().span.begin >= doc.paragraphs[paragraph].span.begin;
    if (!same_paragraph) {
      joined.push_back(std::move(sentence));
      continue;
    }
    Sentence& target = joined.back();
    target.tokens.insert(target.tokens.end(), std::make_move_iterator(sentence.tokens.begin()),
                         std::make_move_iterator(sentence.tokens.end()));
    target.span.end = sentence.span.end;
  }
  doc.sentences = std::move(joined);
}

}  // namespace kgraph
