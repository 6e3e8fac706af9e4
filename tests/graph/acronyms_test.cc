#include "graph/acronyms.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/graph/test_document.h"

namespace kgraph {
namespace {

using testing::MakeDocument;
using testing::Word;

// One sentence of space-separated words ("(" and ")" are words of their own).
Document Sentence(const std::string& text) {
  std::vector<Word> words;
  std::istringstream in(text);
  static std::vector<std::string> storage;  // keeps the forms alive for the string_views
  storage.clear();
  for (std::string word; in >> word;) storage.push_back(word);
  for (const std::string& word : storage) words.push_back({word});
  return MakeDocument("doc", {words});
}

TEST(FindAliasDefinitions, NameFollowedByItsAcronym) {
  Document doc = Sentence("Russia 's Federal Security Service ( FSB ) said");
  EXPECT_EQ(FindAliasDefinitions(doc),
            (std::vector<AliasDefinition>{{"FSB", "Federal Security Service"}}));
}

TEST(FindAliasDefinitions, FurtherAcronymsIntroducedByAs) {
  Document doc = Sentence("against the Islamic State ( IS , previously known as ISIS and ISIL ) .");
  EXPECT_EQ(FindAliasDefinitions(doc),
            (std::vector<AliasDefinition>{
                {"IS", "Islamic State"}, {"ISIS", "Islamic State"}, {"ISIL", "Islamic State"}}));
}

TEST(FindAliasDefinitions, IgnoresParenthesesThatDefineNothing) {
  for (const char* text : {
           "the Federal Security Service ( in Moscow ) said",  // no acronym
           "the Federal Security Service ( CIA ) said",        // other first letter
           "talks ( FSB ) began",                              // no capitalized name
           "FSB ( FSB ) said",                                 // a name no longer than it
           "Security Service ( FSB",                           // unclosed at the end
       }) {
    EXPECT_TRUE(FindAliasDefinitions(Sentence(text)).empty()) << text;
  }
}

}  // namespace
}  // namespace kgraph
