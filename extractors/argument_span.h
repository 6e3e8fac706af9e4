// Where an argument starts and ends: the words of a clause argument with clean boundaries, the
// part of it that names an entity, and the other named things it mentions. Internal to
// extractors/.
#pragma once

#include <vector>

#include "extractors/dependency_tree.h"

namespace kgraph {

// A noun phrase argument headed by `head`: its subtree without what becomes triples of its own
// (coordinated conjuncts, relative clauses, appositions) and without `marker` (the preposition
// folded into the relation, or -1) and the subtree of `excluded` (the clause whose subject this
// noun is: "a group [led by X]", or -1); punctuation trimmed at both ends.
WordRange ArgumentRange(const DependencyTree& tree, int head, int marker = -1, int excluded = -1);

// The predicate nominal or adjective of a copula ("is [Secretary of the Security Council]"):
// the subtree of `predicate` without its subject, copula, auxiliaries, obliques and clauses.
WordRange ComplementRange(const DependencyTree& tree, int predicate);

// A complement clause ("said that [talks would resume]") without the complementizer `marker`.
WordRange ClauseRange(const DependencyTree& tree, int head, int marker);

// The entity-naming core of a noun phrase: the head with its determiners, modifiers, compounds
// and flat name parts, and an "of" phrase after a common noun ("head of the FSB"), but no other
// prepositional phrase or clause ("progress [in cooperation ...]" -> "progress"). A title noun
// with a person's name attached ("Secretary of the Council Nikolai Patrushev") is named by the
// name.
WordRange HeadPhrase(const DependencyTree& tree, int head);

// A proper name as it names its entity: the word with its compounds, flat parts, adjectives and
// determiner, but no possessor or prepositional phrase ("Russia's [Federal Security Service]",
// "[the U.S.]").
WordRange ProperName(const DependencyTree& tree, int word);

// The proper names inside the argument `range` other than the name of its own `head` ("FSB" in
// "the FSB director", "Russia" and "the U.S." in "progress in cooperation between Russia and the
// U.S."), each as its ProperName, in sentence order.
std::vector<WordRange> NamedMentions(const DependencyTree& tree, WordRange range, int head);

// `range` without punctuation at either end.
WordRange TrimPunctuation(const DependencyTree& tree, WordRange range);

}  // namespace kgraph
