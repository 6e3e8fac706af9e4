// A read-only view of one parsed sentence as a tree: each word's dependents by relation, and the
// spans of subtrees. Built once per sentence by the clause extractor so that every query is a
// lookup in a small vector rather than a scan of the sentence. Internal to extractors/.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

// A half-open range [begin, end) of word indices in a sentence.
struct WordRange {
  int begin = 0;
  int end = 0;

  bool empty() const { return begin >= end; }
  int size() const { return end - begin; }
  friend bool operator==(const WordRange&, const WordRange&) = default;
};

class DependencyTree {
 public:
  // Reads heads and relations from `sentence`; heads outside the sentence count as the root.
  DependencyTree(const Document& doc, const Sentence& sentence);

  int size() const { return static_cast<int>(heads_.size()); }
  int Head(int word) const { return heads_[word]; }  // -1 for the root
  // The relation without its subtype ("obl" for "obl:tmod").
  std::string_view BaseRelation(int word) const;
  std::string_view Relation(int word) const { return tokens_[word].deprel; }
  const Token& TokenAt(int word) const { return tokens_[word]; }
  std::string_view Form(int word) const { return doc_.Form(tokens_[word]); }
  std::string_view Lemma(int word) const { return tokens_[word].lemma; }
  // ASCII lower case, for comparing with the English word lists of the extractor.
  std::string LowerForm(int word) const;
  std::string LowerLemma(int word) const;
  Upos Tag(int word) const { return tokens_[word].upos; }

  // Dependents of `word`, left to right.
  std::span<const int> Children(int word) const;
  // The first dependent of `word` whose relation is `relation` (subtypes included when
  // `relation` has none: "obl" finds "obl:tmod"), or -1.
  int FirstChild(int word, std::string_view relation) const;
  // All such dependents, left to right.
  std::vector<int> ChildrenWith(int word, std::string_view relation) const;
  bool HasChild(int word, std::string_view relation) const {
    return FirstChild(word, relation) >= 0;
  }

  // The words of the subtree of `word`, without the subtrees of the dependents for which
  // `skip(dependent)` is true; as the smallest range holding all of them, so it is exact only
  // when the skipped subtrees lie at the edges (always true for projective trees).
  template <typename Skip>
  WordRange Subtree(int word, Skip skip) const {
    WordRange range{word, word + 1};
    for (int child : Children(word)) {
      if (skip(child)) continue;
      const WordRange inner = Subtree(child, skip);
      range.begin = std::min(range.begin, inner.begin);
      range.end = std::max(range.end, inner.end);
    }
    return range;
  }
  WordRange Subtree(int word) const {
    return Subtree(word, [](int) { return false; });
  }

  ByteSpan Span(WordRange range) const;
  // The words of `range` as they read, runs of white space folded to one space.
  std::string Text(WordRange range) const;
  const Document& doc() const { return doc_; }

 private:
  const Document& doc_;
  const std::vector<Token>& tokens_;
  std::vector<int> heads_;
  std::vector<int> child_begin_;  // children of w: children_[child_begin_[w] .. child_begin_[w+1])
  std::vector<int> children_;
};

// True when `relation` is `base` or a subtype of it ("obl:tmod" is an "obl").
bool IsRelation(std::string_view relation, std::string_view base);

}  // namespace kgraph
