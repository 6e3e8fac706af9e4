// Lists of known names: places, demonyms, organizations, given names and titles.
//
// The entity recognizer reads them as features ("Moscow" is a known place, so an unseen
// "Yekaterinburg" next to the same clues is likely one too), coreference reads the gender of
// given names ("Angela Merkel ... she"), and the graph links demonyms to their places and splits
// titles off names. kgraph ships one, models/gazetteer.tsv (its header explains the format),
// compiled in; a recognizer model carries the gazetteer it was trained with (entity_recognizer.h).
//
// Matching works on the words of a tokenized sentence, compared without white space, so an entry
// matches however the tokenizer splits it ("St. Petersburg", "McDonald's"). Names match case
// sensitively ("Chad" the country, not "chad"); titles and organization words in any case
// ("spokesman", "Spokesman").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/text/document.h"

namespace kgraph {

enum class GazetteerKind : std::uint8_t {
  kPlace,
  kDemonym,
  kOrganization,
  kGivenName,
  kTitle,
  kOrganizationWord,  // "University", "Council": makes a name an organization's
  kPlaceWord,         // "Island", "River", "Airport": makes a name a place's
};
inline constexpr int kGazetteerKindCount = 7;

enum class NameGender : std::uint8_t { kMale, kFemale };

// Words [begin, end) of a sentence that spell a gazetteer entry of `kind`.
struct GazetteerMatch {
  int begin = 0;
  int end = 0;
  GazetteerKind kind = GazetteerKind::kPlace;
  friend bool operator==(const GazetteerMatch&, const GazetteerMatch&) = default;
};

class Gazetteer {
 public:
  Gazetteer() = default;

  // models/gazetteer.tsv as compiled into kgraph.
  static const Gazetteer& BuiltIn();
  static std::string_view BuiltInText();

  // Reads the gazetteer format; throws kgraph::Error naming `source` and the line of an unknown
  // kind, a missing field or an unknown gender.
  static Gazetteer Parse(std::string_view text, const std::string& source);

  // The text it was parsed from, so that a model can store it.
  const std::string& text() const { return text_; }
  bool empty() const { return entries_.empty(); }

  // Every entry spelled by consecutive words of `sentence`, by begin, then longer first; an
  // entry may match at several places and one span may match several kinds ("Georgia").
  std::vector<GazetteerMatch> Matches(const Document& doc, const Sentence& sentence) const;

  // The gender of a given name ("Angela" -> female), if listed.
  std::optional<NameGender> GenderOf(std::string_view given_name) const;

  // The place of a demonym or its plural ("Russian", "Russians" -> "Russia"); empty if none.
  std::string_view PlaceOfDemonym(std::string_view word) const;

  // The entries of `kind` as written in the file, in file order (duplicates kept).
  const std::vector<std::string>& Names(GazetteerKind kind) const {
    return names_[static_cast<int>(kind)];
  }

 private:
  // Adds one line of the file; throws kgraph::Error at `where` when it is malformed.
  void AddEntry(std::string_view line, const ErrorLocation& where);

  // Entry spellings without white space, for titles and organization words lowercased: the kinds
  // each one has.
  std::unordered_map<std::string, std::uint8_t> entries_;  // bit k: GazetteerKind k
  // Every prefix of an entry spelling (names as written, titles and organization words
  // lowercased), so that matching stops extending a span as soon as no entry can start with it.
  std::unordered_set<std::string> name_prefixes_, any_case_prefixes_;
  std::unordered_map<std::string, NameGender> gender_;
  std::unordered_map<std::string, std::string> demonym_place_;
  std::vector<std::string> names_[kGazetteerKindCount];
  int longest_ = 0;  // most words of any entry, as written with spaces
  std::string text_;
};

}  // namespace kgraph
