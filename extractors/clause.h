// Clauses of a parsed sentence, in the spirit of ClausIE (Del Corro & Gemulla, 2013): each
// predicate with its subjects, its verb group and its arguments, read off a UD tree.
//
// A clause is found for every verb that heads a clause (main, coordinated, complement, adverbial,
// relative and participial clauses) and for every nominal or adjectival predicate with a copula.
// Subjects a clause lacks in its own words are recovered from the tree: a coordinated verb
// shares the subject of the verb it is coordinated with, a relative clause or participle is
// about the noun it modifies, a controlled complement ("asked him to leave") takes its
// controller. Verb chains with an open complement ("hopes to establish") are one clause.
// Internal to extractors/.
#pragma once

#include <cstdint>
#include <vector>

#include "extractors/dependency_tree.h"

namespace kgraph {

enum class ArgumentRole : std::uint8_t {
  kObject,           // obj
  kSecondObject,     // iobj
  kComplement,       // predicate nominal or adjective: copula, "became president", "seems happy"
  kClause,           // ccomp: "said [that talks would resume]"
  kOblique,          // obl, with its preposition as marker
  kAgent,            // obl:agent of a passive: "by the FSB"
  kAdverbialClause,  // advcl: "proven [when squadrons were mobilized]", its mark as marker
};

struct ClauseArgument {
  int head = -1;
  ArgumentRole role = ArgumentRole::kObject;
  int marker = -1;  // the preposition of an oblique, the complementizer of a clause; -1 = none
  bool temporal = false;  // obl:tmod, or a date-like oblique: never folded into the relation
};

// ClausIE's clause types; they predict how reliable a clause's triples are.
enum class ClauseType : std::uint8_t { kSV, kSVA, kSVC, kSVO, kSVOO, kSVOA, kSVOC };

// How the subject was found.
enum class SubjectSource : std::uint8_t {
  kOwn,           // the clause's own nsubj / csubj
  kCoordination,  // from the verb this one is coordinated with
  kModifiedNoun,  // the noun a relative clause or participle modifies
  kController,    // the object or subject of the verb governing an open complement
};

struct Clause {
  int predicate = -1;         // the verb, or the predicate word of a copula
  int main_verb = -1;         // the last verb of a chain ("establish" in "hopes to establish")
  std::vector<int> relation;  // the verb group: aux, negation, copula, verbs, particles, "to"
  std::vector<int> subjects;  // one per conjunct ("France, Germany and Italy")
  SubjectSource subject_source = SubjectSource::kOwn;
  std::vector<ClauseArgument> arguments;  // in sentence order
  ClauseType type = ClauseType::kSV;
  bool copular = false;
  bool passive = false;
  bool negated = false;
  int modal = -1;  // the modal auxiliary ("can", "must"), -1 = none
};

std::vector<Clause> FindClauses(const DependencyTree& tree);

// The word itself and the words coordinated with it ("France" -> France, UK, Germany, Italy).
std::vector<int> Conjuncts(const DependencyTree& tree, int word);

// True for a relative pronoun ("who", "which", relative "that").
bool IsRelativePronoun(const DependencyTree& tree, int word);

}  // namespace kgraph
