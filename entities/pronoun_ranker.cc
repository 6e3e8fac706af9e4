#include "entities/pronoun_ranker.h"

#include <algorithm>
#include <map>

#include "core/io/model_file.h"
#include "core/text/char_class.h"
#include "entities/pronoun_candidates.h"

namespace kgraph {
namespace coref {
namespace {

// Feature templates. The numbers are part of the model format: never renumber, only append.
enum Template : FeatureHash {
  kLinkBias = 2001,
  kLinkPronoun,
  kAgreeRank,
  kAgreeRankPronoun,
  kRank,
  kDistanceSalience,
  kKindPronoun,
  kTypePronoun,
  kLemmaPronoun,
  kPronounPronoun,
  kDeprelPair,
  kEntitySize,
  kNumberPair,
  kGenderPair,
  kAnimacyPair,
  kAgreesDistance,
  kBothSubjects,
  kAgreeRankKind,
  kIndefinitePronoun,
  kNoneBias,
  kNonePronoun,
  kNoneAgreeing,
  kNoneNextWord,
  kNoneGovernor,
  kNoneDeprel,
  kValue,  // seed of hashed strings
};

FeatureHash F(Template t, FeatureHash a) { return MixHashes(t, a); }
FeatureHash F(Template t, FeatureHash a, FeatureHash b) { return MixHashes(MixHashes(t, a), b); }
FeatureHash H(std::string_view value) { return HashBytes(value, kValue); }
template <typename Enum>
FeatureHash E(Enum value) {
  return static_cast<FeatureHash>(value) + 1;
}

// The recognizer's type of the name covering the mention's head, or "none".
FeatureHash NamedType(const Document& doc, const Mention& m) {
  const EntityMention* named =
      NamedEntityAt(doc.sentences[static_cast<std::size_t>(m.ref.sentence)], m.ref.head);
  return named == nullptr ? 0 : E(named->type);
}

const Token& HeadToken(const Document& doc, const Mention& m) {
  return doc.sentences[static_cast<std::size_t>(m.ref.sentence)]
      .tokens[static_cast<std::size_t>(m.ref.head)];
}

// 1, 2 or "3 or more" mentions, and whether one of them is a name.
FeatureHash EntityShape(const std::vector<Mention>& mentions, Clusters& clusters, std::size_t c) {
  const std::vector<std::size_t>& members = clusters.Members(c);
  const bool named = std::any_of(members.begin(), members.end(),
                                 [&](std::size_t k) { return mentions[k].kind == Kind::kProper; });
  return MixHashes(std::min<std::size_t>(members.size(), 3), named ? 1 : 0);
}

// Where candidate `c` stands for pronoun `p`: `rank` in the rule's order, `agree_rank` among
// the candidates whose entity agrees with the pronoun (the rule takes agree_rank 0).
struct CandidatePlace {
  int rank = 0;
  int agree_rank = 0;
  bool agrees = false;
};

void CandidateFeatures(const Document& doc, const std::vector<Mention>& mentions,
                       Clusters& clusters, std::size_t p, std::size_t c, CandidatePlace place,
                       std::vector<FeatureHash>& out) {
  const Mention& pronoun = mentions[p];
  const Mention& m = mentions[c];
  const FeatureHash form = H(pronoun.head);
  const FeatureHash distance = static_cast<FeatureHash>(pronoun.ref.sentence - m.ref.sentence);
  const FeatureHash rank = static_cast<FeatureHash>(std::min(place.rank, 9));
  const FeatureHash agree_rank =
      place.agrees ? static_cast<FeatureHash>(std::min(place.agree_rank, 4)) : 99;
  const FeatureHash kind = E(m.kind);
  out.clear();
  out.push_back(F(kLinkBias, 0));
  out.push_back(F(kLinkPronoun, form));
  out.push_back(F(kAgreeRank, agree_rank));
  out.push_back(F(kAgreeRankPronoun, agree_rank, form));
  out.push_back(F(kRank, rank));
  out.push_back(F(kDistanceSalience, distance, static_cast<FeatureHash>(Salience(m))));
  out.push_back(F(kKindPronoun, kind, form));
  out.push_back(F(kTypePronoun, NamedType(doc, m), form));
  out.push_back(F(kLemmaPronoun, H(m.lemma), form));
  out.push_back(F(kPronounPronoun, m.kind == Kind::kPronoun ? H(m.head) : 0, form));
  out.push_back(F(kDeprelPair, H(HeadToken(doc, m).deprel), H(HeadToken(doc, pronoun).deprel)));
  out.push_back(F(kEntitySize, EntityShape(mentions, clusters, c)));
  out.push_back(F(kNumberPair, E(m.number), E(pronoun.number)));
  out.push_back(F(kGenderPair, E(m.gender), E(pronoun.gender)));
  out.push_back(F(kAnimacyPair, E(m.animacy), E(pronoun.animacy)));
  out.push_back(F(kAgreesDistance, place.agrees ? 1 : 0, distance));
  out.push_back(F(kBothSubjects, m.subject && pronoun.subject ? 1 : 0, distance));
  out.push_back(F(kAgreeRankKind, agree_rank, kind));
  out.push_back(F(kIndefinitePronoun, m.indefinite ? 1 : 0, form));
}

// "No antecedent": pleonastic and generic uses show in the words around the pronoun ("it is
// likely", "they say") and in how many candidates agree at all.
void NoneFeatures(const Document& doc, const Mention& pronoun, int agreeing,
                  std::vector<FeatureHash>& out) {
  const Sentence& sentence = doc.sentences[static_cast<std::size_t>(pronoun.ref.sentence)];
  const Token& head = HeadToken(doc, pronoun);
  const FeatureHash form = H(pronoun.head);
  const auto next = static_cast<std::size_t>(pronoun.ref.end);
  const FeatureHash next_word =
      next < sentence.tokens.size() ? H(AsciiLowercase(doc.Form(sentence.tokens[next]))) : 0;
  const bool has_governor = head.head >= 0 && head.head < static_cast<int>(sentence.tokens.size());
  const FeatureHash governor =
      has_governor ? H(sentence.tokens[static_cast<std::size_t>(head.head)].lemma) : 0;
  out.clear();
  out.push_back(F(kNoneBias, 0));
  out.push_back(F(kNonePronoun, form));
  out.push_back(F(kNoneAgreeing, static_cast<FeatureHash>(std::min(agreeing, 3)), form));
  out.push_back(F(kNoneNextWord, next_word, form));
  out.push_back(F(kNoneGovernor, governor, form));
  out.push_back(F(kNoneDeprel, H(head.deprel), form));
}

}  // namespace

PronounChoices ChoicesOf(const Document& doc, const std::vector<Mention>& mentions,
                         Clusters& clusters, std::size_t p) {
  PronounChoices choices;
  choices.candidates = Candidates(doc, mentions, p);
  if (choices.candidates.size() > kMaxRankedCandidates) {
    choices.candidates.resize(kMaxRankedCandidates);
  }
  CandidatePlace place;
  // Candidates often share an entity, whose agreement costs its size to check: once per entity.
  std::map<std::size_t, bool> agrees_by_entity;
  for (std::size_t c : choices.candidates) {
    const auto [known, added] = agrees_by_entity.emplace(clusters.Find(c), false);
    if (added) known->second = ClusterAgrees(mentions, clusters, p, c);
    place.agrees = known->second;
    CandidateFeatures(doc, mentions, clusters, p, c, place, choices.features.emplace_back());
    ++place.rank;
    if (place.agrees) ++place.agree_rank;
  }
  NoneFeatures(doc, mentions[p], place.agree_rank, choices.features.emplace_back());
  return choices;
}

}  // namespace coref

std::optional<std::size_t> PronounRanker::Antecedent(const Document& doc,
                                                     const std::vector<coref::Mention>& mentions,
                                                     coref::Clusters& clusters,
                                                     std::size_t p) const {
  const coref::PronounChoices choices = coref::ChoicesOf(doc, mentions, clusters, p);
  const std::size_t best = coref::BestChoice(model_, choices);
  if (best == choices.none()) return std::nullopt;
  return choices.candidates[best];
}

void PronounRanker::Save(const std::string& path) const {
  ModelWriter writer;
  model_.Save(writer);
  SaveModelFile(path, kCorefModelKind, kCorefModelVersion, writer);
}

std::unique_ptr<PronounRanker> PronounRanker::Load(const std::string& path) {
  ModelReader reader = LoadModelFile(path, kCorefModelKind, kCorefModelVersion);
  LinearModel model = LinearModel::Load(reader);
  if (model.class_count() != 2) reader.Fail("the pronoun ranker needs a model of 2 classes");
  reader.ExpectEnd();
  return std::make_unique<PronounRanker>(std::move(model));
}

}  // namespace kgraph
