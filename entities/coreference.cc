#include "entities/coreference.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>

#include "entities/coref_clusters.h"
#include "entities/coref_mention.h"
#include "entities/coref_sieves.h"
#include "entities/pronoun_candidates.h"
#include "entities/pronoun_ranker.h"

namespace kgraph {
namespace coref {
namespace {

void ExactMatchPass(const std::vector<Mention>& mentions, Clusters& clusters) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.kind == Kind::kPronoun) continue;
    const auto [it, inserted] = first.emplace(m.text, i);
    if (!inserted && !Nested(mentions[it->second], m)) clusters.Merge(it->second, i);
  }
}

// The mention headed by word `head` of sentence `s`, or -1. Mentions are in sentence order, so
// the search is a binary search for the sentence and a scan of its few mentions.
int MentionHeadedBy(const std::vector<Mention>& mentions, int s, int head) {
  auto first = std::partition_point(mentions.begin(), mentions.end(),
                                    [s](const Mention& m) { return m.ref.sentence < s; });
  for (auto it = first; it != mentions.end() && it->ref.sentence == s; ++it) {
    if (it->ref.head == head) return static_cast<int>(it - mentions.begin());
  }
  return -1;
}

// "Patrushev, the secretary": the apposition's head depends on the noun as `appos`. "Patrushev
// is the secretary": the predicate nominal has a copula and the noun as its subject.
void AppositionPass(const Document& doc, const std::vector<Mention>& mentions, Clusters& clusters) {
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.kind == Kind::kPronoun) continue;
    const Sentence& sentence = doc.sentences[static_cast<std::size_t>(m.ref.sentence)];
    const Token& head = sentence.tokens[static_cast<std::size_t>(m.ref.head)];
    int other = -1;
    if (head.deprel == "appos" && head.head >= 0) {
      other = MentionHeadedBy(mentions, m.ref.sentence, head.head);
    } else {
      bool copula = false;
      int subject = -1;
      for (int t = 0; t < static_cast<int>(sentence.tokens.size()); ++t) {
        const Token& child = sentence.tokens[static_cast<std::size_t>(t)];
        if (child.head != m.ref.head) continue;
        copula = copula || child.deprel == "cop";
        if (child.deprel == "nsubj") subject = t;
      }
      if (copula && subject >= 0) {
        other = MentionHeadedBy(mentions, m.ref.sentence, subject);
      }
    }
    if (other >= 0 && !Nested(mentions[static_cast<std::size_t>(other)], m)) {
      clusters.Merge(static_cast<std::size_t>(other), i);
    }
  }
}

bool Contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool AllIn(const std::vector<std::string>& words, const std::vector<std::string>& pool) {
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& w) { return Contains(pool, w); });
}

// Titles before a name, which one mention of a person has and another lacks ("Mr. Trump",
// "Donald Trump"; GUM dev +0.06 CoNLL F1).
constexpr std::array<std::string_view, 21> kNameTitles = {
    "mr.",     "mrs.",  "ms.",       "dr.",       "mr",       "mrs",       "ms",
    "dr",      "prof.", "president", "professor", "senator",  "sen.",      "gen.",
    "general", "sir",   "governor",  "gov.",      "minister", "secretary", "mayor"};

// A name's words without its titles; the words as they are when nothing else is left.
std::vector<std::string> WithoutTitles(const std::vector<std::string>& words) {
  std::vector<std::string> kept = words;
  std::erase_if(kept, [](const std::string& w) { return OneOf(w, kNameTitles); });
  return kept.empty() ? words : kept;
}

// Whether `later` may join the cluster of the earlier mention `earlier` by its head.
bool HeadMatches(const Mention& earlier, const Mention& later,
                 const std::vector<std::string>& cluster_words) {
  if (earlier.kind == Kind::kPronoun || later.kind == Kind::kPronoun) return false;
  if (later.indefinite || earlier.head != later.head || Nested(earlier, later)) return false;
  if (later.kind == Kind::kProper) {
    const std::vector<std::string> later_name = WithoutTitles(later.words);
    const std::vector<std::string> earlier_name = WithoutTitles(earlier.words);
    return earlier.kind == Kind::kProper &&
           (AllIn(later_name, earlier_name) || AllIn(earlier_name, later_name));
  }
  return earlier.number == later.number && AllIn(later.words, cluster_words);
}

// How many earlier mentions with the same head a mention is compared with, nearest first: a
// bound that only matters for huge texts, where a head such as "people" recurs thousands of
// times.
constexpr std::size_t kMaxHeadCandidates = 100;

void HeadMatchPass(const std::vector<Mention>& mentions, Clusters& clusters) {
  std::map<std::string, std::vector<std::size_t>> earlier_with_head;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    std::vector<std::size_t>& earlier = earlier_with_head[mentions[i].head];
    const std::size_t stop =
        earlier.size() > kMaxHeadCandidates ? earlier.size() - kMaxHeadCandidates : 0;
    for (std::size_t e = earlier.size(); e-- > stop;) {
      const std::size_t j = earlier[e];
      if (clusters.Find(i) == clusters.Find(j)) continue;
      std::vector<std::string> pool;
      for (std::size_t k : clusters.Members(j)) {
        pool.insert(pool.end(), mentions[k].words.begin(), mentions[k].words.end());
      }
      if (HeadMatches(mentions[j], mentions[i], pool)) {
        clusters.Merge(j, i);
        break;
      }
    }
    earlier.push_back(i);
  }
}

// First and second person: the nearest earlier pronoun of the same person (and number, except
// for "you"), however far: a text's "I" or "you" is mostly one speaker or reader throughout (GUM
// dev: +3.6 CoNLL F1 over a window of three sentences).
void ResolveSpeakerPronoun(const std::vector<Mention>& mentions, std::size_t p,
                           Clusters& clusters) {
  const Mention& pronoun = mentions[p];
  for (std::size_t j = p; j-- > 0;) {
    const Mention& c = mentions[j];
    if (c.resolvable && c.person == pronoun.person &&
        (c.number == pronoun.number || pronoun.person == 2)) {
      clusters.Merge(j, p);
      return;
    }
  }
}

void ResolveThirdPersonPronoun(const Document& doc, const std::vector<Mention>& mentions,
                               std::size_t p, Clusters& clusters) {
  std::vector<std::size_t> compatible;
  for (std::size_t c : Candidates(doc, mentions, p)) {
    if (ClusterAgrees(mentions, clusters, p, c)) compatible.push_back(c);
    if (compatible.size() == 2) break;
  }
  if (compatible.empty()) return;
  if (compatible.size() == 2) {
    const Mention& best = mentions[compatible[0]];
    const Mention& next = mentions[compatible[1]];
    // Two subjects of one sentence, of different entities ("Putin said Trump lied. He ..."):
    // agreement and salience cannot tell them apart, so no link rather than a coin toss.
    if (best.ref.sentence == next.ref.sentence && Salience(best) == Salience(next) &&
        best.subject && clusters.Find(compatible[0]) != clusters.Find(compatible[1])) {
      return;
    }
  }
  clusters.Merge(compatible[0], p);
}

}  // namespace

void LinkAllButThirdPersonPronouns(const Document& doc, const std::vector<Mention>& mentions,
                                   Clusters& clusters) {
  ExactMatchPass(mentions, clusters);
  AppositionPass(doc, mentions, clusters);
  HeadMatchPass(mentions, clusters);
  for (std::size_t p = 0; p < mentions.size(); ++p) {
    if (mentions[p].resolvable && mentions[p].person != 3) {
      ResolveSpeakerPronoun(mentions, p, clusters);
    }
  }
}

}  // namespace coref

std::vector<MentionCluster> ResolveCoreference(const Document& doc, const PronounRanker* ranker) {
  using namespace coref;
  const std::vector<Mention> mentions = DocumentMentions(doc);
  Clusters clusters(mentions.size());
  LinkAllButThirdPersonPronouns(doc, mentions, clusters);
  // First and second person pronouns only ever join each other, so resolving them first changes
  // nothing for the third-person ones.
  for (std::size_t p = 0; p < mentions.size(); ++p) {
    if (!mentions[p].resolvable || mentions[p].person != 3) continue;
    if (ranker == nullptr) {
      ResolveThirdPersonPronoun(doc, mentions, p, clusters);
    } else if (const auto antecedent = ranker->Antecedent(doc, mentions, clusters, p)) {
      clusters.Merge(*antecedent, p);
    }
  }
  std::map<std::size_t, MentionCluster> by_root;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    by_root[clusters.Find(i)].push_back(mentions[i].ref);
  }
  std::vector<MentionCluster> out;
  for (auto& [root, members] : by_root) {
    if (members.size() >= 2) out.push_back(std::move(members));
  }
  return out;
}

}  // namespace kgraph
