// Name folding and the alias table that decide when two surface forms name one entity.
//
// FoldName() makes the comparison form of a name (case, white space, punctuation, leading
// determiners and possessive folded: "the U.S.’s" -> "us"). An AliasTable maps folded aliases to
// one canonical folded key ("united states of america", "usa", "us" -> "united states").
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

// The comparison form of a name. Empty when nothing nameable is left ("the", "he").
std::string FoldName(std::string_view surface);

class AliasTable {
 public:
  AliasTable() = default;

  // The aliases kgraph knows out of the box: models/aliases.tsv, compiled in (frequent
  // countries, organizations and armed groups of news text).
  static AliasTable BuiltIn();

  // Reads an alias file: one "alias<TAB>canonical" per line, # comments and blank lines
  // ignored. Throws kgraph::Error naming `source` and the line of a malformed entry.
  static AliasTable Parse(std::string_view text, const std::string& source);
  static AliasTable ReadFile(const std::string& path);

  // Makes `alias` name the same entity as `canonical`; both are folded first. A later call for
  // the same alias overrides an earlier one.
  void Add(std::string_view alias, std::string_view canonical);
  // Adds (or overrides with) every entry of `more`.
  void AddAll(const AliasTable& more);

  // The canonical key for an already folded name; the name itself when it is no alias. Chains
  // ("isil" -> "isis" -> "islamic state", from files added one after another) are followed.
  std::string Resolve(const std::string& folded) const;

  const std::map<std::string, std::string>& entries() const { return canonical_of_; }

 private:
  void AddFolded(std::string folded_alias, std::string folded_canonical);

  std::map<std::string, std::string> canonical_of_;
};

// The words of a folded name or key ("united states" -> {"united", "states"}).
std::vector<std::string> KeyWords(std::string_view key);

// The node key of a surface form: FoldName, then the alias table.
std::string EntityKey(std::string_view surface, const AliasTable& aliases);

}  // namespace kgraph
