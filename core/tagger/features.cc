#include "core/tagger/features.h"

#include <utf8proc.h>

#include "core/text/ptb_escapes.h"

namespace kgraph {
namespace {

// Feature templates. The numbers are part of the model format: never renumber, only append.
enum Template : std::uint64_t {
  kBias = 1,
  kForm,
  kLower,
  kSuffix,  // + 0..3
  kPrefix = kSuffix + 4,
  kShape = kPrefix + 3,
  kFlags,
  kAmbiguity,
  kPrevTag,
  kPrevTags,
  kPrevTagWord,
  kPrevWord,
  kPrev2Word,
  kNextWord,
  kNext2Word,
  kPrevSuffix3,
  kNextSuffix3,
  kNextAmbiguity,
  kNext2Ambiguity,
  kPrevWordWord,
  kWordNextWord,
  kPrevTagNextAmbiguity,
  kPrevTagAmbiguity,
  kPrevShape,
  kNextShape,
  kPrevTagSuffix3,
  kLastPart,
  kNextSuffix2,
  kPrevTagNextWord,
  kNextAmbiguityNext2Ambiguity,
  kPrevFlags,
  kNextFlags,
  kCasingFlags,
  kCasedAmbiguity,
  kPrevNextWord,
  kPrevTagShape,
  kSuffixNextAmbiguity,
  kCasingAmbiguity,
  kCasedPrevTag,
  kNextTag,
  kNextTags,
  kPrevNextTag,
  kNextTagWord,
  kNextTagNext2Word,
};

FeatureHash Feature(Template t, FeatureHash a) { return MixHashes(t, a); }
FeatureHash Feature(Template t, FeatureHash a, FeatureHash b) {
  return MixHashes(MixHashes(t, a), b);
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte length of the last `n` characters (code points) of `word`.
std::size_t SuffixBytes(std::string_view word, int n) {
  std::size_t at = word.size();
  for (int i = 0; i < n && at > 0; ++i) {
    do --at;
    while (at > 0 && IsContinuationByte(word[at]));
  }
  return word.size() - at;
}

std::size_t PrefixBytes(std::string_view word, int n) {
  std::size_t at = 0;
  for (int i = 0; i < n && at < word.size(); ++i) {
    ++at;
    while (at < word.size() && IsContinuationByte(word[at])) ++at;
  }
  return at;
}

char ShapeClass(utf8proc_int32_t c) {
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return 'X';
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return 'x';
    case UTF8PROC_CATEGORY_ND:
      return 'd';
    default:
      return c < 128 ? static_cast<char>(c) : '*';
  }
}

struct ShapeInfo {
  std::string shape;
  bool has_upper = false, has_lower = false, has_digit = false, has_hyphen = false;
  bool first_upper = false;
};

// "Patrushev" -> "Xx", "U.S." -> "X.X.", "2,000" -> "d,d": runs of one class collapse.
ShapeInfo Shape(std::string_view word) {
  ShapeInfo info;
  utf8proc_ssize_t at = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  bool first = true;
  while (at < static_cast<utf8proc_ssize_t>(word.size())) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + at, word.size() - at, &c);
    if (length <= 0) break;  // the text reader rejects invalid UTF-8; stop defensively
    at += length;
    char cls = ShapeClass(c);
    info.has_upper |= cls == 'X';
    info.has_lower |= cls == 'x';
    info.has_digit |= cls == 'd';
    info.has_hyphen |= c == '-';
    if (first) info.first_upper = cls == 'X';
    first = false;
    if (info.shape.empty() || info.shape.back() != cls) info.shape += cls;
  }
  return info;
}

WordFacts MakeWordFacts(std::string_view written, int position, const TagDictionary& dictionary) {
  // A PTB escape ("-LRB-", "``") is seen as the punctuation it stands for.
  const std::string_view form = FeatureForm(written);
  WordFacts facts;
  std::string lower = LowercaseWord(form);
  facts.form = HashBytes(form, kForm);
  facts.lower = HashBytes(lower, kLower);
  for (int n = 1; n <= 4; ++n) {
    facts.suffix[n - 1] =
        HashBytes(std::string_view(lower).substr(lower.size() - SuffixBytes(lower, n)), n);
  }
  for (int n = 1; n <= 3; ++n) {
    facts.prefix[n - 1] = HashBytes(std::string_view(lower).substr(0, PrefixBytes(lower, n)), n);
  }
  ShapeInfo shape = Shape(form);
  facts.shape = HashBytes(shape.shape, kShape);
  facts.capitalized = shape.first_upper;
  std::uint64_t flags = (shape.first_upper ? 1 : 0) |
                        (shape.has_upper && !shape.has_lower ? 2 : 0) | (shape.has_digit ? 4 : 0) |
                        (shape.has_hyphen ? 8 : 0) | (position == 0 ? 16 : 0);
  facts.flags = MixHashes(kFlags, flags);
  FeatureHash ambiguity = dictionary.Find(lower);
  facts.ambiguity = ambiguity != 0 ? ambiguity : HashBytes("<unknown>", kAmbiguity);
  // The tags of this exact spelling: "Housing" (title) and "housing" (noun) differ.
  FeatureHash cased = dictionary.Find(CasedKey(form));
  facts.cased_ambiguity = cased != 0 ? cased : HashBytes("<unknown>", kCasedAmbiguity);
  std::size_t hyphen = lower.rfind('-');
  facts.last_part = hyphen == std::string::npos || hyphen + 1 == lower.size()
                        ? 0
                        : HashBytes(std::string_view(lower).substr(hyphen + 1), kLastPart);
  return facts;
}

WordFacts PaddingWord(std::string_view marker) {
  WordFacts facts;
  FeatureHash hash = HashBytes(marker, 0);
  facts.form = facts.lower = facts.shape = facts.flags = facts.ambiguity = hash;
  for (FeatureHash& suffix : facts.suffix) suffix = hash;
  for (FeatureHash& prefix : facts.prefix) prefix = hash;
  return facts;
}

}  // namespace

std::string WordShape(std::string_view form) { return Shape(form).shape; }

std::string CasedKey(std::string_view form) { return "=" + std::string(form); }

FeatureHash MixHashes(FeatureHash a, FeatureHash b) {
  std::uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

FeatureHash HashBytes(std::string_view bytes, FeatureHash seed) {
  // FNV-1a over the bytes, then mixed with the seed so equal strings differ per template.
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return MixHashes(seed, hash);
}

std::string LowercaseWord(std::string_view form) {
  std::string lower;
  lower.reserve(form.size());
  bool ascii = true;
  for (char c : form) ascii &= static_cast<unsigned char>(c) < 128;
  if (ascii) {
    for (char c : form) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return lower;
  }
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(form.data());
  utf8proc_ssize_t at = 0;
  while (at < static_cast<utf8proc_ssize_t>(form.size())) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + at, form.size() - at, &c);
    if (length <= 0) break;
    at += length;
    utf8proc_uint8_t encoded[4];
    utf8proc_ssize_t size = utf8proc_encode_char(utf8proc_tolower(c), encoded);
    lower.append(reinterpret_cast<const char*>(encoded), size);
  }
  return lower;
}

SentenceContext::SentenceContext(const std::vector<std::string_view>& forms,
                                 const TagDictionary& dictionary)
    : before_(PaddingWord("<s>")), after_(PaddingWord("</s>")) {
  words_.reserve(forms.size());
  for (std::size_t i = 0; i < forms.size(); ++i) {
    words_.push_back(MakeWordFacts(forms[i], static_cast<int>(i), dictionary));
  }
  // Share of capitalized words in quarters: 0 (normal prose) .. 4 (Title Case Or ALL CAPS).
  std::size_t capitalized = 0;
  for (const WordFacts& word : words_) capitalized += word.capitalized;
  casing_ = words_.empty() ? 0 : 1 + 4 * capitalized / words_.size();
}

const WordFacts& SentenceContext::Word(int i) const {
  if (i < 0) return before_;
  if (i >= static_cast<int>(words_.size())) return after_;
  return words_[i];
}

void TokenFeatures(const SentenceContext& context, int i, int previous_tag, int previous_tag2,
                   std::vector<FeatureHash>& out) {
  const WordFacts& word = context.Word(i);
  const WordFacts& prev = context.Word(i - 1);
  const WordFacts& prev2 = context.Word(i - 2);
  const WordFacts& next = context.Word(i + 1);
  const WordFacts& next2 = context.Word(i + 2);
  // Tag ids shifted so that "before the sentence" (-1) hashes like any other value.
  FeatureHash t1 = static_cast<FeatureHash>(previous_tag + 2);
  FeatureHash t2 = static_cast<FeatureHash>(previous_tag2 + 2);

  out.clear();
  out.push_back(Feature(kBias, 0));
  out.push_back(Feature(kForm, word.form));
  out.push_back(Feature(kLower, word.lower));
  for (int n = 0; n < 4; ++n) out.push_back(Feature(Template(kSuffix + n), word.suffix[n]));
  for (int n = 0; n < 3; ++n) out.push_back(Feature(Template(kPrefix + n), word.prefix[n]));
  out.push_back(Feature(kShape, word.shape));
  out.push_back(Feature(kFlags, word.flags));
  out.push_back(Feature(kAmbiguity, word.ambiguity));
  out.push_back(Feature(kPrevTag, t1));
  out.push_back(Feature(kPrevTags, t1, t2));
  out.push_back(Feature(kPrevTagWord, t1, word.lower));
  out.push_back(Feature(kPrevWord, prev.lower));
  out.push_back(Feature(kPrev2Word, prev2.lower));
  out.push_back(Feature(kNextWord, next.lower));
  out.push_back(Feature(kNext2Word, next2.lower));
  out.push_back(Feature(kPrevSuffix3, prev.suffix[2]));
  out.push_back(Feature(kNextSuffix3, next.suffix[2]));
  out.push_back(Feature(kNextAmbiguity, next.ambiguity));
  out.push_back(Feature(kNext2Ambiguity, next2.ambiguity));
  out.push_back(Feature(kPrevWordWord, prev.lower, word.lower));
  out.push_back(Feature(kWordNextWord, word.lower, next.lower));
  out.push_back(Feature(kPrevTagNextAmbiguity, t1, next.ambiguity));
  out.push_back(Feature(kPrevTagAmbiguity, t1, word.ambiguity));
  out.push_back(Feature(kPrevShape, prev.shape));
  out.push_back(Feature(kNextShape, next.shape));
  out.push_back(Feature(kPrevTagSuffix3, t1, word.suffix[2]));
  if (word.last_part != 0) out.push_back(Feature(kLastPart, word.last_part));
  out.push_back(Feature(kNextSuffix2, next.suffix[1]));
  out.push_back(Feature(kPrevTagNextWord, t1, next.lower));
  out.push_back(Feature(kNextAmbiguityNext2Ambiguity, next.ambiguity, next2.ambiguity));
  out.push_back(Feature(kPrevFlags, prev.flags, word.flags));
  out.push_back(Feature(kNextFlags, next.flags, word.flags));
  out.push_back(Feature(kCasingFlags, context.casing(), word.flags));
  out.push_back(Feature(kCasedAmbiguity, word.cased_ambiguity));
  out.push_back(Feature(kPrevNextWord, prev.lower, next.lower));
  out.push_back(Feature(kPrevTagShape, t1, word.shape));
  out.push_back(Feature(kSuffixNextAmbiguity, word.suffix[2], next.ambiguity));
  out.push_back(Feature(kCasingAmbiguity, context.casing(), word.cased_ambiguity));
  out.push_back(Feature(kCasedPrevTag, word.cased_ambiguity, t1));
}

}  // namespace kgraph

namespace kgraph {

void FirstPassFeatures(int i, int previous_tag, const SentenceContext& context,
                       std::span<const int> first_pass, std::vector<FeatureHash>& out) {
  auto tag_at = [&](int j) -> FeatureHash {
    return j < static_cast<int>(first_pass.size()) ? static_cast<FeatureHash>(first_pass[j] + 2)
                                                   : 0;
  };
  FeatureHash n1 = tag_at(i + 1), n2 = tag_at(i + 2);
  FeatureHash t1 = static_cast<FeatureHash>(previous_tag + 2);
  out.push_back(Feature(kNextTag, n1));
  out.push_back(Feature(kNextTags, n1, n2));
  out.push_back(Feature(kPrevNextTag, t1, n1));
  out.push_back(Feature(kNextTagWord, n1, context.Word(i).lower));
  out.push_back(Feature(kNextTagNext2Word, n1, context.Word(i + 2).lower));
}

}  // namespace kgraph
