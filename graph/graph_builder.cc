#include "graph/graph_builder.h"

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "entities/gazetteer.h"
#include "graph/acronyms.h"
#include "graph/entity_typer.h"

namespace kgraph {
namespace {

void CheckSpan(const Document& doc, ByteSpan span, const char* what) {
  if (span.begin > span.end || span.end > doc.text.size()) {
    throw Error(std::string("triple ") + what + " span [" + std::to_string(span.begin) + ", " +
                    std::to_string(span.end) + ") is outside the document text",
                ErrorLocation{doc.id, std::nullopt, span.begin});
  }
}

const Sentence& SentenceOf(const Document& doc, const Triple& triple) {
  if (triple.sentence >= doc.sentences.size()) {
    throw Error("triple refers to sentence " + std::to_string(triple.sentence) + " of " +
                    std::to_string(doc.sentences.size()),
                ErrorLocation{doc.id, std::nullopt, triple.subject.begin});
  }
  CheckSpan(doc, triple.subject, "subject");
  CheckSpan(doc, triple.relation, "relation");
  CheckSpan(doc, triple.object, "object");
  CheckSpan(doc, triple.subject_head, "subject head");
  CheckSpan(doc, triple.object_head, "object head");
  CheckSpan(doc, triple.attribution, "attribution");
  for (ByteSpan span : triple.extra_arguments) CheckSpan(doc, span, "argument");
  for (ByteSpan span : triple.mentioned) CheckSpan(doc, span, "mentioned entity");
  return doc.sentences[triple.sentence];
}

// Evidence shows its sentence; a run-on "sentence" (the tokenizer caps them at 500 tokens) is
// cut to the words around the triple, so one fact repeated in a huge file cannot fill memory
// with copies of a whole megabyte-sized line.
constexpr std::uint32_t kMaxSentenceTextBytes = 1000;
constexpr std::uint32_t kContextBytes = 300;

std::string SentenceText(const Document& doc, const Sentence& sentence, ByteSpan triple) {
  if (sentence.span.size() <= kMaxSentenceTextBytes) return NormalizedText(doc, sentence.span);
  const std::uint32_t from = triple.begin > sentence.span.begin + kContextBytes
                                 ? triple.begin - kContextBytes
                                 : sentence.span.begin;
  const std::uint32_t to = std::min(sentence.span.end, triple.end + kContextBytes);
  ByteSpan window{triple.begin, triple.end};
  const std::span<const Token> inside = TokensWithin(sentence, {from, to});
  if (!inside.empty()) {  // widen to whole tokens inside [from, to)
    window.begin = std::min(window.begin, inside.front().span.begin);
    window.end = std::max(window.end, inside.back().span.end);
  }
  // Built in one exactly sized string: a million pieces of evidence must not each carry the
  // slack of a reallocation.
  static constexpr std::string_view kBefore = "… ";
  static constexpr std::string_view kAfter = " …";
  const std::string body = NormalizedText(doc, window);
  const bool cut_before = window.begin > sentence.span.begin;
  const bool cut_after = window.end < sentence.span.end;
  std::string text;
  text.reserve(body.size() + (cut_before ? kBefore.size() : 0) + (cut_after ? kAfter.size() : 0));
  if (cut_before) text += kBefore;
  text += body;
  if (cut_after) text += kAfter;
  return text;
}

// The bytes of the whole fact: every argument and the relation (not the attribution, which is
// the reporting clause around it).
ByteSpan FactSpan(const Triple& triple) {
  ByteSpan span{std::min({triple.subject.begin, triple.relation.begin, triple.object.begin}),
                std::max({triple.subject.end, triple.relation.end, triple.object.end})};
  for (ByteSpan argument : triple.extra_arguments) {
    if (argument.empty()) continue;
    span.begin = std::min(span.begin, argument.begin);
    span.end = std::max(span.end, argument.end);
  }
  return span;
}

Evidence MakeEvidence(const Document& doc, const Triple& triple, const Sentence& sentence,
                      std::string_view extractor) {
  Evidence evidence;
  evidence.document = doc.id;
  evidence.sentence = static_cast<std::uint32_t>(triple.sentence);
  evidence.span = FactSpan(triple);
  evidence.sentence_text = SentenceText(doc, sentence, evidence.span);
  evidence.confidence = triple.confidence;
  evidence.extractor = std::string(extractor);
  evidence.subject_text = NormalizedText(doc, triple.subject);
  evidence.relation_text =
      triple.relation_text.empty() ? NormalizedText(doc, triple.relation) : triple.relation_text;
  evidence.object_text = NormalizedText(doc, triple.object);
  for (ByteSpan argument : triple.extra_arguments) {
    evidence.extra_arguments.push_back(NormalizedText(doc, argument));
  }
  evidence.attributed_to = NormalizedText(doc, triple.attribution);
  evidence.negated = triple.negated;
  evidence.modality = triple.modality;
  return evidence;
}

// The sentence of `doc` that holds `span`: `guess` when it does (the usual case), else the one
// that begins last at or before it.
const Sentence& SentenceHolding(const Document& doc, const Sentence& guess, ByteSpan span) {
  if (guess.span.begin <= span.begin && span.end <= guess.span.end) return guess;
  const auto after = std::upper_bound(
      doc.sentences.begin(), doc.sentences.end(), span.begin,
      [](std::uint32_t begin, const Sentence& sentence) { return begin < sentence.span.begin; });
  return after == doc.sentences.begin() ? guess : *(after - 1);
}

// An entity as it will be added: the words that name it, their text and its key.
struct NamedEntity {
  ByteSpan span;
  std::string surface;
  std::string key;  // empty: nothing nameable ("it", "they")
};

// Names the entity of an argument by its head when the extractor found one ("progress" in
// "progress in cooperation between Russia and the U.S."), else by the whole argument; either way
// titled persons are named by the person ("President Vladimir Putin" -> "Vladimir Putin"; the
// title is a role, which AddRoles records). The head may lie in an earlier sentence: the name a
// pronoun refers to (antecedents.h).
NamedEntity NameEntity(const Document& doc, const Sentence& sentence, ByteSpan argument,
                       ByteSpan head, const AliasTable& aliases) {
  NamedEntity entity;
  const ByteSpan words = head.empty() ? argument : head;
  entity.span = SplitTitle(doc, SentenceHolding(doc, sentence, words), words).name;
  entity.surface = NormalizedText(doc, entity.span);
  entity.key = EntityKey(entity.surface, aliases);
  return entity;
}

// How sure a demonym link is: the word says it, but not every "Russian" is about Russia
// ("Russian roulette").
constexpr double kDemonymConfidence = 0.9;

// "the Russian leader" -from-> Russia, "Americans" -from-> United States: every demonym in the
// entity's words links the entity to its place, which is created when the text never names it.
// The demonym stays part of the entity's own name; the two are never merged (issue #5, item 3).
void LinkDemonyms(KnowledgeGraph& graph, const Document& doc, const Sentence& sentence,
                  const NamedEntity& entity, NodeId node) {
  const std::span<const Token> tokens = TokensWithin(sentence, entity.span);
  if (tokens.empty()) return;
  // Only a demonym that is the phrase's head ("Americans") or modifies it ("the Russian
  // leader"): in "the number of Russian citizens" the number is not Russian. (Without a tree,
  // any demonym of the phrase.)
  const auto first = static_cast<int>(tokens.data() - sentence.tokens.data());
  const auto last = first + static_cast<int>(tokens.size());
  const int head = RangeHead(sentence, first, last);
  for (int i = first; i < last; ++i) {
    const Token& token = sentence.tokens[static_cast<std::size_t>(i)];
    if (token.upos != Upos::kAdj && token.upos != Upos::kPropn && token.upos != Upos::kNoun) {
      continue;
    }
    const bool parsed = !token.deprel.empty();
    if (parsed && i != head && token.head != head) continue;
    const std::string_view place = Gazetteer::BuiltIn().PlaceOfDemonym(doc.Form(token));
    if (place.empty()) continue;
    const NodeId place_node = graph.EnsureEntity(EntityKey(place, graph.aliases()), place, "Place");
    if (place_node == node) continue;
    Evidence evidence;
    evidence.document = doc.id;
    evidence.sentence = static_cast<std::uint32_t>(&sentence - doc.sentences.data());
    evidence.span = token.span;
    evidence.sentence_text = SentenceText(doc, sentence, token.span);
    evidence.confidence = kDemonymConfidence;
    evidence.extractor = "demonym";
    evidence.subject_text = entity.surface;
    evidence.relation_text = std::string(doc.Form(token));
    evidence.object_text = std::string(place);
    graph.AddFact(node, kDemonymRelation, place_node, std::move(evidence));
  }
}

// An entity added to the graph, whose demonyms are linked once its fact is in.
struct AddedEntity {
  NamedEntity entity;
  NodeId node;
};

AddedEntity AddEntity(KnowledgeGraph& graph, const Document& doc, const Sentence& sentence,
                      NamedEntity entity) {
  const std::string_view type =
      GuessEntityType(doc, sentence, entity.span, std::string_view(entity.key));
  const NodeId node = *graph.AddKeyedMention(entity.surface, entity.key, type, doc.id);
  return {std::move(entity), node};
}

// Adds every nameable entity mentioned inside the arguments as a mention of its own node
// (appended to `added`) and returns their keys, sorted and unique.
std::vector<std::string> AddMentioned(KnowledgeGraph& graph, const Document& doc,
                                      const Sentence& sentence, const Triple& triple,
                                      std::vector<AddedEntity>& added) {
  std::vector<std::string> keys;
  for (ByteSpan span : triple.mentioned) {
    NamedEntity entity = NameEntity(doc, sentence, span, {}, graph.aliases());
    if (entity.key.empty()) continue;
    keys.push_back(entity.key);
    added.push_back(AddEntity(graph, doc, sentence, std::move(entity)));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace

void AddTriples(KnowledgeGraph& graph, const Document& doc, const std::vector<Triple>& triples,
                std::string_view extractor) {
  for (const AliasDefinition& definition : FindAliasDefinitions(doc)) {
    graph.AddAlias(definition.alias, definition.name);
  }
  const AliasTable& aliases = graph.aliases();
  for (const Triple& triple : triples) {
    const Sentence& sentence = SentenceOf(doc, triple);
    // An edge needs two entities; a clause or a missing object is none. `kgraph extract` still
    // shows such triples, and the facts inside a clause come as triples of their own.
    if (triple.clausal_object || triple.object.empty()) continue;
    NamedEntity subject = NameEntity(doc, sentence, triple.subject, triple.subject_head, aliases);
    NamedEntity object = NameEntity(doc, sentence, triple.object, triple.object_head, aliases);
    // Check both ends before adding either, so a skipped triple leaves no stray mention behind.
    if (subject.key.empty() || object.key.empty()) continue;

    // "the ISIL — be — the Islamic State": two names of one entity are no fact about it.
    if (subject.key == object.key && triple.relation_lemma == "be") continue;
    std::vector<AddedEntity> added;
    added.push_back(AddEntity(graph, doc, sentence, std::move(subject)));
    added.push_back(AddEntity(graph, doc, sentence, std::move(object)));
    Evidence evidence = MakeEvidence(doc, triple, sentence, extractor);
    evidence.mentions = AddMentioned(graph, doc, sentence, triple, added);
    const std::string lemma = triple.relation_lemma.empty() ? NormalizedText(doc, triple.relation)
                                                            : triple.relation_lemma;
    graph.AddFact(added[0].node, triple.negated ? NegatedLabel(lemma) : lemma, added[1].node,
                  std::move(evidence));
    for (const AddedEntity& one : added) LinkDemonyms(graph, doc, sentence, one.entity, one.node);
  }
}

}  // namespace kgraph
