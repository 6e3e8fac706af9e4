// Which GUM mentions are named entities, and where their names begin and end: the definition the
// entity recognizer is trained on and scored against (README, "Named entities").
//
// GUM annotates every mention (pronouns, descriptions, names) with a coarse entity type. A mention
// is *named* when its syntactic head is a proper noun (gold UPOS PROPN): "the University of
// Michigan", "Putin", "Main Street". Two refinements:
// - A title noun with the name attached as `flat` or `appos` ("American physicist John Wheeler",
//   "campaigner Caitlin Boswell") is named from the first proper noun of that name on.
// - A `time` mention is named when its head is a PROPN or a NUM: calendar expressions such as
//   "2017", "January 5", "November 14, 2022", "Wednesday" (not "30 days" or "a few moments ago").
//   Its name is the run of PROPN/NUM/punctuation words around the head.
// The name span of the other types is the mention without leading determiners and punctuation,
// without what a possessive before the head belongs to ("Saudi Arabia 's Civil Defense
// Authority" -> "Civil Defense Authority"), and cut before the first comma, bracket or relative
// or adnominal clause after the head ("Cambridge, Massachusetts" -> "Cambridge").
// Types: person, organization, place, event, time map to PERSON, ORGANIZATION, PLACE, EVENT,
// TIME; every other GUM type (abstract, object, substance, animal, plant) to OTHER.
// Nesting: the outermost name wins; a name that overlaps one starting earlier (or a longer one
// starting at the same word) is dropped, so the names of a sentence never overlap.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/conllu/gum_entities.h"
#include "core/text/document.h"

namespace kgraph {

// The entity type of a GUM etype ("person" -> kPerson, "abstract" -> kOther).
EntityType EntityTypeOfGumType(std::string_view gum_type);

// The name span of `mention` in `sentence` (its gold words, heads and tags) when it is a named
// mention, else nullopt. Word indices as in GumMention.
std::optional<EntityMention> NamedSpan(const GumMention& mention, const ConlluSentence& sentence);

// The named mentions of every sentence of `document`: element s holds those of sentence
// `sentences[document.first_sentence + s]`, in word order, none overlapping.
std::vector<std::vector<EntityMention>> NamedMentions(const GumDocument& document,
                                                      const std::vector<ConlluSentence>& sentences);

// One Document per GUM document of `sentences` (read from `source`, named in errors): its gold
// words as tokens (DocumentFromGoldWords) and its named mentions in Sentence::entities; no tags
// or trees. The training and development data of the entity recognizer.
std::vector<Document> GoldEntityDocuments(const std::vector<ConlluSentence>& sentences,
                                          const std::string& source);

}  // namespace kgraph
