#include "entities/gazetteer.h"

#include <algorithm>
#include <array>

#include "core/error.h"
#include "core/io/data_lines.h"
#include "core/text/char_class.h"

namespace kgraph {
namespace {

constexpr char kBuiltInSource[] = "built-in gazetteer (models/gazetteer.tsv)";

// The tokenizer may split an entry into more words than its spaces show ("McDonald's" is
// "McDonald" + "'s"), so matching looks this many words further.
constexpr int kExtraWords = 2;

std::optional<GazetteerKind> KindNamed(std::string_view name) {
  constexpr std::array<std::pair<std::string_view, GazetteerKind>, kGazetteerKindCount> kKinds = {{
      {"place", GazetteerKind::kPlace},
      {"demonym", GazetteerKind::kDemonym},
      {"organization", GazetteerKind::kOrganization},
      {"given", GazetteerKind::kGivenName},
      {"title", GazetteerKind::kTitle},
      {"orgword", GazetteerKind::kOrganizationWord},
      {"placeword", GazetteerKind::kPlaceWord},
  }};
  for (const auto& [text, kind] : kKinds) {
    if (text == name) return kind;
  }
  return std::nullopt;
}

int WordCount(std::string_view text) {
  return 1 + static_cast<int>(std::count(text.begin(), text.end(), ' '));
}

std::uint8_t Bit(GazetteerKind kind) {
  return static_cast<std::uint8_t>(1u << static_cast<int>(kind));
}

// The kinds matched in any case.
constexpr std::uint8_t kAnyCaseKinds = (1u << static_cast<int>(GazetteerKind::kTitle)) |
                                       (1u << static_cast<int>(GazetteerKind::kOrganizationWord)) |
                                       (1u << static_cast<int>(GazetteerKind::kPlaceWord));

bool MatchesInAnyCase(GazetteerKind kind) { return (Bit(kind) & kAnyCaseKinds) != 0; }

// The plural of a demonym ("Russians", "Israelis", "Greeks"); "Chinese", "French", "Irish" and
// "Swiss" have none of their own.
std::string PluralOfDemonym(std::string_view demonym) {
  for (std::string_view ending : {"ese", "ish", "sh", "ch", "s"}) {
    if (demonym.ends_with(ending)) return {};
  }
  return std::string(demonym) + "s";
}

void AddPrefixes(const std::string& key, std::unordered_set<std::string>& prefixes) {
  for (std::size_t size = 1; size <= key.size(); ++size) prefixes.insert(key.substr(0, size));
}

}  // namespace

const Gazetteer& Gazetteer::BuiltIn() {
  // Parsed once, on first use, and immutable afterwards (thread-safe static initialization).
  static const Gazetteer built_in = Parse(BuiltInText(), kBuiltInSource);
  return built_in;
}

Gazetteer Gazetteer::Parse(std::string_view text, const std::string& source) {
  Gazetteer gazetteer;
  gazetteer.text_ = std::string(text);
  ForEachDataLine(text, [&](std::string_view line, std::uint64_t number) {
    gazetteer.AddEntry(line, ErrorLocation{source, number, std::nullopt});
  });
  return gazetteer;
}

void Gazetteer::AddEntry(std::string_view line, const ErrorLocation& where) {
  const std::vector<std::string_view> fields = SplitTabs(line);
  const std::optional<GazetteerKind> kind = KindNamed(fields[0]);
  if (!kind) throw Error("unknown kind '" + std::string(fields[0]) + "'", where);
  const std::size_t expected =
      *kind == GazetteerKind::kDemonym || *kind == GazetteerKind::kGivenName ? 3 : 2;
  if (fields.size() != expected || fields[1].empty() || fields.back().empty()) {
    throw Error("expected " + std::to_string(expected) + " tab-separated fields, found '" +
                    std::string(line) + "'",
                where);
  }
  std::string key = WithoutSpaces(fields[1]);
  if (MatchesInAnyCase(*kind)) key = AsciiLowercase(key);
  entries_[key] |= Bit(*kind);
  AddPrefixes(key, MatchesInAnyCase(*kind) ? any_case_prefixes_ : name_prefixes_);
  names_[static_cast<int>(*kind)].emplace_back(fields[1]);
  longest_ = std::max(longest_, WordCount(fields[1]));
  if (*kind == GazetteerKind::kGivenName) {
    if (fields[2] != "male" && fields[2] != "female") {
      throw Error("gender must be 'male' or 'female', found '" + std::string(fields[2]) + "'",
                  where);
    }
    gender_[key] = fields[2] == "male" ? NameGender::kMale : NameGender::kFemale;
  }
  if (*kind == GazetteerKind::kDemonym) {
    demonym_place_[key] = std::string(fields[2]);
    const std::string plural = PluralOfDemonym(key);
    if (!plural.empty()) {
      entries_[plural] |= Bit(*kind);
      AddPrefixes(plural, name_prefixes_);
      demonym_place_.emplace(plural, std::string(fields[2]));
    }
  }
}

std::vector<GazetteerMatch> Gazetteer::Matches(const Document& doc,
                                               const Sentence& sentence) const {
  std::vector<GazetteerMatch> matches;
  if (entries_.empty()) return matches;
  const int n = static_cast<int>(sentence.tokens.size());
  std::string key;
  for (int begin = 0; begin < n; ++begin) {
    key.clear();
    const int stop = std::min(n, begin + longest_ + kExtraWords);
    const std::size_t first = matches.size();
    for (int end = begin + 1; end <= stop; ++end) {
      key += doc.Form(sentence.tokens[static_cast<std::size_t>(end - 1)]);
      const std::string lower = AsciiLowercase(key);
      const bool name_prefix = name_prefixes_.contains(key);
      const bool any_case_prefix = any_case_prefixes_.contains(lower);
      if (!name_prefix && !any_case_prefix) break;  // no entry starts with these words
      std::uint8_t kinds = 0;
      if (auto it = entries_.find(key); name_prefix && it != entries_.end()) {
        kinds = it->second & ~kAnyCaseKinds;
      }
      if (auto it = entries_.find(lower); any_case_prefix && it != entries_.end()) {
        kinds |= it->second & kAnyCaseKinds;
      }
      for (int k = 0; k < kGazetteerKindCount; ++k) {
        if ((kinds & (1u << k)) != 0) {
          matches.push_back({begin, end, static_cast<GazetteerKind>(k)});
        }
      }
    }
    // Longer first within one begin.
    std::stable_sort(
        matches.begin() + static_cast<std::ptrdiff_t>(first), matches.end(),
        [](const GazetteerMatch& a, const GazetteerMatch& b) { return a.end > b.end; });
  }
  return matches;
}

std::optional<NameGender> Gazetteer::GenderOf(std::string_view given_name) const {
  auto it = gender_.find(std::string(given_name));
  if (it == gender_.end()) return std::nullopt;
  return it->second;
}

std::string_view Gazetteer::PlaceOfDemonym(std::string_view word) const {
  auto it = demonym_place_.find(std::string(word));
  return it == demonym_place_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace kgraph
