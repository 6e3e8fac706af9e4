#include "entities/ner_eval.h"

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "core/conllu/gum_entities.h"
#include "core/error.h"
#include "core/text/char_class.h"
#include "entities/coreference.h"
#include "entities/named_mentions.h"

namespace kgraph {
namespace {

// A typed mention in non-space coordinates of its document.
using CharMention = std::tuple<std::uint32_t, std::uint32_t, EntityType>;

SpanScore Sum(const EntityScores& scores, std::initializer_list<EntityType> types) {
  SpanScore sum;
  for (EntityType type : types) {
    const SpanScore& one = scores.per_type[static_cast<int>(type)];
    sum.gold += one.gold;
    sum.system += one.system;
    sum.correct += one.correct;
  }
  return sum;
}

void Score(std::vector<CharMention> gold, std::vector<CharMention> system, EntityScores& scores) {
  std::sort(gold.begin(), gold.end());
  std::sort(system.begin(), system.end());
  for (const CharMention& m : gold) ++scores.per_type[static_cast<int>(std::get<2>(m))].gold;
  for (const CharMention& m : system) {
    const int type = static_cast<int>(std::get<2>(m));
    ++scores.per_type[type].system;
    scores.per_type[type].correct += std::binary_search(gold.begin(), gold.end(), m);
  }
}

// Non-space offsets of each gold word: [begin, end) per word of each sentence of a document.
using WordSpans = std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>>;

std::uint32_t NonSpaceSize(std::string_view text) {
  return static_cast<std::uint32_t>(WithoutSpaces(text).size());
}

// Appends the spans of `sentence`'s words starting at `offset`; returns the offset after it.
std::uint32_t AddWordSpans(const ConlluSentence& sentence, std::uint32_t offset, WordSpans& out) {
  auto& spans = out.emplace_back(sentence.words.size());
  std::size_t w = 0;
  for (const ConlluMultiword& token : sentence.multiwords) {
    for (; w < sentence.words.size() && sentence.words[w].id < token.first; ++w) {
      spans[w] = {offset, offset + NonSpaceSize(sentence.words[w].form)};
      offset = spans[w].second;
    }
    const std::uint32_t size = NonSpaceSize(token.form);
    std::string spelled;
    std::size_t last = w;
    while (last < sentence.words.size() && sentence.words[last].id <= token.last) {
      spelled += WithoutSpaces(sentence.words[last++].form);
    }
    const bool spells = spelled == WithoutSpaces(token.form);
    for (std::uint32_t at = offset; w < last; ++w) {
      const std::uint32_t end = at + NonSpaceSize(sentence.words[w].form);
      spans[w] = spells ? std::pair(at, end) : std::pair(offset, offset + size);
      at = end;
    }
    offset += size;
  }
  for (; w < sentence.words.size(); ++w) {
    spans[w] = {offset, offset + NonSpaceSize(sentence.words[w].form)};
    offset = spans[w].second;
  }
  return offset;
}

// The non-space spans of the words of `document`; `characters` receives its non-space size.
WordSpans GoldWordSpans(const GumDocument& document, const std::vector<ConlluSentence>& gold,
                        std::uint32_t& characters) {
  WordSpans spans;
  std::uint32_t offset = 0;
  for (std::size_t s = 0; s < document.sentence_count; ++s) {
    offset = AddWordSpans(gold[document.first_sentence + s], offset, spans);
  }
  characters = offset;
  return spans;
}

// The gold named mentions of `document`.
std::vector<CharMention> GoldMentions(const GumDocument& document,
                                      const std::vector<ConlluSentence>& gold,
                                      const WordSpans& spans) {
  std::vector<CharMention> mentions;
  const auto named = NamedMentions(document, gold);
  for (std::size_t s = 0; s < named.size(); ++s) {
    for (const EntityMention& m : named[s]) {
      mentions.emplace_back(spans[s][m.begin].first, spans[s][m.end - 1].second, m.type);
    }
  }
  return mentions;
}

// Coreference mentions in non-space coordinates: one "sentence" 0, words = characters, so that
// system and gold tokenizations compare.
CorefMention CharCorefMention(std::uint32_t begin, std::uint32_t end) {
  return {0, static_cast<int>(begin), static_cast<int>(end)};
}

CorefDocument GoldClusters(const GumDocument& document, const WordSpans& spans) {
  CorefDocument key;
  for (const auto& [id, members] : EntityClusters(document)) {
    std::vector<CorefMention>& cluster = key.clusters.emplace_back();
    for (std::size_t m : members) {
      const GumMention& mention = document.mentions[m];
      const auto& words = spans[static_cast<std::size_t>(mention.sentence)];
      cluster.push_back(CharCorefMention(words[static_cast<std::size_t>(mention.begin)].first,
                                         words[static_cast<std::size_t>(mention.end - 1)].second));
    }
  }
  return key;
}

CorefDocument SystemClusters(const std::vector<MentionCluster>& clusters, const Document& doc,
                             const std::vector<std::uint32_t>& offsets) {
  CorefDocument response;
  for (const MentionCluster& cluster : clusters) {
    std::vector<CorefMention>& out = response.clusters.emplace_back();
    for (const MentionRef& m : cluster) {
      const Sentence& sentence = doc.sentences[static_cast<std::size_t>(m.sentence)];
      out.push_back(
          CharCorefMention(offsets[sentence.tokens[static_cast<std::size_t>(m.begin)].span.begin],
                           offsets[sentence.tokens[static_cast<std::size_t>(m.end - 1)].span.end]));
    }
  }
  return response;
}

std::vector<CharMention> SystemMentions(const Document& doc,
                                        const std::vector<std::uint32_t>& offsets) {
  std::vector<CharMention> mentions;
  for (const Sentence& sentence : doc.sentences) {
    for (const EntityMention& m : sentence.entities) {
      mentions.emplace_back(offsets[sentence.tokens[m.begin].span.begin],
                            offsets[sentence.tokens[m.end - 1].span.end], m.type);
    }
  }
  return mentions;
}

Document GoldTokenDocument(const GumDocument& document, const std::vector<ConlluSentence>& gold) {
  std::vector<ConlluSentence> sentences(
      gold.begin() + static_cast<std::ptrdiff_t>(document.first_sentence),
      gold.begin() +
          static_cast<std::ptrdiff_t>(document.first_sentence + document.sentence_count));
  return DocumentFromGoldWords(sentences, document.id);
}

}  // namespace

SpanScore EntityScores::Core() const {
  return Sum(*this, {EntityType::kPerson, EntityType::kOrganization, EntityType::kPlace});
}

SpanScore EntityScores::All() const {
  return Sum(*this, {EntityType::kPerson, EntityType::kOrganization, EntityType::kPlace,
                     EntityType::kEvent, EntityType::kTime, EntityType::kOther});
}

void ScoreSentenceMentions(const std::vector<EntityMention>& gold,
                           const std::vector<EntityMention>& system, EntityScores& scores) {
  auto convert = [](const std::vector<EntityMention>& mentions) {
    std::vector<CharMention> out;
    for (const EntityMention& m : mentions) {
      out.emplace_back(static_cast<std::uint32_t>(m.begin), static_cast<std::uint32_t>(m.end),
                       m.type);
    }
    return out;
  };
  Score(convert(gold), convert(system), scores);
}

EntityScores EvaluateEntities(const std::vector<ConlluSentence>& gold, const std::string& source,
                              const Tokenizer* tokenizer, const EntityAnalyzeFunction& analyze,
                              const CorefFunction& resolve) {
  const std::vector<GumDocument> documents = ReadGumEntities(gold, source);
  std::vector<GoldDocument> raw;
  if (tokenizer != nullptr) {
    raw = RebuildGoldDocuments(gold);
    if (raw.size() != documents.size()) throw Error("documents of the gold file do not match");
  }
  EntityScores scores;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    Document doc =
        tokenizer != nullptr ? std::move(raw[d].doc) : GoldTokenDocument(documents[d], gold);
    if (tokenizer != nullptr) tokenizer->Tokenize(doc);
    analyze(doc);
    std::uint32_t characters = 0;
    const WordSpans spans = GoldWordSpans(documents[d], gold, characters);
    if (characters != NonSpaceSize(doc.text)) {
      const ConlluSentence& first = gold[documents[d].first_sentence];
      throw Error("the gold words of document '" + documents[d].id +
                      "' do not spell its sentence text (# text)",
                  {source, first.line ? std::optional(first.line) : std::nullopt, {}});
    }
    const std::vector<std::uint32_t> offsets = NonSpaceOffsets(doc.text);
    Score(GoldMentions(documents[d], gold, spans), SystemMentions(doc, offsets), scores);
    scores.coref +=
        ScoreCoref(GoldClusters(documents[d], spans), SystemClusters(resolve(doc), doc, offsets),
                   {.keep_singletons = false});
  }
  return scores;
}

std::string FormatEntityScores(const EntityScores& scores) {
  std::string out;
  for (int t = 0; t < kEntityTypeCount; ++t) {
    out += FormatSpanScore(std::string(EntityTypeName(static_cast<EntityType>(t))),
                           scores.per_type[t]);
  }
  out += FormatSpanScore("PERSON+ORGANIZATION+PLACE", scores.Core());
  out += FormatSpanScore("all types", scores.All());
  return out;
}

}  // namespace kgraph
