#include "core/text/word_splitter.h"

#include <array>

#include "core/text/abbreviations.h"
#include "core/text/char_class.h"
#include "core/text/ptb_escapes.h"

namespace kgraph {
namespace {

// E-mail addresses and bare domains longer than these are not looked for, which keeps the
// scan linear on a long run of text without white space.
constexpr std::size_t kMaxEmailPart = 64;
constexpr std::size_t kMaxDomain = 255;

constexpr std::array kUrlPrefixes =
    std::to_array<std::string_view>({"http://", "https://", "ftp://", "www.", "mailto:"});

constexpr std::array kTopLevelDomains =
    std::to_array<std::string_view>({"biz", "ca", "com", "de", "edu", "eu", "fr", "gov", "info",
                                     "io", "net", "org", "ru", "uk", "us"});

constexpr std::array kEmoticons =
    std::to_array<std::string_view>({":'(", ":(", ":)", ":-(", ":-)", ":-D", ":-P", ":/", ":D",
                                     ":P", ":p", ";)", ";-)", ";P", "<3", "=)", "(:"});

// Clitics split off after an apostrophe: "’s", "'m", "'d", "'ll", "'re", "'ve".
constexpr std::array kApostropheClitics =
    std::to_array<std::string_view>({"s", "m", "d", "ll", "re", "ve"});

// Words UD EWT analyses as two syntactic words without an apostrophe, split after 3 letters.
constexpr std::array kFusedWords =
    std::to_array<std::string_view>({"cannot", "gonna", "gotta", "wanna"});

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool EqualsFolded(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (LowerAscii(text[i]) != lower[i]) return false;
  }
  return true;
}

bool StartsWithFolded(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && EqualsFolded(text.substr(0, lower.size()), lower);
}

bool IsHyphen(char32_t c) { return c == '-' || c == U'\u2010' || c == U'\u2011'; }

bool IsEmailChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '%' || c == '+' || c == '-';
}

bool IsDomainChar(char c) { return IsEmailChar(c) && c != '_' && c != '%' && c != '+'; }

bool IsUrlTrailer(char c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '"':
    case '\'':
    case ')':
    case ']':
    case '>':
      return true;
    default:
      return false;
  }
}

class ChunkSplitter {
 public:
  ChunkSplitter(std::string_view text, std::size_t begin, std::size_t end, char32_t next_char,
                std::vector<ByteSpan>& spans)
      : text_(text), begin_(begin), end_(end), next_char_(next_char), spans_(spans) {}

  void Run() {
    std::size_t pos = begin_;
    while (pos < end_) pos = Next(pos);
  }

 private:
  char32_t At(std::size_t pos) const { return pos < end_ ? DecodeChar(text_, pos).code : 0; }
  std::size_t SizeAt(std::size_t pos) const { return DecodeChar(text_, pos).size; }
  std::string_view Slice(std::size_t b, std::size_t e) const { return text_.substr(b, e - b); }

  std::size_t Emit(std::size_t b, std::size_t e) {
    spans_.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    return e;
  }

  std::size_t Next(std::size_t pos) {
    if (std::size_t url = MatchUrl(pos)) return Emit(pos, url);
    char32_t c = At(pos);
    if (IsAlnum(c)) {
      if (std::size_t email = MatchEmailOrDomain(pos)) return Emit(pos, email);
      return Word(pos);
    }
    if ((c == '@' || c == '#') && IsAlnum(At(pos + 1))) return Emit(pos, ScanHandle(pos + 1));
    if (std::size_t emoticon = MatchEmoticon(pos)) return Emit(pos, emoticon);
    if (IsApostrophe(c)) {
      std::size_t clitic = MatchClitic(pos);
      // After its word ("Putin's"), or as a word of its own in PTB-tokenized text ("Putin 's").
      bool after_word = pos > begin_ && IsAlnum(DecodeCharBefore(text_, pos).code);
      if (clitic != 0 && (after_word || (pos == begin_ && clitic == end_))) {
        return Emit(pos, clitic);
      }
    }
    // PTB bracket escapes ("-LRB-") stand for one character; "-" would otherwise split off.
    if (StartsWithBracketEscape(Slice(pos, end_))) return Emit(pos, pos + 5);
    return Punctuation(pos, c);
  }

  // Scheme- or "www."-prefixed URLs run to the end of the chunk, minus trailing punctuation.
  std::size_t MatchUrl(std::size_t pos) const {
    std::string_view rest = Slice(pos, end_);
    for (std::string_view prefix : kUrlPrefixes) {
      if (StartsWithFolded(rest, prefix) && rest.size() > prefix.size()) {
        return TrimUrl(pos, end_);
      }
    }
    return 0;
  }

  // Drops trailing punctuation, and a closing parenthesis only when the URL opened none.
  std::size_t TrimUrl(std::size_t pos, std::size_t end) const {
    std::string_view url = Slice(pos, end);
    bool has_open_paren = url.find('(') != std::string_view::npos;
    while (end > pos + 1 && IsUrlTrailer(text_[end - 1])) {
      if (text_[end - 1] == ')' && has_open_paren) break;
      --end;
    }
    return end;
  }

  // "someone@example.com", or a bare domain with a known top-level domain ("google.com",
  // "smooth-on.com/p132/..."); 0 when the text at `pos` is neither.
  std::size_t MatchEmailOrDomain(std::size_t pos) const {
    std::size_t limit = std::min(end_, pos + kMaxDomain);
    std::size_t at = pos;
    while (at < limit && at < pos + kMaxEmailPart && IsEmailChar(text_[at])) ++at;
    if (at < limit && at > pos && text_[at] == '@') {
      std::size_t domain_end = ScanDomain(at + 1, limit);
      return domain_end ? domain_end : 0;
    }
    std::size_t domain_end = ScanDomain(pos, limit);
    if (!domain_end) return 0;
    if (domain_end < end_ && text_[domain_end] == '/') return TrimUrl(pos, end_);
    return domain_end;
  }

  // Labels of [A-Za-z0-9-] joined by dots, at least two, the last a known top-level domain and
  // not followed by a letter or digit. Returns the end, or 0.
  std::size_t ScanDomain(std::size_t pos, std::size_t limit) const {
    std::size_t at = pos;
    while (at < limit && IsDomainChar(text_[at])) ++at;
    while (at > pos && (text_[at - 1] == '.' || text_[at - 1] == '-')) --at;
    if (at < end_ && IsAlnum(At(at))) return 0;
    std::string_view domain = Slice(pos, at);
    std::size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return 0;
    std::string_view tld = domain.substr(dot + 1);
    for (std::string_view known : kTopLevelDomains) {
      if (EqualsFolded(tld, known)) return at;
    }
    return 0;
  }

  std::size_t ScanHandle(std::size_t pos) const {
    while (pos < end_ && (IsAlnum(At(pos)) || text_[pos] == '_')) pos += SizeAt(pos);
    return pos;
  }

  std::size_t MatchEmoticon(std::size_t pos) const {
    std::string_view rest = Slice(pos, end_);
    for (std::string_view emoticon : kEmoticons) {
      if (!rest.starts_with(emoticon)) continue;
      std::size_t after = pos + emoticon.size();
      if (after < end_ && IsAlnum(At(after))) continue;
      // "(:" opens a parenthesis too often ("(: see") to be matched inside text.
      if (emoticon == "(:" && (pos != begin_ || after != end_)) continue;
      return after;
    }
    return 0;
  }

  // An apostrophe clitic ("'s", "’ll") ending at a non-letter; returns its end or 0.
  std::size_t MatchClitic(std::size_t pos) const {
    std::size_t after_apostrophe = pos + SizeAt(pos);
    for (std::string_view clitic : kApostropheClitics) {
      std::string_view rest = Slice(after_apostrophe, end_);
      if (!StartsWithFolded(rest, clitic)) continue;
      std::size_t after = after_apostrophe + clitic.size();
      if (after >= end_ || !IsAlnum(At(after))) return after;
    }
    return 0;
  }

  std::size_t Punctuation(std::size_t pos, char32_t c) {
    std::size_t size = SizeAt(pos);
    if (c == '.' || c == '!' || c == '?' || c == U'\u2026') {
      std::size_t at = pos;
      while (at < end_ &&
             (text_[at] == '.' || text_[at] == '!' || text_[at] == '?' || At(at) == U'\u2026')) {
        at += SizeAt(at);
      }
      return Emit(pos, at);
    }
    bool repeatable = !IsOpeningPunct(c) && !IsClosingPunct(c) && c != ',';
    if (c == '\'' || c == '`') repeatable = true;  // '' and `` are quotation marks in web text
    std::size_t at = pos + size;
    if (repeatable) {
      while (at < end_ && At(at) == c) at += size;
    }
    return Emit(pos, at);
  }

  std::size_t Word(std::size_t pos);
  bool ContinuesWord(std::size_t word_begin, std::size_t segment_begin, std::size_t at,
                     bool numeric, bool single_letter) const;
  bool AttachesPeriod(std::size_t word_begin, std::size_t word_end, bool numeric) const;
  void EmitWord(std::size_t b, std::size_t e);

  std::string_view text_;
  std::size_t begin_;
  std::size_t end_;
  char32_t next_char_;
  std::vector<ByteSpan>& spans_;
};

// Scans a word: runs of letters and digits joined by word-internal punctuation (decimal points,
// thousands separators, attached hyphen prefixes, inner apostrophes, dotted initialisms).
std::size_t ChunkSplitter::Word(std::size_t pos) {
  std::size_t word_begin = pos;
  bool numeric = true;
  while (true) {
    std::size_t segment_begin = pos;
    std::size_t letters = 0;
    while (pos < end_) {
      char32_t c = At(pos);
      if (!IsAlnum(c)) break;
      numeric = numeric && IsDigit(c);
      ++letters;
      pos += SizeAt(pos);
    }
    if (pos >= end_ || !ContinuesWord(word_begin, segment_begin, pos, numeric, letters == 1)) {
      break;
    }
    pos += SizeAt(pos);
  }
  std::size_t word_end = pos;
  if (pos < end_ && text_[pos] == '.' && AttachesPeriod(word_begin, word_end, numeric)) {
    ++word_end;
  }
  EmitWord(word_begin, word_end);
  return word_end;
}

// Decides whether the punctuation at `at`, after a run of letters or digits, is inside the word.
bool ChunkSplitter::ContinuesWord(std::size_t word_begin, std::size_t segment_begin, std::size_t at,
                                  bool numeric, bool single_letter) const {
  char32_t c = At(at);
  std::size_t after = at + SizeAt(at);
  char32_t next = At(after);
  if (!IsAlnum(next)) return false;
  if (c == '.') {
    if (numeric) return IsDigit(next);
    if (single_letter) return IsLetter(next) && At(after + SizeAt(after)) == '.';
    // File names and dotted names ("TEXT.htm", "alt.animals.cats"); "end.The" is two words.
    return !IsUpper(next);
  }
  if (c == ',') {
    if (!numeric) return false;
    for (std::size_t i = 0; i < 3; ++i) {
      if (!IsDigit(At(after + i))) return false;
    }
    return !IsAlnum(At(after + 3));
  }
  if (c == ':') return numeric && IsDigit(next);
  // Dates and one-letter shorthands stay whole ("10/12/2004", "b/c", "w/o"); "and/or" splits.
  if (c == '/') return numeric ? IsDigit(next) : single_letter;
  if (c == '_' || c == '@') return true;  // "Lisa_resume", "Traci Warner@ENRON"
  if (IsHyphen(c)) {
    if (numeric) return IsDigit(next);
    return IsAttachedHyphenPrefix(Slice(segment_begin, at)) && segment_begin == word_begin;
  }
  if (IsApostrophe(c)) return MatchClitic(at) == 0;
  if (c == '&') return IsUpper(DecodeCharBefore(text_, at).code) && IsUpper(next);
  return false;
}

// Abbreviations, initials and dotted initialisms keep their period ("Mr.", "J.", "U.S.").
bool ChunkSplitter::AttachesPeriod(std::size_t word_begin, std::size_t word_end,
                                   bool numeric) const {
  if (numeric) return false;
  // "etc..." ends in an ellipsis, but "Inc.." is the abbreviation and a full stop.
  if (word_end + 1 < end_ && text_[word_end + 1] == '.' &&
      (word_end + 2 < end_ && text_[word_end + 2] == '.')) {
    return false;
  }
  std::string_view word = Slice(word_begin, word_end);
  if (word.find('.') != std::string_view::npos) return true;
  DecodedChar first = DecodeChar(text_, word_begin);
  if (first.size == word.size()) return IsUpper(first.code) && word != "I";
  switch (ClassifyAbbreviation(word)) {
    case AbbreviationKind::kNone:
      return false;
    case AbbreviationKind::kBeforeNumber:
      return word_end + 1 == end_ && IsDigit(next_char_);
    default:
      return true;
  }
}

// Emits a word, split EWT-style when it ends in "n't" ("do" + "n't", "ca" + "n't") or is a fused
// form ("can" + "not").
void ChunkSplitter::EmitWord(std::size_t b, std::size_t e) {
  std::string_view word = Slice(b, e);
  for (std::string_view fused : kFusedWords) {
    if (EqualsFolded(word, fused)) {
      Emit(b, b + 3);
      Emit(b + 3, e);
      return;
    }
  }
  if (e - b >= 2 && LowerAscii(text_[e - 1]) == 't' &&
      IsApostrophe(DecodeCharBefore(text_, e - 1).code)) {
    std::size_t apostrophe = e - 1 - DecodeCharBefore(text_, e - 1).size;
    if (apostrophe > b + 1 && LowerAscii(text_[apostrophe - 1]) == 'n') {
      Emit(b, apostrophe - 1);
      Emit(apostrophe - 1, e);
      return;
    }
  }
  Emit(b, e);
}

}  // namespace

void SplitChunk(std::string_view text, std::size_t begin, std::size_t end, char32_t next_char,
                std::vector<ByteSpan>& spans) {
  ChunkSplitter(text, begin, end, next_char, spans).Run();
}

bool IsSplitClitic(std::string_view form) {
  if (EqualsFolded(form, "n't") || EqualsFolded(form, "n\u2019t")) return true;
  if (EqualsFolded(form, "not") || EqualsFolded(form, "na") || EqualsFolded(form, "ta")) {
    return true;
  }
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    if (!form.starts_with(apostrophe)) continue;
    std::string_view rest = form.substr(apostrophe.size());
    for (std::string_view clitic : kApostropheClitics) {
      if (EqualsFolded(rest, clitic)) return true;
    }
  }
  return false;
}

}  // namespace kgraph
