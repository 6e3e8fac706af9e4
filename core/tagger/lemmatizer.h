// Lemmatization by learned edit rules: "hopes"/VBZ -> strip "s" -> "hope".
//
// Training turns every (form, XPOS, lemma) into a rule (lowercase or not, strip N bytes, append
// a string). A word seen in training takes its most frequent rule; an unseen word takes the most
// frequent rule of the longest known suffix with the same XPOS, so unseen "counter-terrorists"
// behaves like "terrorists".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/io/model_file.h"

namespace kgraph {

struct LemmaRule {
  bool lowercase = false;
  std::uint8_t strip = 0;  // bytes removed from the end of the (lowercased) form
  std::string append;
  friend bool operator==(const LemmaRule&, const LemmaRule&) = default;
  friend auto operator<=>(const LemmaRule&, const LemmaRule&) = default;
};

class Lemmatizer {
 public:
  std::string Lemmatize(std::string_view form, std::string_view xpos) const;

  void Save(ModelWriter& writer) const;
  static Lemmatizer Load(ModelReader& reader);

 private:
  friend class LemmatizerTrainer;
  const LemmaRule* FindRule(std::string_view form, const std::string& lower,
                            std::string_view xpos) const;

  std::vector<LemmaRule> rules_;
  // Keys are "xpos\tform" (exact form), "xpos\tlower" and "xpos\t~suffix"; values index rules_.
  std::unordered_map<std::string, std::uint32_t> rule_of_;
};

class LemmatizerTrainer {
 public:
  void Add(std::string_view form, std::string_view xpos, std::string_view lemma);
  Lemmatizer Build() const;

 private:
  static bool IsRedundant(const std::string& key, const LemmaRule& rule,
                          const std::map<std::string, LemmaRule>& best_of);

  // key -> rule -> count
  std::map<std::string, std::map<LemmaRule, std::uint32_t>> counts_;
};

// The rule that turns `form` into `lemma` (exposed for tests).
LemmaRule RuleFor(std::string_view form, std::string_view lemma);
std::string ApplyRule(const LemmaRule& rule, std::string_view form);

}  // namespace kgraph
