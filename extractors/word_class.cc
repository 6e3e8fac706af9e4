#include "extractors/word_class.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace kgraph {
namespace {

// The word lists below are sorted, lowercase, and compared against lowercased lemmas.
constexpr std::array<std::string_view, 24> kLightVerbs = {
    "be",   "bear", "cast",  "do",   "draw", "express", "find",  "gain",
    "get",  "give", "have",  "hold", "keep", "lay",     "lend",  "lose",
    "make", "pay",  "place", "play", "put",  "raise",   "reach", "take",
};

// Verbs of saying and believing. Their bare objects ("told reporters", "hopes the period ...")
// are low-value facts; the clause they introduce is extracted on its own.
constexpr std::array<std::string_view, 19> kReportingVerbs = {
    "add",   "argue",  "assert",  "believe", "claim",  "emphasise", "emphasize",
    "guess", "hope",   "insist",  "note",    "reckon", "remark",    "reply",
    "say",   "stress", "suppose", "tell",    "think"};

constexpr std::array<std::string_view, 16> kAttachingPreps = {
    "about", "against", "among", "between", "for",     "from", "in",     "into",
    "on",    "over",    "to",    "toward",  "towards", "with", "within", "without",
};

// Proper nouns that name a date.
constexpr std::array<std::string_view, 19> kTimeNames = {
    "april",     "august", "december", "february", "friday",   "january", "july",
    "june",      "march",  "may",      "monday",   "november", "october", "saturday",
    "september", "sunday", "thursday", "tuesday",  "wednesday"};

// Common nouns that name a date ("finishes her thesis today").
constexpr std::array<std::string_view, 4> kDeicticDays = {"today", "tomorrow", "tonight",
                                                          "yesterday"};

// Lowercases ASCII letters of `word` into `buffer`; words longer than the buffer never match a
// list entry, so they are cut (and then fail every lookup) instead of allocating.
std::string_view LowerInto(std::string_view word, std::array<char, 16>& buffer) {
  if (word.size() > buffer.size()) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buffer.data(), word.size());
}

template <std::size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view lower) {
  return !lower.empty() && std::binary_search(list.begin(), list.end(), lower);
}

bool IsFiniteTag(std::string_view xpos) {
  return xpos.empty() || xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD";
}

WordClass ClassOfPron(std::string_view xpos) {
  if (xpos == "PRP$" || xpos == "WP$") return WordClass::kPossDet;
  if (xpos == "WDT" || xpos == "WP") return WordClass::kRelPron;
  if (xpos == "EX") return WordClass::kExpletive;
  return WordClass::kPron;
}

WordClass ClassOfPunct(std::string_view form, std::string_view xpos) {
  if (form == ",") return WordClass::kComma;
  if (xpos == "HYPH" || form == "-") return WordClass::kHyphen;
  return WordClass::kPunct;
}

WordClass ClassOf(const Token& token, std::string_view form, std::string_view lower) {
  std::string_view xpos = token.xpos;
  switch (token.upos) {
    case Upos::kNoun:
      return WordClass::kNoun;
    case Upos::kPropn:
      return WordClass::kPropn;
    case Upos::kNum:
      return WordClass::kNum;
    case Upos::kAdj:
      return WordClass::kAdj;
    case Upos::kPron:
      return ClassOfPron(xpos);
    case Upos::kDet:
      if (xpos == "PRP$" || xpos == "WP$") return WordClass::kPossDet;
      return xpos == "WDT" ? WordClass::kRelPron : WordClass::kDet;
    case Upos::kAdv:
      if (lower == "not" || lower == "never") return WordClass::kNegation;
      return xpos == "WRB" ? WordClass::kOther : WordClass::kAdv;
    case Upos::kPart:
      if (lower == "not" || lower == "n't" || lower == "never") return WordClass::kNegation;
      if (xpos == "POS") return WordClass::kPossMarker;
      if (xpos == "TO" || lower == "to") return WordClass::kInfTo;
      return xpos == "RP" ? WordClass::kParticle : WordClass::kOther;
    case Upos::kAdp:
      return xpos == "RP" ? WordClass::kParticle : WordClass::kPrep;
    case Upos::kAux:
      return WordClass::kAux;
    case Upos::kVerb:
      return WordClass::kVerb;
    case Upos::kCconj:
      return WordClass::kCconj;
    case Upos::kSconj:
      return WordClass::kSconj;
    case Upos::kPunct:
      return ClassOfPunct(form, xpos);
    default:
      return WordClass::kOther;
  }
}

}  // namespace

void ClassifyWords(const Document& doc, const Sentence& sentence, std::vector<WordInfo>* out) {
  out->resize(sentence.tokens.size());
  std::array<char, 16> buffer;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& token = sentence.tokens[i];
    std::string_view form = doc.Form(token);
    std::string_view lower = LowerInto(token.lemma.empty() ? form : token.lemma, buffer);
    WordInfo& info = (*out)[i];
    info = WordInfo{};
    info.cls = ClassOf(token, form, lower);
    bool verbal = info.cls == WordClass::kAux || info.cls == WordClass::kVerb;
    if (verbal) {
      info.finite = IsFiniteTag(token.xpos);
      info.past_participle = token.xpos == "VBN";
      info.lemma_be = lower == "be";
      info.light_verb = InList(kLightVerbs, lower);
      info.reporting_verb = InList(kReportingVerbs, lower);
    } else if (info.cls == WordClass::kPrep) {
      info.lemma_of = lower == "of";
      info.attaching_prep = InList(kAttachingPreps, lower);
      info.topic_prep = lower == "for" || lower == "about" || lower == "of";
    } else if (info.cls == WordClass::kPropn) {
      info.time_name = InList(kTimeNames, lower);
    } else if (info.cls == WordClass::kNoun) {
      info.time_name = InList(kDeicticDays, lower);
    }
  }
}

}  // namespace kgraph
