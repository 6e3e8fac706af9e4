#include "core/tagger/lemmatizer.h"

#include <algorithm>
#include <vector>

#include "core/tagger/features.h"

namespace kgraph {
namespace {

constexpr std::size_t kMaxSuffixBytes = 7;

std::size_t CommonPrefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// Keys are "xpos\t" + marker + text; the markers tell exact forms, lowercase forms and
// suffixes apart.
constexpr std::string_view kExactMarker = "=";
constexpr std::string_view kLowerMarker = "";
constexpr std::string_view kSuffixMarker = "~";

std::string Key(std::string_view xpos, std::string_view marker, std::string_view text) {
  std::string key(xpos);
  key += '\t';
  key += marker;
  key += text;
  return key;
}
std::string ExactKey(std::string_view xpos, std::string_view form) {
  return Key(xpos, kExactMarker, form);
}
std::string LowerKey(std::string_view xpos, std::string_view lower) {
  return Key(xpos, kLowerMarker, lower);
}
std::string SuffixKey(std::string_view xpos, std::string_view suffix) {
  return Key(xpos, kSuffixMarker, suffix);
}

bool Applicable(const LemmaRule& rule, std::string_view form) { return rule.strip <= form.size(); }

}  // namespace

LemmaRule RuleFor(std::string_view form, std::string_view lemma) {
  auto make = [&](bool lowercase, std::string_view base) {
    std::size_t keep = CommonPrefix(base, lemma);
    std::size_t strip = std::min<std::size_t>(base.size() - keep, 255);
    keep = base.size() - strip;
    return LemmaRule{lowercase, static_cast<std::uint8_t>(strip), std::string(lemma.substr(keep))};
  };
  LemmaRule as_is = make(false, form);
  std::string lower = LowercaseWord(form);
  LemmaRule lowered = make(true, lower);
  // Prefer the rule that keeps more of the word; keep case when both are equally good.
  return lowered.strip + lowered.append.size() < as_is.strip + as_is.append.size() ? lowered
                                                                                   : as_is;
}

std::string ApplyRule(const LemmaRule& rule, std::string_view form) {
  std::string base = rule.lowercase ? LowercaseWord(form) : std::string(form);
  if (rule.strip > base.size()) return base;
  base.resize(base.size() - rule.strip);
  base += rule.append;
  return base;
}

const LemmaRule* Lemmatizer::FindRule(std::string_view form, const std::string& lower,
                                      std::string_view xpos) const {
  // One key buffer, rewritten after the "xpos\t" prefix for each lookup: this runs for every
  // token, and building each key as a new string was a visible part of tagging time.
  std::string key(xpos);
  key += '\t';
  const std::size_t prefix = key.size();
  auto lookup = [&](std::string_view marker, std::string_view text) -> const LemmaRule* {
    key.resize(prefix);
    key += marker;
    key += text;
    auto it = rule_of_.find(key);
    if (it == rule_of_.end()) return nullptr;
    const LemmaRule& rule = rules_[it->second];
    return Applicable(rule, form) ? &rule : nullptr;
  };
  if (const LemmaRule* rule = lookup(kExactMarker, form)) return rule;
  if (const LemmaRule* rule = lookup(kLowerMarker, lower)) return rule;
  for (std::size_t n = std::min(kMaxSuffixBytes, lower.size()); n > 0; --n) {
    if (const LemmaRule* rule =
            lookup(kSuffixMarker, std::string_view(lower).substr(lower.size() - n))) {
      return rule;
    }
  }
  return lookup(kSuffixMarker, "");
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view xpos) const {
  std::string lower = LowercaseWord(form);
  if (const LemmaRule* rule = FindRule(form, lower, xpos)) return ApplyRule(*rule, form);
  return lower;
}

void Lemmatizer::Save(ModelWriter& writer) const {
  writer.WriteU64(rules_.size());
  for (const LemmaRule& rule : rules_) {
    writer.WriteU8(rule.lowercase ? 1 : 0);
    writer.WriteU8(rule.strip);
    writer.WriteString(rule.append);
  }
  std::vector<std::pair<std::string, std::uint32_t>> keys(rule_of_.begin(), rule_of_.end());
  std::sort(keys.begin(), keys.end());
  writer.WriteU64(keys.size());
  for (const auto& [key, rule] : keys) {
    writer.WriteString(key);
    writer.WriteU32(rule);
  }
}

Lemmatizer Lemmatizer::Load(ModelReader& reader) {
  Lemmatizer lemmatizer;
  std::uint64_t rule_count = reader.ReadCount(6);
  for (std::uint64_t i = 0; i < rule_count; ++i) {
    LemmaRule rule;
    rule.lowercase = reader.ReadU8() != 0;
    rule.strip = reader.ReadU8();
    rule.append = reader.ReadString();
    lemmatizer.rules_.push_back(std::move(rule));
  }
  std::uint64_t key_count = reader.ReadCount(8);
  lemmatizer.rule_of_.reserve(key_count);
  for (std::uint64_t i = 0; i < key_count; ++i) {
    std::string key = reader.ReadString();
    std::uint32_t rule = reader.ReadU32();
    if (rule >= rule_count) reader.Fail("lemma rule index out of range");
    lemmatizer.rule_of_.emplace(std::move(key), rule);
  }
  return lemmatizer;
}

void LemmatizerTrainer::Add(std::string_view form, std::string_view xpos, std::string_view lemma) {
  if (form.empty() || lemma.empty() || lemma == "_") return;
  LemmaRule rule = RuleFor(form, lemma);
  std::string lower = LowercaseWord(form);
  ++counts_[ExactKey(xpos, form)][rule];
  ++counts_[LowerKey(xpos, lower)][rule];
  for (std::size_t n = 0; n <= std::min(kMaxSuffixBytes, lower.size()); ++n) {
    ++counts_[SuffixKey(xpos, std::string_view(lower).substr(lower.size() - n))][rule];
  }
}

Lemmatizer LemmatizerTrainer::Build() const {
  // The most frequent rule of every key; std::map order breaks ties deterministically.
  std::map<std::string, LemmaRule> best_of;
  for (const auto& [key, rules] : counts_) {
    const LemmaRule* best = nullptr;
    std::uint32_t best_count = 0;
    for (const auto& [rule, count] : rules) {
      if (count > best_count) best = &rule, best_count = count;
    }
    best_of.emplace(key, *best);
  }
  Lemmatizer lemmatizer;
  std::map<LemmaRule, std::uint32_t> index;
  for (const auto& [key, rule] : best_of) {
    if (IsRedundant(key, rule, best_of)) continue;
    auto [it, inserted] = index.try_emplace(rule, static_cast<std::uint32_t>(index.size()));
    if (inserted) lemmatizer.rules_.push_back(rule);
    lemmatizer.rule_of_.emplace(key, it->second);
  }
  return lemmatizer;
}

// A key is left out of the model when the lookup would fall back to a key with the same rule
// anyway: the exact form to its lowercase form, the lowercase form to its longest suffix, a
// suffix to the suffix one character shorter. This keeps the shipped model small without
// changing a single lemma.
bool LemmatizerTrainer::IsRedundant(const std::string& key, const LemmaRule& rule,
                                    const std::map<std::string, LemmaRule>& best_of) {
  const std::size_t tab = key.find('\t');
  const std::string_view xpos = std::string_view(key).substr(0, tab);
  const std::string_view rest = std::string_view(key).substr(tab + 1);
  auto same_as = [&](const std::string& fallback) {
    auto it = best_of.find(fallback);
    return it != best_of.end() && it->second == rule;
  };
  if (rest.starts_with(kExactMarker)) return same_as(LowerKey(xpos, LowercaseWord(rest.substr(1))));
  if (rest.starts_with(kSuffixMarker)) {
    const std::string_view suffix = rest.substr(1);
    // Suffixes are looked up by bytes, longest first, as in FindRule().
    return !suffix.empty() && same_as(SuffixKey(xpos, suffix.substr(1)));
  }
  return same_as(
      SuffixKey(xpos, rest.substr(rest.size() - std::min(kMaxSuffixBytes, rest.size()))));
}

}  // namespace kgraph
