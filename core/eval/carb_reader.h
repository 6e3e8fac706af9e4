// Reading and writing the two file formats of the CaRB Open IE benchmark (Bhardwaj, Aggarwal and
// Mausam 2019, https://github.com/dair-iitd/CaRB):
//
//   gold   (data/gold/*.tsv)   sentence <TAB> relation <TAB> arg1 [<TAB> arg2 ...]
//   system ("tabbed" format)   sentence <TAB> confidence <TAB> relation [<TAB> arg1 ...]
//
// Every field is read as CaRB's own readers (oie_readers/goldReader.py and tabReader.py) read
// it, so that scoring a file here and with carb.py gives the same numbers; where carb.py would
// crash on a malformed line, these functions throw kgraph::Error naming the file and line.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

// One Open IE tuple of a CaRB file.
struct CarbTuple {
  std::string sentence;     // gold: stripped of surrounding white space; system: as written
  double confidence = 1.0;  // system tuples only; gold tuples have 1
  std::string relation;     // gold: stripped; system: as written
  // arg1, arg2, ... Gold arguments are stripped, and context fields (any field containing "C: ",
  // which CaRB's gold reader skips) are left out. Fields may be empty.
  std::vector<std::string> arguments;
  std::uint64_t line = 0;  // 1-based line in the file it was read from; 0 = not from a file
};

// Parses gold `text` (the whole file). Each line is stripped and split at tabs; a line with fewer
// than 3 fields (sentence, relation, arg1), blank lines included, is an error:
// "source:line: ...". carb.py itself accepts 2-field lines; no CaRB gold file has one.
std::vector<CarbTuple> ParseCarbGold(std::string_view text, const std::string& source);

// Parses system output in the tabbed format. Blank lines are skipped, as tabReader.py does; a
// line with fewer than 3 fields or whose confidence is not a finite number is an error. Like
// Python's float(), the confidence may carry a sign and surrounding white space.
std::vector<CarbTuple> ParseCarbExtractions(std::string_view text, const std::string& source);

// Reads and parses a file ("path:line: ..." errors; invalid UTF-8 and unreadable files too).
std::vector<CarbTuple> ReadCarbGoldFile(const std::string& path);
std::vector<CarbTuple> ReadCarbExtractionsFile(const std::string& path);

// Writes `tuple` as one line of the tabbed format: sentence, confidence (shortest text that reads
// back as the same double), relation, arguments. Tabs and line breaks inside a field would
// change the line's structure, so each is written as a space.
void WriteCarbExtraction(const CarbTuple& tuple, std::ostream& out);

}  // namespace kgraph
