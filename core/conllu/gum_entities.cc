#include "core/conllu/gum_entities.h"

#include <algorithm>

namespace kgraph {
namespace {

// Splits a bracket body at '-' into at most 8 fields (the 8th, identity, keeps any rest).
std::vector<std::string_view> SplitFields(std::string_view body) {
  std::vector<std::string_view> fields;
  while (fields.size() < 7) {
    std::size_t dash = body.find('-');
    if (dash == std::string_view::npos) break;
    fields.push_back(body.substr(0, dash));
    body.remove_prefix(dash + 1);
  }
  fields.push_back(body);
  return fields;
}

GumMention OpenMention(std::string_view body, int sentence, int word,
                       const ErrorLocation& location) {
  std::vector<std::string_view> f = SplitFields(body);
  if (f.size() < 2 || f[0].empty() || f[1].empty()) {
    throw Error(
        "malformed Entity bracket '(" + std::string(body) + "': expected at least eid-etype",
        location);
  }
  GumMention mention;
  mention.sentence = sentence;
  mention.begin = word;
  mention.end = word + 1;
  mention.line = location.line.value_or(0);
  std::string* fields[] = {&mention.entity_id, &mention.type,      &mention.infstat,
                           &mention.salience,  &mention.centering, &mention.minspan,
                           &mention.link,      &mention.identity};
  for (std::size_t i = 0; i < f.size(); ++i) fields[i]->assign(f[i]);
  return mention;
}

void CloseMention(std::string_view eid, int word, const ErrorLocation& location,
                  std::vector<GumMention>& open, std::vector<GumMention>& closed) {
  auto it = std::find_if(open.rbegin(), open.rend(),
                         [&](const GumMention& m) { return m.entity_id == eid; });
  if (it == open.rend()) {
    throw Error("Entity bracket '" + std::string(eid) + ")' closes no open mention", location);
  }
  GumMention mention = std::move(*it);
  open.erase(std::next(it).base());
  mention.end = word + 1;
  closed.push_back(std::move(mention));
}

// Mentions in document order; outer (longer) before inner at the same start. Of two mentions
// with the same words the one closed later is the outer one ("(6(7 ... 7)6)"): reversing the
// closing order first puts it first in the stable sort.
void SortMentions(std::vector<GumMention>& mentions) {
  std::reverse(mentions.begin(), mentions.end());
  std::stable_sort(mentions.begin(), mentions.end(), [](const GumMention& a, const GumMention& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
}

}  // namespace

std::string_view MiscValue(std::string_view misc, std::string_view key) {
  while (!misc.empty()) {
    std::size_t bar = misc.find('|');
    std::string_view item = misc.substr(0, bar);
    if (item.size() > key.size() && item.starts_with(key) && item[key.size()] == '=') {
      return item.substr(key.size() + 1);
    }
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return {};
}

void ApplyEntityBrackets(std::string_view value, int sentence, int word,
                         const ErrorLocation& location, std::vector<GumMention>& open,
                         std::vector<GumMention>& closed) {
  std::size_t at = 0;
  while (at < value.size()) {
    if (value[at] == '(') {
      std::size_t end = value.find_first_of("()", at + 1);
      std::string_view body =
          value.substr(at + 1, end == std::string_view::npos ? end : end - at - 1);
      open.push_back(OpenMention(body, sentence, word, location));
      at = end == std::string_view::npos ? value.size() : end;
      if (at < value.size() && value[at] == ')') {  // a one-word mention "(…)"
        closed.push_back(std::move(open.back()));
        open.pop_back();
        ++at;
      }
      continue;
    }
    std::size_t close = value.find_first_of("()", at);
    if (close == std::string_view::npos || value[close] != ')' || close == at) {
      throw Error("malformed Entity value '" + std::string(value) + "' at '" +
                      std::string(value.substr(at)) + "'",
                  location);
    }
    CloseMention(value.substr(at, close - at), word, location, open, closed);
    at = close + 1;
  }
}

std::vector<GumDocument> ReadGumEntities(const std::vector<ConlluSentence>& sentences,
                                         const std::string& source) {
  std::vector<GumDocument> documents;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const ConlluSentence& sentence = sentences[s];
    if (documents.empty() || !sentence.newdoc_id.empty()) {
      documents.emplace_back().id = sentence.newdoc_id;
      documents.back().first_sentence = s;
    }
    GumDocument& document = documents.back();
    const int index = static_cast<int>(document.sentence_count++);
    std::vector<GumMention> open;
    for (std::size_t w = 0; w < sentence.words.size(); ++w) {
      const ConlluWord& word = sentence.words[w];
      std::string_view value = MiscValue(word.misc, "Entity");
      if (value.empty()) continue;
      ErrorLocation location{source, word.line ? std::optional(word.line) : std::nullopt, {}};
      ApplyEntityBrackets(value, index, static_cast<int>(w), location, open, document.mentions);
    }
    if (!open.empty()) {
      throw Error("mention " + open.back().entity_id + " (" + open.back().type +
                      ") is not closed in its sentence",
                  {source, open.back().line ? std::optional(open.back().line) : std::nullopt, {}});
    }
  }
  for (GumDocument& document : documents) SortMentions(document.mentions);
  return documents;
}

std::map<std::string, std::vector<std::size_t>> EntityClusters(const GumDocument& document) {
  std::map<std::string, std::vector<std::size_t>> clusters;
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    clusters[document.mentions[m].entity_id].push_back(m);
  }
  return clusters;
}

}  // namespace kgraph
