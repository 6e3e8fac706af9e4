#include "entities/ner_document_evidence.h"

#include <algorithm>
#include <set>
#include <utility>

namespace kgraph {
namespace {

// Hash seeds of the kinds of evidence; part of the model format.
enum EvidenceKind : FeatureHash {
  kGoverningPreposition = 7001,
  kWordBefore,
  kWordAfter,
  kVerbRelation,
  kKindsBefore,
  kKindsAfter,
  kTag,
  kLowercaseElsewhere,
};

bool StartsCapitalized(std::string_view form) {
  return !form.empty() && form.front() >= 'A' && form.front() <= 'Z';
}

std::string LowerForm(const Document& doc, const Sentence& sentence, int i) {
  if (i < 0 || i >= static_cast<int>(sentence.tokens.size())) return "<edge>";
  return LowercaseWord(doc.Form(sentence.tokens[static_cast<std::size_t>(i)]));
}

// The gazetteer kinds of each word of a sentence of `size` words, as bit sets.
std::vector<unsigned> KindsOf(const std::vector<GazetteerMatch>& matches, std::size_t size) {
  std::vector<unsigned> kinds(size + 2, 0);  // with a word before and after
  for (const GazetteerMatch& match : matches) {
    for (int w = match.begin; w < match.end; ++w) {
      kinds[static_cast<std::size_t>(w + 1)] |= 1u << static_cast<int>(match.kind);
    }
  }
  return kinds;
}

// The contexts of word `i` of `sentence`, each kind of evidence at most once.
std::vector<FeatureHash> ContextsOf(const Document& doc, const Sentence& sentence, int i,
                                    const std::vector<unsigned>& kinds,
                                    const std::vector<int>& case_dependents) {
  const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
  std::vector<FeatureHash> items;
  items.push_back(HashBytes(LowerForm(doc, sentence, i - 1), kWordBefore));
  items.push_back(HashBytes(LowerForm(doc, sentence, i + 1), kWordAfter));
  if (kinds[static_cast<std::size_t>(i)] != 0) {
    items.push_back(MixHashes(kKindsBefore, kinds[static_cast<std::size_t>(i)]));
  }
  if (kinds[static_cast<std::size_t>(i + 2)] != 0) {
    items.push_back(MixHashes(kKindsAfter, kinds[static_cast<std::size_t>(i + 2)]));
  }
  items.push_back(MixHashes(kTag, static_cast<FeatureHash>(token.upos)));
  const int preposition = case_dependents[static_cast<std::size_t>(i)];
  if (preposition >= 0) {
    items.push_back(HashBytes(LowerForm(doc, sentence, preposition), kGoverningPreposition));
  }
  const int n = static_cast<int>(sentence.tokens.size());
  if (token.head >= 0 && token.head < n &&
      sentence.tokens[static_cast<std::size_t>(token.head)].upos == Upos::kVerb) {
    const std::string& verb = sentence.tokens[static_cast<std::size_t>(token.head)].lemma;
    items.push_back(MixHashes(HashBytes(token.deprel, kVerbRelation), HashBytes(verb, 0)));
  }
  return items;
}

// Each distinct item of `all` with its count, the most frequent first.
std::vector<NerDocumentEvidence::RankedItem> Ranked(std::vector<FeatureHash> all) {
  std::sort(all.begin(), all.end());
  std::vector<NerDocumentEvidence::RankedItem> ranked;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    ranked.push_back({all[i], static_cast<std::uint32_t>(j - i)});
    i = j;
  }
  std::sort(ranked.begin(), ranked.end());
  return ranked;
}

}  // namespace

std::vector<int> FirstCaseDependents(const Sentence& sentence) {
  const int n = static_cast<int>(sentence.tokens.size());
  std::vector<int> first(sentence.tokens.size(), -1);
  for (int w = 0; w < n; ++w) {
    const Token& token = sentence.tokens[static_cast<std::size_t>(w)];
    if (token.deprel == "case" && token.head >= 0 && token.head < n &&
        first[static_cast<std::size_t>(token.head)] < 0) {
      first[static_cast<std::size_t>(token.head)] = w;
    }
  }
  return first;
}

NerDocumentEvidence::NerDocumentEvidence(const Document& doc, const Gazetteer& gazetteer)
    : doc_(&doc), own_(doc.sentences.size()), matches_(doc.sentences.size()) {
  std::set<std::string, std::less<>> lowercase;  // the forms written in lower case
  for (const Sentence& sentence : doc.sentences) {
    for (const Token& token : sentence.tokens) {
      const std::string_view form = doc.Form(token);
      if (!form.empty() && form.front() >= 'a' && form.front() <= 'z') lowercase.emplace(form);
    }
  }
  std::map<std::string_view, std::vector<FeatureHash>> items_by_form;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    matches_[s] = gazetteer.Matches(doc, sentence);
    const std::vector<unsigned> kinds = KindsOf(matches_[s], sentence.tokens.size());
    const std::vector<int> case_dependents = FirstCaseDependents(sentence);
    own_[s].resize(sentence.tokens.size());
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      const std::string_view form = doc.Form(sentence.tokens[t]);
      if (!StartsCapitalized(form)) continue;
      own_[s][t] = ContextsOf(doc, sentence, static_cast<int>(t), kinds, case_dependents);
      std::vector<FeatureHash>& all = items_by_form[form];
      all.insert(all.end(), own_[s][t].begin(), own_[s][t].end());
    }
  }
  for (auto& [form, all] : items_by_form) {
    FormEvidence& evidence = forms_[std::string(form)];
    evidence.ranked = Ranked(std::move(all));
    evidence.lowercase_elsewhere = lowercase.contains(LowercaseWord(form));
  }
}

std::vector<FeatureHash> NerDocumentEvidence::Of(std::size_t sentence, std::size_t token) const {
  const auto it = forms_.find(doc_->Form(doc_->sentences[sentence].tokens[token]));
  if (it == forms_.end()) return {};
  const std::vector<FeatureHash>& own = own_[sentence][token];
  // Taking this occurrence's own items out lowers only their counts, so the best kMaxItems of
  // the others are among the first kMaxItems + own.size() of all.
  std::vector<RankedItem> candidates;
  for (std::size_t i = 0; i < it->second.ranked.size() && i < kMaxItems + own.size(); ++i) {
    RankedItem item = it->second.ranked[i];
    item.count -= static_cast<std::uint32_t>(std::count(own.begin(), own.end(), item.item));
    if (item.count > 0) candidates.push_back(item);
  }
  std::sort(candidates.begin(), candidates.end());
  std::vector<FeatureHash> items;
  for (std::size_t i = 0; i < candidates.size() && i < kMaxItems; ++i) {
    items.push_back(candidates[i].item);
  }
  if (it->second.lowercase_elsewhere) items.push_back(kLowercaseElsewhere);
  std::sort(items.begin(), items.end());
  return items;
}

}  // namespace kgraph
