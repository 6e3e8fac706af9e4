#include "core/text/sentence_splitter.h"

#include "core/text/abbreviations.h"
#include "core/text/char_class.h"

namespace kgraph {
namespace {

enum class Ending {
  kNone,
  kStrong,             // . ! ? and runs of them ("?!", "!!!")
  kWeak,               // "...", "…", ":", "etc." and smileys: end before a capital
  kFinalAbbreviation,  // "etc.", "U.S.", "Inc."
};

// A smiley after the final punctuation belongs to the sentence it ends ("I love her. :)").
bool IsEmoticon(std::string_view form) {
  if (form.size() < 2 || form.size() > 3) return false;
  if (form[0] != ':' && form[0] != ';' && form[0] != '=') return false;
  char mouth = form.back();
  return mouth == ')' || mouth == '(' || mouth == 'P' || mouth == 'p' || mouth == 'D';
}

bool IsTerminatorChar(char c) { return c == '.' || c == '!' || c == '?'; }

Ending ClassifyEnding(std::string_view form) {
  if (form.empty()) return Ending::kNone;
  bool all_terminators = true;
  bool has_strong = false;
  std::size_t dots = 0;
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (form.substr(i).starts_with("\u2026")) {
      dots += 3;
      i += 2;
      continue;
    }
    if (!IsTerminatorChar(form[i])) {
      all_terminators = false;
      break;
    }
    has_strong = has_strong || form[i] != '.';
    dots += form[i] == '.';
  }
  if (all_terminators) return has_strong || dots == 1 ? Ending::kStrong : Ending::kWeak;
  if (IsEmoticon(form)) return Ending::kWeak;
  if (form.size() < 3 || form.back() != '.') return Ending::kNone;
  std::string_view word = form.substr(0, form.size() - 1);
  if (word == "etc") return Ending::kWeak;
  if (ClassifyAbbreviation(word) == AbbreviationKind::kSentenceFinal) {
    return Ending::kFinalAbbreviation;
  }
  return Ending::kNone;
}

// A closing quote or bracket written right after the previous token ("go.” He", "(see above.)").
bool IsAttachedCloser(std::string_view text, const RawToken& previous, const RawToken& token) {
  if (previous.space_after || token.span.size() > 3) return false;
  DecodedChar c = DecodeChar(text, token.span.begin);
  if (c.size != token.span.size()) return text.substr(token.span.begin, 2) == "''";
  return IsClosingPunct(c.code);
}

// Whether `token` may start a new sentence after an ending of kind `ending`, `closed` when a
// closing quote or bracket followed the ending. Web text often starts sentences in lower case
// ("no bite. i think"), but not after a quotation ("\"Stop!\" she said").
bool CanStartSentence(std::string_view text, const RawToken& token, Ending ending, bool closed) {
  std::string_view form = text.substr(token.span.begin, token.span.size());
  DecodedChar first = DecodeChar(text, token.span.begin);
  switch (ending) {
    case Ending::kStrong:
      return !closed || !IsLower(first.code);
    case Ending::kWeak:
      return IsUpper(first.code);
    case Ending::kFinalAbbreviation:
      return IsSentenceStarter(form);
    case Ending::kNone:
      return false;
  }
  return false;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<RawToken>& tokens,
           std::vector<Sentence>& sentences)
      : text_(text), tokens_(tokens), sentences_(sentences) {}

  void Run() {
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      std::size_t last = SentenceEndAt(start, i);
      if (last == kNoEnd) {
        ++i;
        continue;
      }
      Emit(start, last);
      start = i = last + 1;
    }
  }

 private:
  static constexpr std::size_t kNoEnd = static_cast<std::size_t>(-1);

  // The last token of the sentence if one ends at token `i` (possibly after closers), or kNoEnd.
  std::size_t SentenceEndAt(std::size_t start, std::size_t i) const {
    std::size_t n = tokens_.size();
    if (i + 1 == n || tokens_[i + 1].after_blank_line) return i;
    if (i + 1 - start >= kMaxSentenceTokens) return i;
    Ending ending = ClassifyEnding(Form(i));
    if (ending == Ending::kNone) return kNoEnd;
    std::size_t last = i;
    while (last + 1 < n && last + 1 - start < kMaxSentenceTokens &&
           !tokens_[last + 1].after_blank_line &&
           IsAttachedCloser(text_, tokens_[last], tokens_[last + 1])) {
      ++last;
    }
    while (last + 1 < n && last + 1 - start < kMaxSentenceTokens &&
           !tokens_[last + 1].after_blank_line && IsEmoticon(Form(last + 1))) {
      ++last;
    }
    if (last + 1 == n || tokens_[last + 1].after_blank_line) return last;
    // "f/2.7", "file.doc", "..Now": a stop without a space after it is inside something.
    if (!tokens_[last].space_after) return kNoEnd;
    return CanStartSentence(text_, tokens_[last + 1], ending, last > i) ? last : kNoEnd;
  }

  std::string_view Form(std::size_t i) const {
    return text_.substr(tokens_[i].span.begin, tokens_[i].span.size());
  }

  void Emit(std::size_t first, std::size_t last) {
    Sentence& sentence = sentences_.emplace_back();
    sentence.tokens.resize(last - first + 1);
    for (std::size_t i = first; i <= last; ++i) {
      Token& token = sentence.tokens[i - first];
      token.span = tokens_[i].span;
      token.space_after = tokens_[i].space_after;
    }
    sentence.span = {tokens_[first].span.begin, tokens_[last].span.end};
  }

  std::string_view text_;
  const std::vector<RawToken>& tokens_;
  std::vector<Sentence>& sentences_;
};

}  // namespace

void SplitSentences(std::string_view text, const std::vector<RawToken>& tokens,
                    std::vector<Sentence>& sentences) {
  Splitter(text, tokens, sentences).Run();
}

}  // namespace kgraph
