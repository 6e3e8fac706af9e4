// Reading the entity and coreference annotation of GUM (and other CorefUD-style CoNLL-U files):
// the CoNLL-2012-style brackets of the MISC key `Entity=`.
//
// Format (GUM README, "Entity (coreference) in MISC"): the word where a mention starts carries
// `(` + `eid-etype-infstat-salience-centering-minspan-link[-identity]`, the word where it ends
// carries `eid)`, and a one-word mention is `(…)`. Brackets are concatenated without a separator
// (`Entity=(7-abstract-new-nnnss-cf6-2-coref(3-abstract-giv:act-sssss-cf1-1-coref)`,
// `Entity=7)6)5)4)`) and nest. A closing `eid)` closes the innermost mention of that eid still
// open. The fields are split at `-` into at most 8 (no identity contains a hyphen); only eid and
// etype are required, so files with a shorter `# global.Entity` (e.g. `eid-etype`) read too.
//
// Mentions sharing an eid corefer within their document: the eid is the cluster key. Every
// mention is kept (singletons, pronouns, nested ones), so coreference scorers can pick what they
// need. Bridging (`Bridge=`) and split antecedents (`SplitAnte=`) are not read. Brackets only
// occur on syntactic word lines; the CoNLL-U reader drops empty nodes (`8.1`), so brackets on
// those would be lost (GUM has none).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/error.h"

namespace kgraph {

// One mention: a contiguous range of syntactic words of one sentence.
struct GumMention {
  int sentence = 0;        // index of the sentence within its GumDocument (0-based)
  int begin = 0;           // first word, 0-based index into ConlluSentence::words
  int end = 0;             // one past the last word
  std::string entity_id;   // eid: the coreference cluster within the document ("7")
  std::string type;        // etype: person, organization, place, event, time, abstract, object, ...
  std::string infstat;     // information status: new, giv:act, giv:inact, acc:inf, ...
  std::string salience;    // GUM's salience string ("nnnss"); empty when absent
  std::string centering;   // centering transition class ("cf1"); empty when absent
  std::string minspan;     // minimal span as written ("2,3,6"); empty when absent
  std::string link;        // how it links to its antecedent: coref, ana, cata, appos, sgl, ...
  std::string identity;    // Wikipedia title ("Vrije_Universiteit_Amsterdam"), empty if none
  std::uint64_t line = 0;  // 1-based file line of the word with the opening bracket (0: unknown)

  friend bool operator==(const GumMention&, const GumMention&) = default;
};

// One `# newdoc` document: its sentences are input[first_sentence, first_sentence + count).
struct GumDocument {
  std::string id;  // "# newdoc id"; empty when the input does not start with a newdoc
  std::size_t first_sentence = 0;
  std::size_t sentence_count = 0;
  // Ordered by (sentence, begin), outer mentions before the mentions nested in them.
  std::vector<GumMention> mentions;
};

// The mentions of `sentences` (as ReadConllu returns them), grouped into documents at each
// "# newdoc". Throws kgraph::Error naming `source` and the file line for a malformed bracket, a
// closing bracket without an open mention of its eid, or a mention left open at the end of its
// sentence.
std::vector<GumDocument> ReadGumEntities(const std::vector<ConlluSentence>& sentences,
                                         const std::string& source);

// The mentions one word's `Entity=` value opens and closes, for tests and tools that look at a
// single MISC value. `sentence` and `word` are stored into the mentions; `open` holds the
// mentions still open (innermost last) and receives the ones this value opens; closed mentions
// are appended to `closed`. Throws kgraph::Error with `location` on malformed input.
void ApplyEntityBrackets(std::string_view value, int sentence, int word,
                         const ErrorLocation& location, std::vector<GumMention>& open,
                         std::vector<GumMention>& closed);

// The value of key `key` in a CoNLL-U MISC column ("SpaceAfter=No|Entity=(1-person...)"), or an
// empty view when it is absent.
std::string_view MiscValue(std::string_view misc, std::string_view key);

// Coreference clusters of a document: for each eid, the indices of its mentions in
// GumDocument::mentions, in document order. Singletons are clusters of one.
std::map<std::string, std::vector<std::size_t>> EntityClusters(const GumDocument& document);

}  // namespace kgraph
