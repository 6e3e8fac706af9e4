#include "entities/named_mentions.h"

#include <algorithm>
#include <array>

namespace kgraph {
namespace {

constexpr std::array<std::pair<std::string_view, EntityType>, 5> kGumTypes = {{
    {"person", EntityType::kPerson},
    {"organization", EntityType::kOrganization},
    {"place", EntityType::kPlace},
    {"event", EntityType::kEvent},
    {"time", EntityType::kTime},
}};

bool InRange(int index, int begin, int end) { return index >= begin && index < end; }

// The 0-based gold head of word `w`, -1 for the root.
int HeadOf(const ConlluSentence& sentence, int w) { return sentence.words[w].head - 1; }

// The first word of [begin, end) whose head lies outside the range: the mention's head.
int MentionHead(const ConlluSentence& sentence, int begin, int end) {
  for (int w = begin; w < end; ++w) {
    if (!InRange(HeadOf(sentence, w), begin, end)) return w;
  }
  return begin;
}

bool Is(const ConlluWord& word, std::string_view upos) { return word.upos == upos; }

// A title with the name attached to it ("physicist -flat-> John"): the first such PROPN, or -1.
int FlatName(const ConlluSentence& sentence, int head, int begin, int end) {
  for (int w = begin; w < end; ++w) {
    const ConlluWord& word = sentence.words[w];
    if (HeadOf(sentence, w) == head && Is(word, "PROPN") &&
        (word.deprel == "flat" || word.deprel == "appos")) {
      return w;
    }
  }
  return -1;
}

// Punctuation that does not occur inside names ("Bailey-Ross", "U.S.", "AT&T" keep theirs).
bool IsBreak(const ConlluWord& word) {
  if (word.xpos == "WDT" || word.xpos == "WP" || word.xpos == "WP$" || word.xpos == "WRB") {
    return true;
  }
  if (word.deprel.starts_with("acl") || word.deprel.starts_with("advcl")) return true;
  if (!Is(word, "PUNCT")) return false;
  return !(word.form == "-" || word.form == "." || word.form == "&" || word.form == "'" ||
           word.form == "’" || word.form == "/");
}

bool IsEdgeJunk(const ConlluWord& word) {
  return Is(word, "PUNCT") || Is(word, "DET") || word.xpos == "POS";
}

// The calendar expression around `head`: PROPN, NUM and punctuation words.
EntityMention TimeSpan(const ConlluSentence& sentence, int head, int begin, int end) {
  auto part = [&](int w) {
    const ConlluWord& word = sentence.words[w];
    return Is(word, "PROPN") || Is(word, "NUM") || Is(word, "PUNCT");
  };
  int b = head, e = head + 1;
  while (b > begin && part(b - 1)) --b;
  while (e < end && part(e)) ++e;
  return {b, e, EntityType::kTime};
}

EntityMention NameSpan(const ConlluSentence& sentence, int name_head, int begin, int end,
                       EntityType type) {
  int b = begin;
  for (int w = begin; w < name_head; ++w) {
    if (sentence.words[w].xpos == "POS") b = w + 1;  // "Saudi Arabia 's| Civil Defense ..."
  }
  int e = name_head + 1;
  while (e < end && !IsBreak(sentence.words[e])) ++e;
  return {b, e, type};
}

// Drops leading and trailing punctuation, determiners and possessive markers, never the head.
std::optional<EntityMention> Trim(EntityMention span, const ConlluSentence& sentence, int head) {
  while (span.begin < head && IsEdgeJunk(sentence.words[span.begin])) ++span.begin;
  while (span.end - 1 > head && IsEdgeJunk(sentence.words[span.end - 1])) --span.end;
  if (Is(sentence.words[head], "PUNCT")) return std::nullopt;
  return span;
}

}  // namespace

EntityType EntityTypeOfGumType(std::string_view gum_type) {
  for (const auto& [name, type] : kGumTypes) {
    if (name == gum_type) return type;
  }
  return EntityType::kOther;
}

std::optional<EntityMention> NamedSpan(const GumMention& mention, const ConlluSentence& sentence) {
  const int size = static_cast<int>(sentence.words.size());
  if (mention.begin < 0 || mention.end > size || mention.begin >= mention.end) return std::nullopt;
  const EntityType type = EntityTypeOfGumType(mention.type);
  const int head = MentionHead(sentence, mention.begin, mention.end);
  const ConlluWord& head_word = sentence.words[head];
  if (type == EntityType::kTime) {
    if (!Is(head_word, "PROPN") && !Is(head_word, "NUM")) return std::nullopt;
    return Trim(TimeSpan(sentence, head, mention.begin, mention.end), sentence, head);
  }
  if (Is(head_word, "PROPN")) {
    return Trim(NameSpan(sentence, head, mention.begin, mention.end, type), sentence, head);
  }
  const int flat = FlatName(sentence, head, mention.begin, mention.end);
  if (flat < 0) return std::nullopt;
  return Trim(NameSpan(sentence, flat, flat, mention.end, type), sentence, flat);
}

std::vector<std::vector<EntityMention>> NamedMentions(
    const GumDocument& document, const std::vector<ConlluSentence>& sentences) {
  std::vector<std::vector<EntityMention>> named(document.sentence_count);
  for (const GumMention& mention : document.mentions) {
    const ConlluSentence& sentence = sentences[document.first_sentence + mention.sentence];
    if (std::optional<EntityMention> span = NamedSpan(mention, sentence)) {
      named[mention.sentence].push_back(*span);
    }
  }
  for (std::vector<EntityMention>& spans : named) {
    // Outermost first: by start, then longest; a span overlapping a kept one is dropped.
    std::stable_sort(spans.begin(), spans.end(),
                     [](const EntityMention& a, const EntityMention& b) {
                       return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
                     });
    std::vector<EntityMention> kept;
    for (const EntityMention& span : spans) {
      if (kept.empty() || span.begin >= kept.back().end) kept.push_back(span);
    }
    spans = std::move(kept);
  }
  return named;
}

std::vector<Document> GoldEntityDocuments(const std::vector<ConlluSentence>& sentences,
                                          const std::string& source) {
  std::vector<Document> documents;
  for (const GumDocument& document : ReadGumEntities(sentences, source)) {
    const auto first = sentences.begin() + static_cast<std::ptrdiff_t>(document.first_sentence);
    const std::vector<ConlluSentence> own(
        first, first + static_cast<std::ptrdiff_t>(document.sentence_count));
    Document doc = DocumentFromGoldWords(own, document.id);
    std::vector<std::vector<EntityMention>> named = NamedMentions(document, sentences);
    for (std::size_t s = 0; s < named.size(); ++s) doc.sentences[s].entities = std::move(named[s]);
    documents.push_back(std::move(doc));
  }
  return documents;
}

}  // namespace kgraph
