#include "extractors/dependency_tree.h"

#include <algorithm>

#include "core/text/char_class.h"

namespace kgraph {

bool IsRelation(std::string_view relation, std::string_view base) {
  if (!relation.starts_with(base)) return false;
  return relation.size() == base.size() || relation[base.size()] == ':';
}

DependencyTree::DependencyTree(const Document& doc, const Sentence& sentence)
    : doc_(doc), tokens_(sentence.tokens) {
  const int n = static_cast<int>(tokens_.size());
  heads_.resize(n);
  child_begin_.assign(n + 2, 0);
  for (int w = 0; w < n; ++w) {
    const int head = tokens_[w].head;
    heads_[w] = head >= 0 && head < n && head != w ? head : -1;
    if (heads_[w] >= 0) ++child_begin_[heads_[w] + 2];
  }
  // Counting sort by head: words are visited left to right, so each child list is in order.
  for (int w = 0; w < n; ++w) child_begin_[w + 2] += child_begin_[w + 1];
  children_.resize(child_begin_[n + 1]);
  for (int w = 0; w < n; ++w) {
    if (heads_[w] >= 0) children_[child_begin_[heads_[w] + 1]++] = w;
  }
}

std::string_view DependencyTree::BaseRelation(int word) const {
  std::string_view relation = Relation(word);
  return relation.substr(0, relation.find(':'));
}

std::span<const int> DependencyTree::Children(int word) const {
  return std::span<const int>(children_).subspan(child_begin_[word],
                                                 child_begin_[word + 1] - child_begin_[word]);
}

int DependencyTree::FirstChild(int word, std::string_view relation) const {
  for (int child : Children(word)) {
    if (IsRelation(Relation(child), relation)) return child;
  }
  return -1;
}

std::vector<int> DependencyTree::ChildrenWith(int word, std::string_view relation) const {
  std::vector<int> found;
  for (int child : Children(word)) {
    if (IsRelation(Relation(child), relation)) found.push_back(child);
  }
  return found;
}

std::string DependencyTree::LowerForm(int word) const { return AsciiLowercase(Form(word)); }

std::string DependencyTree::LowerLemma(int word) const { return AsciiLowercase(Lemma(word)); }

ByteSpan DependencyTree::Span(WordRange range) const {
  if (range.empty()) return {};
  return {tokens_[range.begin].span.begin, tokens_[range.end - 1].span.end};
}

std::string DependencyTree::Text(WordRange range) const {
  return range.empty() ? std::string() : NormalizedText(doc_, Span(range));
}

}  // namespace kgraph
