#include "extractors/clause.h"

#include <algorithm>
#include <string>

namespace kgraph {
namespace {

bool IsVerbal(const DependencyTree& tree, int word) {
  if (tree.Tag(word) == Upos::kVerb) return true;
  // "He is." and other auxiliaries left heading a clause.
  return tree.Tag(word) == Upos::kAux && tree.BaseRelation(word) != "aux" &&
         tree.BaseRelation(word) != "cop";
}

bool IsNegation(const DependencyTree& tree, int word) {
  if (tree.BaseRelation(word) != "advmod" && tree.BaseRelation(word) != "neg") return false;
  const std::string form = tree.LowerForm(word);
  return form == "not" || form == "n't" || form == "never";
}

bool IsParticiple(const DependencyTree& tree, int word) {
  const std::string& xpos = tree.TokenAt(word).xpos;
  return xpos == "VBN" || xpos == "VBG";
}

// Relations under which a verb is no clause of its own: an adjectival participle ("strained
// relations"), part of a name, a function word mis-tagged as a verb.
bool IsNonClausalRelation(std::string_view base) {
  for (std::string_view r : {"amod", "compound", "aux", "cop", "mark", "case", "det", "fixed",
                             "flat", "goeswith", "reparandum", "discourse", "vocative"}) {
    if (base == r) return true;
  }
  return false;
}

bool IsPredicateWord(const DependencyTree& tree, int word) {
  if (IsNonClausalRelation(tree.BaseRelation(word))) return false;
  return tree.HasChild(word, "cop") || IsVerbal(tree, word);
}

// The open complement that continues the verb chain of `word` ("hopes [to establish]"), or -1.
// Only when `word` has no object of its own: "asked him to leave" is two clauses.
int ChainedComplement(const DependencyTree& tree, int word) {
  if (tree.HasChild(word, "obj")) return -1;
  const int xcomp = tree.FirstChild(word, "xcomp");
  if (xcomp < 0 || !IsVerbal(tree, xcomp) || tree.HasChild(xcomp, "nsubj")) return -1;
  return xcomp;
}

bool IsChainedIntoHead(const DependencyTree& tree, int word) {
  const int head = tree.Head(word);
  return head >= 0 && IsRelation(tree.Relation(word), "xcomp") && IsPredicateWord(tree, head) &&
         ChainedComplement(tree, head) == word;
}

bool IsDateLike(const DependencyTree& tree, int word) {
  if (IsRelation(tree.Relation(word), "obl:tmod") || IsRelation(tree.Relation(word), "obl:npmod"))
    return true;
  static constexpr std::string_view kTimeWords[] = {
      "monday",  "tuesday",   "wednesday", "thursday",  "friday",   "saturday", "sunday",
      "january", "february",  "march",     "april",     "may",      "june",     "july",
      "august",  "september", "october",   "november",  "december", "year",     "month",
      "week",    "day",       "today",     "yesterday", "tomorrow", "time",     "period"};
  const std::string lemma = tree.LowerLemma(word);
  for (std::string_view w : kTimeWords) {
    if (lemma == w) return true;
  }
  return tree.Tag(word) == Upos::kNum && tree.Form(word).size() == 4;  // a year
}

class ClauseBuilder {
 public:
  explicit ClauseBuilder(const DependencyTree& tree) : tree_(tree) {}

  Clause Build(int predicate) const {
    Clause clause;
    clause.predicate = predicate;
    clause.copular = tree_.HasChild(predicate, "cop");
    int verb = predicate;
    AddVerbGroup(verb, clause);
    AddArguments(verb, clause);
    for (int next = ChainedComplement(tree_, verb); next >= 0;
         next = ChainedComplement(tree_, verb)) {
      verb = next;
      AddVerbGroup(verb, clause);
      AddArguments(verb, clause);
    }
    clause.main_verb = verb;
    if (clause.copular && verb == predicate) {
      clause.main_verb = tree_.FirstChild(predicate, "cop");
      clause.arguments.push_back({predicate, ArgumentRole::kComplement});
    } else if (clause.copular) {
      clause.relation.push_back(predicate);  // "is [ready] to help": the adjective joins the chain
    }
    std::sort(clause.relation.begin(), clause.relation.end());
    std::sort(clause.arguments.begin(), clause.arguments.end(),
              [](const ClauseArgument& a, const ClauseArgument& b) { return a.head < b.head; });
    clause.subjects = SubjectsOf(predicate, 0, &clause.subject_source);
    clause.type = TypeOf(clause);
    return clause;
  }

  // The subjects of the clause headed by `predicate`, recovered from context when it has none.
  std::vector<int> SubjectsOf(int predicate, int depth, SubjectSource* source) const {
    *source = SubjectSource::kOwn;
    int subject = tree_.FirstChild(predicate, "nsubj");
    if (subject < 0) subject = tree_.FirstChild(predicate, "csubj");
    const int head = tree_.Head(predicate);
    const std::string_view relation = tree_.Relation(predicate);
    if (subject >= 0) {
      if (!IsRelativePronoun(tree_, subject)) return Conjuncts(tree_, subject);
      // "the brothers [who planted bombs]": the relative pronoun stands for the modified noun;
      // a free relative ("what was said") has no antecedent.
      if (head < 0 || !IsRelation(relation, "acl")) return {};
      *source = SubjectSource::kModifiedNoun;
      return {head};
    }
    if (head < 0 || depth > 8) return {};
    if (IsRelation(relation, "acl")) {
      // "a group [led by X]": a participle is about the noun it modifies.
      if (!IsParticiple(tree_, predicate)) return {};
      *source = SubjectSource::kModifiedNoun;
      return {head};
    }
    if (IsRelation(relation, "conj") && IsPredicateWord(tree_, head)) {
      *source = SubjectSource::kCoordination;
      SubjectSource ignored;
      return SubjectsOf(head, depth + 1, &ignored);
    }
    const bool controlled = IsRelation(relation, "xcomp") ||
                            (IsRelation(relation, "advcl") && IsParticiple(tree_, predicate) &&
                             !tree_.HasChild(predicate, "mark"));
    if (!controlled || !IsPredicateWord(tree_, head)) return {};
    *source = SubjectSource::kController;
    const int object = tree_.FirstChild(head, "obj");
    if (object >= 0 && IsRelation(relation, "xcomp")) return {object};
    SubjectSource ignored;
    return SubjectsOf(head, depth + 1, &ignored);
  }

 private:
  void AddVerbGroup(int verb, Clause& clause) const {
    for (int child : tree_.Children(verb)) {
      const std::string_view base = tree_.BaseRelation(child);
      if (base == "aux") {
        clause.relation.push_back(child);
        if (tree_.TokenAt(child).xpos == "MD" && clause.modal < 0) clause.modal = child;
        if (IsRelation(tree_.Relation(child), "aux:pass")) clause.passive = true;
      } else if (base == "cop" || IsRelation(tree_.Relation(child), "compound:prt")) {
        clause.relation.push_back(child);
      } else if (IsNegation(tree_, child)) {
        clause.relation.push_back(child);
        clause.negated = true;
      } else if (base == "mark" && verb != clause.predicate && tree_.LowerForm(child) == "to") {
        clause.relation.push_back(child);  // "hopes [to] establish"
      } else if (IsRelation(tree_.Relation(child), "nsubj:pass")) {
        clause.passive = true;
      }
    }
    if (!(clause.copular && verb == clause.predicate)) clause.relation.push_back(verb);
    AddInnerAdverbs(verb, clause);
  }

  // Adverbs inside the verb group or right before it ("has [also] said", "[readily] admits"):
  // part of the relation as written.
  void AddInnerAdverbs(int verb, Clause& clause) const {
    const int first = *std::min_element(clause.relation.begin(), clause.relation.end());
    for (int child : tree_.Children(verb)) {
      if (tree_.BaseRelation(child) != "advmod" || tree_.Tag(child) != Upos::kAdv ||
          !tree_.Children(child).empty() || IsNegation(tree_, child) || child > verb) {
        continue;
      }
      if (child > first || child == first - 1) clause.relation.push_back(child);
    }
  }

  void AddArguments(int verb, Clause& clause) const {
    for (int child : tree_.Children(verb)) {
      const std::string_view relation = tree_.Relation(child);
      if (IsRelation(relation, "obj")) {
        // "the bombs [that the brothers planted]": the relative pronoun stands for the noun.
        const bool relative =
            IsRelativePronoun(tree_, child) && IsRelation(tree_.Relation(clause.predicate), "acl");
        clause.arguments.push_back(
            {relative ? tree_.Head(clause.predicate) : child, ArgumentRole::kObject});
      } else if (IsRelation(relation, "iobj")) {
        clause.arguments.push_back({child, ArgumentRole::kSecondObject});
      } else if (IsRelation(relation, "ccomp")) {
        const int mark = tree_.FirstChild(child, "mark");
        clause.arguments.push_back({child, ArgumentRole::kClause, mark});
      } else if (IsRelation(relation, "xcomp") && ChainedComplement(tree_, verb) != child &&
                 !IsVerbal(tree_, child)) {
        clause.arguments.push_back({child, ArgumentRole::kComplement});
      } else if (IsRelation(relation, "obl")) {
        AddOblique(child, clause);
      } else if (IsRelation(relation, "advcl") && tree_.HasChild(child, "mark")) {
        // Also a clause of its own; as an argument it completes clauses that have no other.
        clause.arguments.push_back(
            {child, ArgumentRole::kAdverbialClause, tree_.FirstChild(child, "mark")});
      }
    }
  }

  void AddOblique(int word, Clause& clause) const {
    if (IsRelativePronoun(tree_, word)) return;  // "the city where ...": no argument left
    const int marker = tree_.FirstChild(word, "case");
    const bool agent = IsRelation(tree_.Relation(word), "obl:agent") ||
                       (clause.passive && marker >= 0 && tree_.LowerForm(marker) == "by");
    ClauseArgument argument{word, agent ? ArgumentRole::kAgent : ArgumentRole::kOblique, marker};
    argument.temporal = marker < 0 || IsDateLike(tree_, word);
    clause.arguments.push_back(argument);
  }

  static ClauseType TypeOf(const Clause& clause) {
    bool object = false, second = false, complement = false, adverbial = false;
    for (const ClauseArgument& a : clause.arguments) {
      object |= a.role == ArgumentRole::kObject || a.role == ArgumentRole::kClause;
      second |= a.role == ArgumentRole::kSecondObject;
      complement |= a.role == ArgumentRole::kComplement;
      adverbial |= a.role == ArgumentRole::kOblique || a.role == ArgumentRole::kAgent ||
                   a.role == ArgumentRole::kAdverbialClause;
    }
    if (object && second) return ClauseType::kSVOO;
    if (object && complement) return ClauseType::kSVOC;
    if (object && adverbial) return ClauseType::kSVOA;
    if (object) return ClauseType::kSVO;
    if (complement) return ClauseType::kSVC;
    return adverbial ? ClauseType::kSVA : ClauseType::kSV;
  }

  const DependencyTree& tree_;
};

}  // namespace

bool IsRelativePronoun(const DependencyTree& tree, int word) {
  const std::string& xpos = tree.TokenAt(word).xpos;
  if (xpos == "WDT" || xpos == "WP") return true;
  const std::string form = tree.LowerForm(word);
  const int head = tree.Head(word);
  return form == "that" && tree.Tag(word) == Upos::kPron && head >= 0 &&
         IsRelation(tree.Relation(head), "acl:relcl");
}

std::vector<int> Conjuncts(const DependencyTree& tree, int word) {
  std::vector<int> conjuncts{word};
  for (int child : tree.ChildrenWith(word, "conj")) {
    if (!IsVerbal(tree, child)) conjuncts.push_back(child);
  }
  return conjuncts;
}

std::vector<Clause> FindClauses(const DependencyTree& tree) {
  std::vector<Clause> clauses;
  ClauseBuilder builder(tree);
  for (int word = 0; word < tree.size(); ++word) {
    if (!IsPredicateWord(tree, word) || IsChainedIntoHead(tree, word)) continue;
    Clause clause = builder.Build(word);
    if (clause.subjects.empty()) continue;
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

}  // namespace kgraph
