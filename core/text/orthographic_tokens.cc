#include "core/text/orthographic_tokens.h"

#include "core/text/char_class.h"
#include "core/text/word_splitter.h"

namespace kgraph {

std::vector<OrthographicToken> OrthographicTokens(const Document& doc, const Sentence& sentence) {
  std::vector<OrthographicToken> groups;
  const std::vector<Token>& tokens = sentence.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    bool joins = i > 0 && tokens[i - 1].span.end == tokens[i].span.begin &&
                 IsAlnum(DecodeCharBefore(doc.text, tokens[i].span.begin).code) &&
                 IsSplitClitic(doc.Form(tokens[i]));
    if (joins) {
      groups.back().end = i + 1;
    } else {
      groups.push_back({i, i + 1});
    }
  }
  return groups;
}

}  // namespace kgraph
