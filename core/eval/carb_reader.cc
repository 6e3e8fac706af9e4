#include "core/eval/carb_reader.h"

#include <charconv>
#include <cmath>

#include "core/error.h"
#include "core/eval/carb_text.h"
#include "core/text/text_reader.h"

namespace kgraph {
namespace {

// Fields of one line as CaRB's readers split it: line.strip().split('\t').
std::vector<std::string_view> FieldsOf(std::string_view line) {
  return carb::SplitFields(carb::Strip(line), '\t');
}

void RequireFields(const std::vector<std::string_view>& fields, const char* expected,
                   const std::string& source, std::uint64_t line) {
  if (fields.size() >= 3) return;
  throw Error("expected at least 3 tab-separated fields (" + std::string(expected) + "), found " +
                  std::to_string(fields.size()),
              {source, line, {}});
}

// Python's float() for the numbers a confidence can be; NaN and infinities are refused because
// they have no place in a ranking by confidence.
double ParseConfidence(std::string_view field, const std::string& source, std::uint64_t line) {
  std::string_view number = carb::Strip(field);
  if (number.starts_with('+')) number.remove_prefix(1);
  double value = 0;
  auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (number.empty() || number.starts_with('+') || error != std::errc() ||
      end != number.data() + number.size() || !std::isfinite(value)) {
    throw Error("confidence '" + std::string(field) + "' is not a finite number",
                {source, line, {}});
  }
  return value;
}

std::string Fold(std::string_view field) {
  std::string folded(field);
  for (char& c : folded) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return folded;
}

}  // namespace

std::vector<CarbTuple> ParseCarbGold(std::string_view text, const std::string& source) {
  std::vector<CarbTuple> tuples;
  std::vector<std::string_view> lines = carb::SplitLines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string_view> fields = FieldsOf(lines[i]);
    RequireFields(fields, "sentence, relation, arg1", source, i + 1);
    CarbTuple& tuple = tuples.emplace_back();
    tuple.sentence = carb::Strip(fields[0]);
    tuple.relation = carb::Strip(fields[1]);
    for (std::size_t f = 2; f < fields.size(); ++f) {
      // goldReader.py: `if "C: " in arg: continue` (context such as "C: he said").
      if (fields[f].find("C: ") != std::string_view::npos) continue;
      tuple.arguments.emplace_back(carb::Strip(fields[f]));
    }
    tuple.line = i + 1;
  }
  return tuples;
}

std::vector<CarbTuple> ParseCarbExtractions(std::string_view text, const std::string& source) {
  std::vector<CarbTuple> tuples;
  std::vector<std::string_view> lines = carb::SplitLines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (carb::Strip(lines[i]).empty()) continue;
    std::vector<std::string_view> fields = FieldsOf(lines[i]);
    RequireFields(fields, "sentence, confidence, relation", source, i + 1);
    CarbTuple& tuple = tuples.emplace_back();
    tuple.sentence = fields[0];
    tuple.confidence = ParseConfidence(fields[1], source, i + 1);
    tuple.relation = fields[2];
    tuple.arguments.assign(fields.begin() + 3, fields.end());
    tuple.line = i + 1;
  }
  return tuples;
}

std::vector<CarbTuple> ReadCarbGoldFile(const std::string& path) {
  return ParseCarbGold(ReadTextFile(path).text, path);
}

std::vector<CarbTuple> ReadCarbExtractionsFile(const std::string& path) {
  return ParseCarbExtractions(ReadTextFile(path).text, path);
}

void WriteCarbExtraction(const CarbTuple& tuple, std::ostream& out) {
  char confidence[32];
  auto result = std::to_chars(confidence, confidence + sizeof confidence, tuple.confidence);
  out << Fold(tuple.sentence) << '\t' << std::string_view(confidence, result.ptr) << '\t'
      << Fold(tuple.relation);
  for (const std::string& argument : tuple.arguments) out << '\t' << Fold(argument);
  out << '\n';
}

}  // namespace kgraph
