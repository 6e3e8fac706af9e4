#include "graph/alias_table.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include "core/error.h"
#include "core/io/data_lines.h"
#include "core/text/char_class.h"
#include "graph/built_in_aliases.h"
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

AliasTable AliasTable::BuiltIn() { return Parse(BuiltInAliasesText(), kBuiltInAliasesSource); }

AliasTable AliasTable::Parse(std::string_view text, const std::string& source) {
  AliasTable table;
  ForEachDataLine(text, [&](std::string_view line, std::uint64_t number) {
    const ErrorLocation where{source, number, std::nullopt};
    const std::vector<std::string_view> fields = SplitTabs(line);
    if (fields.size() != 2) {
      throw Error("expected 'alias<TAB>canonical name', found '" + std::string(line) + "'", where);
    }
    if (FoldName(fields[0]).empty() || FoldName(fields[1]).empty()) {
      throw Error("alias '" + std::string(fields[0]) + "' or name '" + std::string(fields[1]) +
                      "' has nothing nameable in it",
                  where);
    }
    table.Add(fields[0], fields[1]);
  });
  return table;
}

AliasTable AliasTable::ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error("cannot read the alias file", ErrorLocation{path, std::nullopt, std::nullopt});
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

void AliasTable::AddAll(const AliasTable& more) {
  for (const auto& [alias, canonical] : more.canonical_of_) AddFolded(alias, canonical);
}

void AliasTable::Add(std::string_view alias, std::string_view canonical) {
  AddFolded(FoldName(alias), FoldName(canonical));
}

void AliasTable::AddFolded(std::string folded_alias, std::string folded_canonical) {
  if (folded_alias.empty() || folded_canonical.empty() || folded_alias == folded_canonical) return;
  // Turning a canonical name into an alias of one of its own aliases ("Islamic State" ->
  // "ISIS" after "ISIS" -> "Islamic State") flips the pair instead of making a cycle.
  if (Resolve(folded_canonical) == folded_alias) canonical_of_.erase(folded_canonical);
  canonical_of_[std::move(folded_alias)] = std::move(folded_canonical);
}

std::string AliasTable::Resolve(const std::string& folded) const {
  std::string name = folded;
  // A bounded walk: a cycle from contradicting files ("a" -> "b", "b" -> "a") must not hang.
  for (std::size_t step = 0; step <= canonical_of_.size(); ++step) {
    auto it = canonical_of_.find(name);
    if (it == canonical_of_.end() || it->second == name) return name;
    name = it->second;
  }
  return name;
}

std::vector<std::string> KeyWords(std::string_view key) {
  std::vector<std::string> words;
  std::size_t begin = 0;
  while (begin < key.size()) {
    std::size_t end = key.find(' ', begin);
    if (end == std::string_view::npos) end = key.size();
    words.emplace_back(key.substr(begin, end - begin));
    begin = end + 1;
  }
  return words;
}

std::string EntityKey(std::string_view surface, const AliasTable& aliases) {
  return aliases.Resolve(FoldName(surface));
}

}  // namespace kgraph
