#include "core/eval/coref_eval.h"

#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "core/error.h"
#include "core/eval/optimal_assignment.h"

namespace kgraph {
namespace {

// An entity as the reference scorer holds it: the ids of its mentions. A key mention and the
// response mention with the same extent share an id; every other extent gets an id of its own.
using Chain = std::vector<int>;

struct Chains {
  std::vector<Chain> key;
  std::vector<Chain> response;
  CorefCounts mentions;
};

std::vector<std::vector<CorefMention>> UsedClusters(const CorefDocument& doc,
                                                    const CorefEvalOptions& options) {
  std::vector<std::vector<CorefMention>> used;
  for (const std::vector<CorefMention>& cluster : doc.clusters) {
    if (cluster.empty() || (!options.keep_singletons && cluster.size() == 1)) continue;
    used.push_back(cluster);
  }
  return used;
}

// CorScorer.pm's IdentifMentions: key mentions are numbered in order (a repeated key extent
// keeps its last number); a response mention that repeats a key extent already seen in the
// response is dropped, and clusters left empty with it; other response extents are numbered
// after the key's, the same extent the same number.
Chains IdentifyMentions(const std::vector<std::vector<CorefMention>>& key,
                        std::vector<std::vector<CorefMention>> response) {
  std::map<CorefMention, int> key_id;
  int next_id = 0;
  for (const auto& cluster : key) {
    for (const CorefMention& m : cluster) key_id[m] = next_id++;
  }
  std::set<CorefMention> matched;
  std::vector<std::vector<CorefMention>> kept;
  for (auto& cluster : response) {
    std::vector<CorefMention> unique;
    for (const CorefMention& m : cluster) {
      if (matched.contains(m)) continue;
      if (key_id.contains(m)) matched.insert(m);
      unique.push_back(m);
    }
    if (!unique.empty()) kept.push_back(std::move(unique));
  }
  Chains chains;
  std::map<CorefMention, int> twinless_id;
  for (const auto& cluster : kept) {
    Chain& chain = chains.response.emplace_back();
    for (const CorefMention& m : cluster) {
      auto in_key = key_id.find(m);
      if (in_key != key_id.end()) {
        chain.push_back(in_key->second);
      } else {
        auto [it, added] = twinless_id.emplace(m, next_id);
        next_id += added;
        chain.push_back(it->second);
      }
    }
  }
  for (const auto& cluster : key) {
    Chain& chain = chains.key.emplace_back();
    for (const CorefMention& m : cluster) chain.push_back(key_id[m]);
  }
  const double exact = static_cast<double>(matched.size());
  chains.mentions = {exact, static_cast<double>(key_id.size()), exact,
                     static_cast<double>(matched.size() + twinless_id.size())};
  return chains;
}

// The chain each id belongs to; an id in two chains belongs to the later (CorScorer's Indexa).
std::unordered_map<int, std::size_t> ChainOf(const std::vector<Chain>& chains) {
  std::unordered_map<int, std::size_t> index;
  for (std::size_t c = 0; c < chains.size(); ++c) {
    for (int id : chains[c]) index[id] = c;
  }
  return index;
}

// How many ids of `a` occur in `b` (an id repeated in `a` counts each time).
double Overlap(const Chain& a, const Chain& b) {
  const std::set<int> in_b(b.begin(), b.end());
  double common = 0;
  for (int id : a) common += in_b.contains(id);
  return common;
}

double Links(const std::vector<Chain>& chains) {
  double links = 0;
  for (const Chain& chain : chains) links += static_cast<double>(chain.size()) - 1;
  return links;
}

// A correct link per response mention that some later mention of its chain shares a key entity
// with (that is, sum over K, R of max(0, |K ∩ R| - 1)). Key mentions missing from the response
// would join it as singletons and twinless singletons would leave it; neither adds a link.
CorefCounts Muc(const Chains& chains) {
  const std::unordered_map<int, std::size_t> key_chain = ChainOf(chains.key);
  double correct = 0;
  for (const Chain& r : chains.response) {
    for (std::size_t i = 0; i < r.size(); ++i) {
      auto ki = key_chain.find(r[i]);
      if (ki == key_chain.end()) continue;
      for (std::size_t j = i + 1; j < r.size(); ++j) {
        auto kj = key_chain.find(r[j]);
        if (kj != key_chain.end() && kj->second == ki->second) {
          ++correct;
          break;
        }
      }
    }
  }
  return {correct, Links(chains.key), correct, Links(chains.response)};
}

double MentionCount(const std::vector<Chain>& chains) {
  double count = 0;
  for (const Chain& chain : chains) count += static_cast<double>(chain.size());
  return count;
}

CorefCounts BCubed(const Chains& chains) {
  const std::unordered_map<int, std::size_t> key_chain = ChainOf(chains.key);
  CorefCounts counts{0, MentionCount(chains.key), 0, MentionCount(chains.response)};
  for (const Chain& r : chains.response) {
    for (int id : r) {
      auto k = key_chain.find(id);
      if (k == key_chain.end()) continue;  // twinless: 0 towards precision
      const Chain& key = chains.key[k->second];
      const double common = Overlap(r, key);
      counts.precision_num += common / static_cast<double>(r.size());
      counts.recall_num += common / static_cast<double>(key.size());
    }
  }
  return counts;
}

double Phi4(const Chain& key, const Chain& response) {
  return 2 * Overlap(key, response) / static_cast<double>(key.size() + response.size());
}

CorefCounts CeafE(const Chains& chains) {
  std::vector<std::vector<double>> similarity(chains.key.size(),
                                              std::vector<double>(chains.response.size()));
  for (std::size_t k = 0; k < chains.key.size(); ++k) {
    for (std::size_t r = 0; r < chains.response.size(); ++r) {
      similarity[k][r] = Phi4(chains.key[k], chains.response[r]);
    }
  }
  double total = 0;
  const std::vector<int> aligned = MaxWeightAssignment(similarity);
  for (std::size_t k = 0; k < aligned.size(); ++k) {
    if (aligned[k] >= 0) total += similarity[k][static_cast<std::size_t>(aligned[k])];
  }
  return {total, static_cast<double>(chains.key.size()), total,
          static_cast<double>(chains.response.size())};
}

double Ratio(double num, double den) { return den == 0 ? 0.0 : num / den; }

void AppendLine(std::string& out, const char* name, const CorefCounts& c) {
  char line[256];
  std::snprintf(line, sizeof(line),
                "%-8s recall=%.2f (%.4f/%.0f) precision=%.2f (%.4f/%.0f) f1=%.2f\n", name,
                100 * c.Recall(), c.recall_num, c.recall_den, 100 * c.Precision(), c.precision_num,
                c.precision_den, 100 * c.F1());
  out += line;
}

}  // namespace

double CorefCounts::Recall() const { return Ratio(recall_num, recall_den); }
double CorefCounts::Precision() const { return Ratio(precision_num, precision_den); }

double CorefCounts::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

CorefCounts& CorefCounts::operator+=(const CorefCounts& other) {
  recall_num += other.recall_num;
  recall_den += other.recall_den;
  precision_num += other.precision_num;
  precision_den += other.precision_den;
  return *this;
}

double CorefScores::ConllF1() const { return (muc.F1() + b_cubed.F1() + ceaf_e.F1()) / 3; }

CorefScores& CorefScores::operator+=(const CorefScores& other) {
  mentions += other.mentions;
  muc += other.muc;
  b_cubed += other.b_cubed;
  ceaf_e += other.ceaf_e;
  return *this;
}

CorefScores ScoreCoref(const CorefDocument& key, const CorefDocument& response,
                       const CorefEvalOptions& options) {
  const Chains chains =
      IdentifyMentions(UsedClusters(key, options), UsedClusters(response, options));
  return {chains.mentions, Muc(chains), BCubed(chains), CeafE(chains)};
}

CorefCounts ScoreMentions(const CorefDocument& key, const CorefDocument& response) {
  const CorefEvalOptions all;
  return IdentifyMentions(UsedClusters(key, all), UsedClusters(response, all)).mentions;
}

CorefScores ScoreCorefCorpus(const std::vector<CorefDocument>& keys,
                             const std::vector<CorefDocument>& responses,
                             const CorefEvalOptions& options) {
  if (keys.size() != responses.size()) {
    throw Error("coreference scorer: " + std::to_string(keys.size()) + " key documents but " +
                std::to_string(responses.size()) + " response documents");
  }
  CorefScores total;
  for (std::size_t d = 0; d < keys.size(); ++d) total += ScoreCoref(keys[d], responses[d], options);
  return total;
}

std::string FormatCorefScores(const CorefScores& scores) {
  std::string out;
  AppendLine(out, "mentions", scores.mentions);
  AppendLine(out, "muc", scores.muc);
  AppendLine(out, "b3", scores.b_cubed);
  AppendLine(out, "ceafe", scores.ceaf_e);
  char last[128];
  std::snprintf(last, sizeof(last), "muc=%.2f b3=%.2f ceafe=%.2f conll=%.2f\n",
                100 * scores.muc.F1(), 100 * scores.b_cubed.F1(), 100 * scores.ceaf_e.F1(),
                100 * scores.ConllF1());
  out += last;
  return out;
}

}  // namespace kgraph
