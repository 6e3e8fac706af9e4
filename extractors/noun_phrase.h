// Noun-phrase chunking over WordInfo, for the arguments of the pattern extractor.
//
// A noun phrase is (DET)? (ADJ | NOUN | PROPN | NUM | 's | hyphen)* head, with at most two
// "of" phrases attached ("the head of Russia's Security Council"). Objects may also take one
// further prepositional phrase ("progress in cooperation"), subjects one to their left side.
// All functions work on token indices of one sentence and run in time linear in the phrase.
#pragma once

#include <optional>
#include <vector>

#include "extractors/word_class.h"

namespace kgraph {

// Tokens [begin, end) of one sentence; `head` is the head of the leftmost nominal group.
struct Phrase {
  int begin = 0;
  int end = 0;
  int head = 0;
  bool has_pp = false;  // carries an attached non-"of" prepositional phrase
};

// The object noun phrase starting exactly at `start`, or nullopt. With `attach_pp`, one
// prepositional phrase that is not a date may follow a common-noun object. Returns nullopt when
// the phrase is the subject of a following clause ("hopes [the period] will end").
std::optional<Phrase> ObjectAt(const std::vector<WordInfo>& words, int start, bool attach_pp);

// The subject noun phrase ending exactly at token `last` (inclusive), or nullopt; rejects a
// phrase that is itself the object of a preposition ("fighting for [ISIL] has risen").
std::optional<Phrase> SubjectEndingAt(const std::vector<WordInfo>& words, int last);

// The subject of the verb group starting at `group_begin`: the nearest noun phrase to its left,
// looking past adverbs, a relative pronoun ("Peskov, who is ...") or an apposition ("The head
// of the Council, Nikolai Patrushev, told ..." gives "Nikolai Patrushev"). `gap` receives the
// number of tokens skipped between the subject and the verb group, adverbs not counted.
std::optional<Phrase> SubjectBefore(const std::vector<WordInfo>& words, int group_begin, int* gap);

}  // namespace kgraph
