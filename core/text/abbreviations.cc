#include "core/text/abbreviations.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace kgraph {
namespace {

// Lower case, without the final period, sorted for binary search (checked below). Weekday
// abbreviations that are also common words ("sat", "sun", "wed") are left out on purpose.
constexpr std::array kInnerAbbreviations = std::to_array<std::string_view>({
    "adm",  "apr",  "arrv", "assn",   "attn",  "atty", "aug",   "ave",  "blvd", "brig", "bros",
    "capt", "cf",   "cmdr", "col",    "comdr", "cpl",  "dec",   "dept", "dr",   "e.g",  "esp",
    "feb",  "fri",  "ft",   "gen",    "gov",   "hon",  "hwy",   "i.e",  "jan",  "jul",  "jun",
    "lt",   "maj",  "mar",  "messrs", "mon",   "mr",   "mrs",   "ms",   "mt",   "nov",  "oct",
    "ph.d", "pres", "prof", "pvt",    "rep",   "reps", "rev",   "sen",  "sens", "sep",  "sept",
    "sgt",  "sr",   "st",   "supt",   "thu",   "thur", "thurs", "tue",  "tues", "vs",
});

constexpr std::array kSentenceFinalAbbreviations = std::to_array<std::string_view>({
    "a.m",
    "approx",
    "co",
    "corp",
    "d.c",
    "etc",
    "inc",
    "jr",
    "ltd",
    "p.m",
    "u.k",
    "u.n",
    "u.s",
    "u.s.a",
});

constexpr std::array kBeforeNumberAbbreviations = std::to_array<std::string_view>({
    "art",
    "ext",
    "fig",
    "no",
    "nos",
    "p",
    "pp",
    "vol",
});

constexpr std::array kHyphenPrefixes = std::to_array<std::string_view>({
    "anti",  "bi",    "co",    "counter", "cross", "de",     "e",     "ex",  "extra", "hyper",
    "inter", "intra", "macro", "mega",    "micro", "mid",    "mini",  "mis", "multi", "neo",
    "non",   "over",  "post",  "pre",     "pro",   "pseudo", "quasi", "re",  "semi",  "sub",
    "super", "trans", "tri",   "ultra",   "un",    "under",  "vice",
});

constexpr std::array kSentenceStarters = std::to_array<std::string_view>({
    "A",     "After", "All",  "Also",  "An",      "And", "As",   "At",   "But",  "By",    "For",
    "He",    "Her",   "His",  "How",   "However", "I",   "If",   "In",   "It",   "Its",   "My",
    "No",    "Now",   "On",   "Our",   "She",     "So",  "Some", "That", "The",  "Their", "There",
    "These", "They",  "This", "Those", "Thus",    "To",  "We",   "What", "When", "Where", "Which",
    "While", "Who",   "Why",  "With",  "Yet",     "You", "Your",
});

static_assert(std::is_sorted(kInnerAbbreviations.begin(), kInnerAbbreviations.end()));
static_assert(std::is_sorted(kSentenceFinalAbbreviations.begin(),
                             kSentenceFinalAbbreviations.end()));
static_assert(std::is_sorted(kBeforeNumberAbbreviations.begin(), kBeforeNumberAbbreviations.end()));
static_assert(std::is_sorted(kHyphenPrefixes.begin(), kHyphenPrefixes.end()));
static_assert(std::is_sorted(kSentenceStarters.begin(), kSentenceStarters.end()));

constexpr char ToLowerAscii(char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// Looks up `word` case-insensitively in a sorted lower-case list without allocating.
template <std::size_t N>
bool ContainsFolded(const std::array<std::string_view, N>& list, std::string_view word) {
  constexpr std::size_t kMaxLength = 16;
  if (word.size() > kMaxLength) return false;
  char buffer[kMaxLength];
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = ToLowerAscii(word[i]);
  return std::binary_search(list.begin(), list.end(), std::string_view(buffer, word.size()));
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (ContainsFolded(kSentenceFinalAbbreviations, word)) return AbbreviationKind::kSentenceFinal;
  if (ContainsFolded(kBeforeNumberAbbreviations, word)) return AbbreviationKind::kBeforeNumber;
  if (ContainsFolded(kInnerAbbreviations, word)) return AbbreviationKind::kInner;
  return AbbreviationKind::kNone;
}

bool IsAttachedHyphenPrefix(std::string_view prefix) {
  return ContainsFolded(kHyphenPrefixes, prefix);
}

bool IsSentenceStarter(std::string_view word) {
  return std::binary_search(kSentenceStarters.begin(), kSentenceStarters.end(), word);
}

}  // namespace kgraph
