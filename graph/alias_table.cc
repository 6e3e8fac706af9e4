#include "graph/alias_table.h"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>
#include <vector>

#include "core/text/char_class.h"
#include "graph/case_fold.h"

namespace kgraph {
namespace {

// Words that name nothing on their own: a mention that folds to one of them is not an entity.
// "us" is missing on purpose: it is far more often the country than the pronoun in news text, and
// FoldName tells the two apart by case instead.
constexpr std::string_view kUnnameable[] = {
    "a",       "all",       "an",         "another", "any",    "anyone", "anything",   "both",
    "each",    "everyone",  "everything", "he",      "her",    "hers",   "herself",    "him",
    "himself", "his",       "i",          "it",      "itself", "its",    "me",         "mine",
    "my",      "myself",    "nobody",     "nothing", "one",    "ours",   "ourselves",  "she",
    "someone", "something", "that",       "the",     "their",  "them",   "themselves", "these",
    "they",    "this",      "those",      "we",      "who",    "you",
};

constexpr std::string_view kDeterminers[] = {"a", "an", "the"};

template <std::size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// Whether a code point belongs inside a word. Apostrophes and periods are kept for now so that
// possessives can be recognized; they are removed from the word afterwards ("u.s." -> "us").
bool IsWordChar(utf8proc_int32_t cp) {
  if (cp == '\'' || cp == '.' || cp == '&') return true;
  return cp >= 0 && IsAlnum(static_cast<char32_t>(cp));
}

// Splits folded text into raw words at white space and punctuation other than ' and '.'.
std::vector<std::string> SplitWords(const std::string& folded) {
  std::vector<std::string> words(1);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  utf8proc_ssize_t pos = 0;
  const auto size = static_cast<utf8proc_ssize_t>(folded.size());
  while (pos < size) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (length <= 0) length = 1;  // only reachable on the ASCII fallback path; skip the byte
    if (cp >= 0 && IsWordChar(cp)) {
      words.back().append(folded, static_cast<std::size_t>(pos), static_cast<std::size_t>(length));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
    pos += length;
  }
  return words;
}

// "putin's" -> "putin", "states'" -> "states", "u.s." -> "us"; empty when nothing is left.
std::string CleanWord(std::string word) {
  if (word.ends_with("'s")) {
    word.resize(word.size() - 2);
  } else if (word.ends_with('\'')) {
    word.pop_back();
  }
  std::erase_if(word, [](char c) { return c == '\'' || c == '.'; });
  return word;
}

bool HasUppercaseOrPeriod(std::string_view surface) {
  return std::any_of(surface.begin(), surface.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

}  // namespace

std::string FoldName(std::string_view surface) {
  std::vector<std::string> words;
  for (std::string& raw : SplitWords(CaseFold(surface, /*loose=*/true))) {
    std::string word = CleanWord(std::move(raw));
    if (!word.empty()) words.push_back(std::move(word));
  }
  auto first = words.begin();
  while (first != words.end() && Contains(kDeterminers, *first)) ++first;
  words.erase(words.begin(), first);
  if (words.empty()) return "";
  if (words.size() == 1 && Contains(kUnnameable, words[0])) return "";
  // Lowercase "us" is the pronoun; "US", "U.S." and "Us." are the country.
  if (words.size() == 1 && words[0] == "us" && !HasUppercaseOrPeriod(surface)) return "";

  std::string folded = std::move(words[0]);
  for (std::size_t i = 1; i < words.size(); ++i) {
    folded += ' ';
    folded += words[i];
  }
  return folded;
}

AliasTable AliasTable::BuiltIn() {
  // {alias, canonical} pairs for names that news text writes many ways. Canonical names are the
  // ones most often written out in full, so the key reads well in exports.
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"US", "United States"},
      {"U.S.A.", "United States"},
      {"USA", "United States"},
      {"United States of America", "United States"},
      {"America", "United States"},
      {"UK", "United Kingdom"},
      {"Britain", "United Kingdom"},
      {"Great Britain", "United Kingdom"},
      {"United Kingdom of Great Britain and Northern Ireland", "United Kingdom"},
      {"Russian Federation", "Russia"},
      {"USSR", "Soviet Union"},
      {"Union of Soviet Socialist Republics", "Soviet Union"},
      {"People's Republic of China", "China"},
      {"PRC", "China"},
      {"DPRK", "North Korea"},
      {"Democratic People's Republic of Korea", "North Korea"},
      {"Republic of Korea", "South Korea"},
      {"Islamic Republic of Iran", "Iran"},
      {"UAE", "United Arab Emirates"},
      {"ISIS", "Islamic State"},
      {"ISIL", "Islamic State"},
      {"Daesh", "Islamic State"},
      {"Islamic State of Iraq and Syria", "Islamic State"},
      {"Islamic State of Iraq and the Levant", "Islamic State"},
      {"UN", "United Nations"},
      {"EU", "European Union"},
      {"FSB", "Federal Security Service"},
      {"NATO", "North Atlantic Treaty Organization"},
      {"CIA", "Central Intelligence Agency"},
      {"FBI", "Federal Bureau of Investigation"},
  };
  AliasTable table;
  for (const auto& [alias, canonical] : kAliases) table.Add(alias, canonical);
  return table;
}

void AliasTable::Add(std::string_view alias, std::string_view canonical) {
  std::string folded_alias = FoldName(alias);
  // Resolving the canonical name first keeps chains one step long: Resolve is a single lookup.
  std::string folded_canonical = Resolve(FoldName(canonical));
  if (folded_alias.empty() || folded_canonical.empty() || folded_alias == folded_canonical) return;
  canonical_of_[std::move(folded_alias)] = std::move(folded_canonical);
}

std::string AliasTable::Resolve(const std::string& folded) const {
  auto it = canonical_of_.find(folded);
  return it == canonical_of_.end() ? folded : it->second;
}

std::string EntityKey(std::string_view surface, const AliasTable& aliases) {
  return aliases.Resolve(FoldName(surface));
}

}  // namespace kgraph
