// The clause extractor: open relation extraction over dependency trees (ClausIE / PredPatt in
// spirit), the default extractor of kgraph.
//
// Every clause of a sentence (see clause.h) yields triples: subject - verb group - object, with
// the obliques and adverbials as further arguments. Where a clause has no object, its first
// prepositional argument becomes the object and its preposition joins the relation ("hope for
// progress"); a copula relates the subject to its predicate ("Patrushev - is - Secretary of the
// Security Council"). Coordinated subjects and objects are distributed (one triple per conjunct).
// Appositions ("Bortnikov, head of the FSB") and possessives of names ("Russia's Security
// Council") yield "be" and "has" triples. Clauses inside reported speech carry their speaker
// (see attribution.h); negation and modality are flags, not dropped. Linear in the sentence
// length apart from the small per-clause loops.
#pragma once

#include <memory>
#include <vector>

#include "extractors/clause_confidence.h"
#include "extractors/extractor.h"

namespace kgraph {

struct ClauseExtractorOptions {
  // Emit clauses without any object or adverbial ("the talks failed"). Default: true (CaRB
  // counts them; the graph builder skips triples without an object).
  bool keep_objectless = true;
  // Emit "be" triples for appositions and "has" triples for possessives of proper names.
  // Default: true.
  bool noun_relations = true;
  // Drop triples whose confidence is below this. Default: 0 (keep all).
  double min_confidence = 0.0;
};

// A stateless, thread-safe extractor named "clause". Needs parsed sentences (Token::head).
std::unique_ptr<Extractor> NewClauseExtractor(const ClauseExtractorOptions& options = {});

// A triple with the features its confidence was computed from.
struct FeaturedTriple {
  Triple triple;
  ClauseTripleFeatures features;
};

// What the "clause" extractor returns, with features: for fitting the confidence weights
// (tools/fit_clause_confidence).
std::vector<FeaturedTriple> ExtractClauseTriplesWithFeatures(
    const Document& doc, const ClauseExtractorOptions& options = {});

}  // namespace kgraph
