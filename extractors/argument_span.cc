#include "extractors/argument_span.h"

#include "extractors/clause.h"

namespace kgraph {
namespace {

bool IsPunctuation(const DependencyTree& tree, int word) { return tree.Tag(word) == Upos::kPunct; }

// Dependents that become triples of their own, or are no part of any argument.
bool IsDetachedModifier(const DependencyTree& tree, int word) {
  const std::string_view relation = tree.Relation(word);
  for (std::string_view r : {"conj", "cc", "acl:relcl", "appos", "parataxis", "dep", "punct",
                             "reparandum", "discourse", "vocative"}) {
    if (IsRelation(relation, r)) return true;
  }
  return false;
}

// The parts of a clause around a predicate nominal: subject, copula, auxiliaries, adverbials.
bool IsClauseStructure(const DependencyTree& tree, int word) {
  const std::string_view base = tree.BaseRelation(word);
  for (std::string_view r : {"nsubj", "csubj", "cop", "aux", "mark", "obl", "advcl", "ccomp",
                             "xcomp", "expl", "advmod"}) {
    if (base == r) return true;
  }
  return false;
}

// The proper name after a title that names the person holding it ("Secretary of the Council
// [Nikolai Patrushev]"), when the parser attached the name to the title without a preposition
// (a bare nmod, or a flat part of a common-noun title); -1 when there is none. Taggers differ on
// whether a capitalized title is a noun or a proper noun (EWT has both); a proper noun's flat
// part is the rest of its own name ("Nikolai [Patrushev]"), so it counts only after a noun.
int NameAfterTitle(const DependencyTree& tree, int title) {
  const Upos tag = tree.Tag(title);
  if (tag != Upos::kNoun && tag != Upos::kPropn) return -1;
  for (int child : tree.Children(title)) {
    if (child <= title || tree.Tag(child) != Upos::kPropn) continue;
    const std::string_view relation = tree.Relation(child);
    const bool bare_nmod = relation == "nmod" && !tree.HasChild(child, "case");
    if (bare_nmod || (tag == Upos::kNoun && IsRelation(relation, "flat"))) return child;
  }
  return -1;
}

bool IsOfPhrase(const DependencyTree& tree, int word) {
  const int marker = tree.FirstChild(word, "case");
  return marker >= 0 && (tree.Form(marker) == "of" || tree.Form(marker) == "Of");
}

}  // namespace

WordRange TrimPunctuation(const DependencyTree& tree, WordRange range) {
  while (!range.empty() && IsPunctuation(tree, range.begin)) ++range.begin;
  while (!range.empty() && IsPunctuation(tree, range.end - 1)) --range.end;
  return range;
}

WordRange ArgumentRange(const DependencyTree& tree, int head, int marker, int excluded) {
  // A predicate nominal as an argument ("[the task] of all countries" when the parser made
  // "task" the head of its own copular clause): without its subject, copula and clauses.
  if (tree.HasChild(head, "cop")) return ComplementRange(tree, head);
  auto skip = [&](int word) {
    if (word == excluded) return true;
    // Words before a folded preposition go with it, not with the argument: "[not only] in
    // information exchange, but [also] in joint operations".
    if (marker >= 0 && tree.Head(word) == head && word < marker) return true;
    // Only the head's own: coordination inside ("between Russia and the U.S.") stays.
    return word == marker || (tree.Head(word) == head && IsDetachedModifier(tree, word));
  };
  WordRange range = TrimPunctuation(tree, tree.Subtree(head, skip));
  // A subtree that lost a middle part (non-projective attachment) still starts at the head's
  // first kept word; make sure the head itself is inside.
  if (head < range.begin) range.begin = head;
  if (head >= range.end) range.end = head + 1;
  return range;
}

WordRange ComplementRange(const DependencyTree& tree, int predicate) {
  auto skip = [&](int word) {
    if (tree.Head(word) != predicate) return false;
    return IsClauseStructure(tree, word) || IsDetachedModifier(tree, word);
  };
  return TrimPunctuation(tree, tree.Subtree(predicate, skip));
}

WordRange ClauseRange(const DependencyTree& tree, int head, int marker) {
  auto skip = [&](int word) {
    return word == marker ||
           (tree.Head(word) == head &&
            (IsRelation(tree.Relation(word), "parataxis") ||
             IsRelation(tree.Relation(word), "conj") || IsRelation(tree.Relation(word), "cc")));
  };
  return TrimPunctuation(tree, tree.Subtree(head, skip));
}

WordRange HeadPhrase(const DependencyTree& tree, int head) {
  if (const int name = NameAfterTitle(tree, head); name >= 0) return ProperName(tree, name);
  const bool common = tree.Tag(head) == Upos::kNoun;
  auto skip = [&](int word) {
    if (IsDetachedModifier(tree, word) || IsRelation(tree.Relation(word), "acl")) return true;
    if (tree.Head(word) != head) return false;
    if (IsRelation(tree.Relation(word), "case")) return true;  // "[for] progress"
    if (IsClauseStructure(tree, word)) return true;            // "[who is currently in] New York"
    if (IsRelation(tree.Relation(word), "nmod") && !IsRelation(tree.Relation(word), "nmod:poss")) {
      return !(common && IsOfPhrase(tree, word));
    }
    return false;
  };
  return TrimPunctuation(tree, tree.Subtree(head, skip));
}

WordRange ProperName(const DependencyTree& tree, int word) {
  auto skip = [&](int child) {
    for (std::string_view r : {"compound", "flat", "amod", "det", "fixed", "goeswith"}) {
      if (IsRelation(tree.Relation(child), r)) return false;
    }
    // A hyphen inside a name ("Coca-Cola") stays; other punctuation is trimmed below.
    return !(IsRelation(tree.Relation(child), "punct") && tree.Form(child) == "-");
  };
  return TrimPunctuation(tree, tree.Subtree(word, skip));
}

std::vector<WordRange> NamedMentions(const DependencyTree& tree, WordRange range, int head) {
  const WordRange own = tree.Tag(head) == Upos::kPropn ? ProperName(tree, head) : WordRange{};
  std::vector<WordRange> mentions;
  for (int word = range.begin; word < range.end; ++word) {
    if (tree.Tag(word) != Upos::kPropn || (word >= own.begin && word < own.end)) continue;
    const int parent = tree.Head(word);
    // Only the head of a name ("States" in "the United States"), not each of its parts.
    if (parent >= 0 && tree.Tag(parent) == Upos::kPropn &&
        (IsRelation(tree.Relation(word), "flat") || IsRelation(tree.Relation(word), "compound"))) {
      continue;
    }
    const WordRange name = ProperName(tree, word);
    if (name.empty() || name.begin < range.begin || name.end > range.end) continue;
    if (name.begin < own.end && own.begin < name.end) continue;
    mentions.push_back(name);
  }
  return mentions;
}

}  // namespace kgraph
