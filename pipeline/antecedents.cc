#include "pipeline/antecedents.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/text/char_class.h"

namespace kgraph {
namespace {

ByteSpan SpanOf(const Document& doc, const MentionRef& mention) {
  const std::vector<Token>& tokens = doc.sentences[mention.sentence].tokens;
  return {tokens[mention.begin].span.begin, tokens[mention.end - 1].span.end};
}

// The proper name that heads a mention: its head with the words joined to it as flat or
// compound parts ("Dmitry Peskov" in "Dmitry Peskov, who is currently in New York"; not "Russia"
// in "President of Russia Vladimir Putin").
ByteSpan NameOf(const Document& doc, const MentionRef& mention) {
  const std::vector<Token>& tokens = doc.sentences[mention.sentence].tokens;
  auto part_of_name = [&](int t) {
    for (int steps = 0; steps < 8 && t != mention.head; ++steps) {
      const Token& token = tokens[t];
      if (!token.deprel.starts_with("flat") && !token.deprel.starts_with("compound")) return false;
      if (token.head < mention.begin || token.head >= mention.end) return false;
      t = token.head;
    }
    return t == mention.head;
  };
  int begin = mention.head, end = mention.head + 1;
  for (int t = mention.begin; t < mention.end; ++t) {
    if (t == mention.head || !part_of_name(t)) continue;
    begin = std::min(begin, t);
    end = std::max(end, t + 1);
  }
  return {tokens[begin].span.begin, tokens[end - 1].span.end};
}

bool IsName(const Document& doc, const MentionRef& mention) {
  return doc.sentences[mention.sentence].tokens[mention.head].upos == Upos::kPropn;
}

// Whether a referring mention may stand for its name in the graph: a description ("the FSB
// director") or a third-person pronoun. "I", "we" and "you" mostly stand for a speaker inside a
// quotation, and "it" rarely for a named entity, so they are left alone.
bool MayStandForName(const Document& doc, const MentionRef& mention) {
  const Token& head = doc.sentences[mention.sentence].tokens[mention.head];
  if (head.upos != Upos::kPron) return head.upos == Upos::kNoun;
  static constexpr std::string_view kThirdPerson[] = {"he",   "him",  "his",  "she",   "her",
                                                      "hers", "they", "them", "their", "theirs"};
  const std::string form = AsciiLowercase(doc.Form(head));
  for (std::string_view pronoun : kThirdPerson) {
    if (form == pronoun) return true;
  }
  return false;
}

// The name each referring mention stands for, keyed by the byte span of the mention and of its
// head word (an argument is found by either: "he" is both, "the FSB director" may have been cut
// to its head phrase).
class Antecedents {
 public:
  Antecedents(const Document& doc, const std::vector<MentionCluster>& clusters) {
    for (const MentionCluster& cluster : clusters) {
      // The fullest name of the entity: "Barack Obama" rather than "Obama" (first on ties).
      std::optional<MentionRef> name;
      for (const MentionRef& mention : cluster) {
        if (IsName(doc, mention) &&
            (!name || mention.end - mention.begin > name->end - name->begin)) {
          name = mention;
        }
      }
      if (!name) continue;
      for (const MentionRef& mention : cluster) {
        if (IsName(doc, mention) || !MayStandForName(doc, mention)) continue;
        name_of_[Key(SpanOf(doc, mention))] = NameOf(doc, *name);
      }
    }
  }

  std::optional<ByteSpan> NameFor(ByteSpan argument) const {
    auto it = name_of_.find(Key(argument));
    if (it == name_of_.end()) return std::nullopt;
    return it->second;
  }

 private:
  static std::pair<std::uint32_t, std::uint32_t> Key(ByteSpan span) {
    return {span.begin, span.end};
  }
  std::map<std::pair<std::uint32_t, std::uint32_t>, ByteSpan> name_of_;
};

// The part of an argument that names it: its head phrase when the extractor set one.
ByteSpan NamingPart(ByteSpan argument, ByteSpan head) { return head.empty() ? argument : head; }

}  // namespace

std::size_t LinkArgumentsToAntecedents(const Document& doc,
                                       const std::vector<MentionCluster>& clusters,
                                       std::vector<Triple>& triples) {
  const Antecedents antecedents(doc, clusters);
  std::size_t linked = 0;
  for (Triple& triple : triples) {
    const bool has_object = !triple.clausal_object && !triple.object.empty();
    std::optional<ByteSpan> subject =
        antecedents.NameFor(NamingPart(triple.subject, triple.subject_head));
    std::optional<ByteSpan> object =
        has_object ? antecedents.NameFor(NamingPart(triple.object, triple.object_head))
                   : std::nullopt;
    // "the watchdog — be — OSCE": both ends one entity; linking would only make a loop.
    const ByteSpan object_name = object ? *object : NamingPart(triple.object, triple.object_head);
    const ByteSpan subject_name =
        subject ? *subject : NamingPart(triple.subject, triple.subject_head);
    if (has_object && subject_name == object_name) continue;
    if (subject) triple.subject_head = *subject, ++linked;
    if (object) triple.object_head = *object, ++linked;
  }
  return linked;
}

}  // namespace kgraph
