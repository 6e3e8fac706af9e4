// A small heuristic that guesses the schema.org class of an entity mention from its words and its
// sentence context. Good enough to colour a news graph; a trained classifier can replace it
// behind the same signature.
#pragma once

#include <optional>
#include <string_view>

#include "core/text/document.h"
#include "graph/alias_table.h"

namespace kgraph {

// "Place" for known countries and cities (after alias resolution: "U.S." is a place),
// "Organization" for names with organization words ("Security Council", "Islamic State", "FSB"),
// "Person" for mentions after a title ("President Putin", "Mr. Lavrov") or written as two or three
// capitalized proper nouns ("Nikolai Patrushev"); failing all these, the type the entity
// recognizer gave the name (Sentence::entities: PERSON, ORGANIZATION, PLACE), else "Thing". `span`
// is the mention's bytes in `doc`, inside `sentence`.
std::string_view GuessEntityType(const Document& doc, const Sentence& sentence, ByteSpan span,
                                 const AliasTable& aliases);
// The same for a caller that already has the mention's key, EntityKey(NormalizedText(doc, span)).
std::string_view GuessEntityType(const Document& doc, const Sentence& sentence, ByteSpan span,
                                 std::string_view key);

// The schema.org class of the recognized name that ends `span` (see GuessEntityType), if any.
std::optional<std::string_view> RecognizedType(const Sentence& sentence, ByteSpan span);

// The person's name inside a titled mention: "Secretary of the Russian Security Council Nikolai
// Patrushev" -> "Nikolai Patrushev", "President Vladimir Putin" -> "Vladimir Putin". The span of
// the proper nouns after the last title or organization word, when the mention contains a title
// and ends in such a name; otherwise `span` itself.
ByteSpan NameSpan(const Document& doc, const Sentence& sentence, ByteSpan span);

// Whether a folded word is a title that may precede a person's name ("president", "mr").
bool IsTitleWord(std::string_view folded_word);

}  // namespace kgraph
