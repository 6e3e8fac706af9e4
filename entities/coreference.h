// Within-document coreference (issue #5, item 4): a deterministic multi-pass sieve in the style
// of Lee et al. (2013, Stanford dcoref) whose last pass, for third-person pronouns, is learned.
// The candidate mentions are those of DetectMentions; the recognizer's Sentence::entities give
// names their type. Passes run from the most precise to the least, and each later pass sees the
// clusters the earlier ones built:
// 1. exact match: non-pronominal mentions with the same words (case folded);
// 2. appositions and predicate nominatives read off the tree ("Nikolai Patrushev, [the
//    secretary]"; "Patrushev is [the secretary]");
// 3. head match: a name whose words all occur in an earlier name with the same head ("Patrushev"
//    after "Nikolai Patrushev"), or a definite description whose head lemma and every word occur
//    in an earlier cluster ("the council" after "the Security Council");
// 4. pronouns: first and second person pronouns ("I", "my", "we", "you") to the nearest earlier
//    pronoun of the same person and number anywhere before; he/she/it/they (and their case
//    forms) to the antecedent the learned PronounRanker (pronoun_ranker.h) chooses among the
//    mentions of the current and the previous three sentences, or to none. Without a ranker, a
//    rule chooses: the most salient compatible mention (nearest sentence first, subjects first,
//    then left to right), agreeing in number, gender and animacy with every mention of the
//    antecedent's cluster; a pronoun whose two best candidates are subjects of one sentence and
//    belong to different entities is left alone.
// No pass links a mention to one that contains it or lies inside it.
#pragma once

#include <vector>

#include "core/text/document.h"

namespace kgraph {

// Words [begin, end) of sentence `sentence` of a document, headed by word `head` (0-based
// indices into Document::sentences and Sentence::tokens).
struct MentionRef {
  int sentence = 0;
  int begin = 0;
  int end = 0;
  int head = 0;

  friend auto operator<=>(const MentionRef&, const MentionRef&) = default;
};

// One entity: its mentions in document order.
using MentionCluster = std::vector<MentionRef>;

class PronounRanker;

// The entities of a tagged, parsed document with its named entities found, each with at least
// two mentions, ordered by their first mention. Mentions that corefer with nothing are not
// returned. Third-person pronouns are resolved by `ranker` (pronoun_ranker.h, the shipped
// models/coref.bin) when given, else by the rule of pass 4. Same document, same clusters: no
// state, no hashing order.
std::vector<MentionCluster> ResolveCoreference(const Document& doc,
                                               const PronounRanker* ranker = nullptr);

}  // namespace kgraph
