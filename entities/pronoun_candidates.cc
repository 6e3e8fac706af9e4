#include "entities/pronoun_candidates.h"

#include <algorithm>

namespace kgraph::coref {
namespace {

// An argument of the same predicate cannot be a plain pronoun's antecedent ("Putin met him").
bool SameClauseArguments(const Document& doc, const Mention& pronoun, const Mention& other) {
  if (pronoun.ref.sentence != other.ref.sentence || pronoun.head.ends_with("self") ||
      pronoun.head.ends_with("selves")) {
    return false;
  }
  const Sentence& sentence = doc.sentences[static_cast<std::size_t>(pronoun.ref.sentence)];
  const Token& p = sentence.tokens[static_cast<std::size_t>(pronoun.ref.head)];
  const Token& o = sentence.tokens[static_cast<std::size_t>(other.ref.head)];
  return p.head == o.head && p.deprel != "nmod:poss";
}

}  // namespace

// The candidates for pronoun `p`, best first: nearest sentence first, within a sentence the
// subjects first, then from left to right (Hobbs' order; nearest first within the current
// sentence measured 0.1 CoNLL F1 worse on GUM dev).
std::vector<std::size_t> Candidates(const Document& doc, const std::vector<Mention>& mentions,
                                    std::size_t p) {
  const Mention& pronoun = mentions[p];
  std::vector<std::size_t> out;
  for (std::size_t j = p; j-- > 0;) {
    const Mention& c = mentions[j];
    if (c.ref.sentence < pronoun.ref.sentence - kPronounWindow) break;
    if (c.ref.sentence == pronoun.ref.sentence && c.ref.end > pronoun.ref.begin) continue;
    if (Nested(c, pronoun) || SameClauseArguments(doc, pronoun, c)) continue;
    if (c.kind == Kind::kPronoun && !c.resolvable) continue;
    out.push_back(j);
  }
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    const Mention& x = mentions[a];
    const Mention& y = mentions[b];
    if (x.ref.sentence != y.ref.sentence) return x.ref.sentence > y.ref.sentence;
    if (Salience(x) != Salience(y)) return Salience(x) < Salience(y);
    return a < b;
  });
  return out;
}

bool ClusterAgrees(const std::vector<Mention>& mentions, Clusters& clusters, std::size_t p,
                   std::size_t c) {
  for (std::size_t k : clusters.Members(c)) {
    if (k != p && !Agrees(mentions[p], mentions[k])) return false;
  }
  return true;
}

}  // namespace kgraph::coref
