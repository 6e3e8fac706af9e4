// Feature extraction for the tagger, shared by training and inference so the two never drift.
//
// Features are 64-bit hashes of (template, values): no strings are built per token. Per-word
// facts that do not depend on the tags being decided (forms, affixes, shapes, ambiguity classes)
// are computed once per sentence in SentenceContext; TokenFeatures() then only combines hashes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kgraph {

using FeatureHash = std::uint64_t;

// Which tags each frequent word was seen with in training, as one hash per word ("ambiguity
// class"): a strong hint for the tags of the words to the right, which are not decided yet.
class TagDictionary {
 public:
  void Set(std::string lowercase_form, FeatureHash ambiguity_class) {
    classes_[std::move(lowercase_form)] = ambiguity_class;
  }
  // 0 for words not in the dictionary.
  FeatureHash Find(const std::string& lowercase_form) const {
    auto it = classes_.find(lowercase_form);
    return it == classes_.end() ? 0 : it->second;
  }
  const std::unordered_map<std::string, FeatureHash>& entries() const { return classes_; }

 private:
  std::unordered_map<std::string, FeatureHash> classes_;
};

// Tag-independent facts about each word of one sentence, hashed.
struct WordFacts {
  FeatureHash form = 0;             // case-sensitive
  FeatureHash lower = 0;            // lowercased
  FeatureHash suffix[4] = {};       // last 1..4 characters of the lowercased form
  FeatureHash prefix[3] = {};       // first 1..3 characters
  FeatureHash shape = 0;            // "Xxxx", "dd.d", "XX-d": character classes, runs collapsed
  FeatureHash flags = 0;            // capitalization / digit / hyphen pattern and sentence position
  FeatureHash ambiguity = 0;        // TagDictionary class, or a hash of "unknown"
  FeatureHash cased_ambiguity = 0;  // TagDictionary class of the exact spelling
  bool capitalized = false;
  FeatureHash last_part = 0;  // after the last hyphen ("counter-terrorism" -> "terrorism")
};

class SentenceContext {
 public:
  SentenceContext(const std::vector<std::string_view>& forms, const TagDictionary& dictionary);
  std::size_t size() const { return words_.size(); }
  // Word i, or a padding word outside the sentence (i < 0 or i >= size()).
  const WordFacts& Word(int i) const;
  FeatureHash casing() const { return casing_; }

 private:
  std::vector<WordFacts> words_;
  WordFacts before_;
  FeatureHash casing_ = 0;  // how title-cased the sentence is: headlines capitalize every word
  WordFacts after_;
};

// The features of word `i` given the tags already decided for words i-1 and i-2 (tag ids, or -1
// before the sentence). Replaces the contents of `out`.
void TokenFeatures(const SentenceContext& context, int i, int previous_tag, int previous_tag2,
                   std::vector<FeatureHash>& out);

// Appends the features of the second (bidirectional) pass: the first pass's tags of the words to
// the right of `i`, which a left-to-right decoder cannot know yet.
void FirstPassFeatures(int i, int previous_tag, const SentenceContext& context,
                       std::span<const int> first_pass, std::vector<FeatureHash>& out);

// Lowercase (Unicode simple case folding) of a UTF-8 word.
std::string LowercaseWord(std::string_view form);

// The TagDictionary key of an exact (case-sensitive) spelling; plain keys are lowercased forms.
std::string CasedKey(std::string_view form);

// The word's shape with runs of one character class collapsed: "Patrushev" -> "Xx",
// "U.S." -> "X.X.", "2,000" -> "d,d".
std::string WordShape(std::string_view form);

// 64-bit hashing used for features and ambiguity classes, shared by the tagger, the parser and
// the entity recognizer so that their models hash alike.
FeatureHash HashBytes(std::string_view bytes, FeatureHash seed);
// A cheap, well-mixing combination of two hashes (the finalizer of SplitMix64).
FeatureHash MixHashes(FeatureHash a, FeatureHash b);

}  // namespace kgraph
