// The GUM Entity= bracket reader on hand-written MISC values: nesting, one-word mentions,
// concatenated brackets, identities, clusters, and the errors malformed brackets give.
#include "core/conllu/gum_entities.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "core/error.h"

namespace kgraph {
namespace {

// A CoNLL-U document whose words carry the given MISC values.
std::vector<ConlluSentence> Sentences(const std::vector<std::vector<std::string>>& miscs) {
  std::string text = "# newdoc id = doc1\n";
  for (const auto& sentence : miscs) {
    for (std::size_t w = 0; w < sentence.size(); ++w) {
      text += std::to_string(w + 1) + "\tw\tw\tX\tX\t_\t0\tdep\t_\t" + sentence[w] + "\n";
    }
    text += "\n";
  }
  std::istringstream in(text);
  return ReadConllu(in, "test.conllu");
}

TEST(GumEntities, NestedAndOneWordMentions) {
  // "Claire Bailey-Ross , University of Portsmouth": a person, then an organization with a
  // one-word place nested in it.
  auto docs = ReadGumEntities(
      Sentences({{"Entity=(6-person-new-nnnnn-cf1-1,2-coref", "Entity=6)", "_",
                  "Entity=(8-organization-new-nnnnn-cf3-3-sgl-University_of_Portsmouth", "_",
                  "Entity=(9-place-new-nnnnn-cf4-3-sgl-Portsmouth)|SpaceAfter=No", "Entity=8)"}}),
      "test.conllu");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "doc1");
  ASSERT_EQ(docs[0].mentions.size(), 3u);
  const GumMention& person = docs[0].mentions[0];
  EXPECT_EQ(person.begin, 0);
  EXPECT_EQ(person.end, 2);
  EXPECT_EQ(person.entity_id, "6");
  EXPECT_EQ(person.type, "person");
  EXPECT_EQ(person.infstat, "new");
  EXPECT_EQ(person.minspan, "1,2");
  EXPECT_EQ(person.link, "coref");
  EXPECT_EQ(person.identity, "");
  EXPECT_EQ(person.line, 2u);
  const GumMention& organization = docs[0].mentions[1];
  EXPECT_EQ(organization.begin, 3);
  EXPECT_EQ(organization.end, 7);
  EXPECT_EQ(organization.identity, "University_of_Portsmouth");
  const GumMention& place = docs[0].mentions[2];
  EXPECT_EQ(place.begin, 5);
  EXPECT_EQ(place.end, 6);
  EXPECT_EQ(place.type, "place");
  EXPECT_EQ(place.identity, "Portsmouth");
}

TEST(GumEntities, ConcatenatedBracketsCloseTheInnermostOfTheirEid) {
  // Two mentions open on one word, one of them closes there too; then "7)6)" closes two at once.
  auto docs = ReadGumEntities(
      Sentences({{"Entity=(6-event-new-nnnnn-cf1-1-coref(7-abstract-new-nnnss-cf6-2-coref",
                  "Entity=(3-abstract-giv:act-sssss-cf1-1-coref)", "Entity=7)6)"}}),
      "test.conllu");
  ASSERT_EQ(docs[0].mentions.size(), 3u);
  EXPECT_EQ(docs[0].mentions[0].entity_id, "6");  // outer first at the same start
  EXPECT_EQ(docs[0].mentions[0].end, 3);
  EXPECT_EQ(docs[0].mentions[1].entity_id, "7");
  EXPECT_EQ(docs[0].mentions[1].end, 3);
  EXPECT_EQ(docs[0].mentions[2].entity_id, "3");
  EXPECT_EQ(docs[0].mentions[2].begin, 1);
  EXPECT_EQ(docs[0].mentions[2].end, 2);
}

TEST(GumEntities, ClustersGroupMentionsByEidAcrossSentences) {
  auto docs = ReadGumEntities(Sentences({{"Entity=(1-person-new-nnnnn-cf1-1-sgl-Vladimir_Putin)"},
                                         {"_", "Entity=(1-person-giv:act-nnnnn-cf1-1-coref)"},
                                         {"Entity=(2-place-new-nnnnn-cf1-1-sgl)"}}),
                              "test.conllu");
  ASSERT_EQ(docs[0].mentions.size(), 3u);
  EXPECT_EQ(docs[0].mentions[1].sentence, 1);
  EXPECT_EQ(docs[0].sentence_count, 3u);
  auto clusters = EntityClusters(docs[0]);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters["1"], (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(clusters["2"], (std::vector<std::size_t>{2}));
}

TEST(GumEntities, ShortHeadersNeedOnlyEidAndType) {
  std::vector<GumMention> open, closed;
  ApplyEntityBrackets("(e12-person)", 0, 4, {}, open, closed);
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].entity_id, "e12");
  EXPECT_EQ(closed[0].type, "person");
  EXPECT_TRUE(closed[0].identity.empty());
  EXPECT_TRUE(open.empty());
}

TEST(GumEntities, MiscValueFindsOnlyTheWholeKey) {
  EXPECT_EQ(MiscValue("SpaceAfter=No|Entity=(1-person)|XML=<w>", "Entity"), "(1-person)");
  EXPECT_EQ(MiscValue("MyEntity=x|Entityx=y", "Entity"), "");
  EXPECT_EQ(MiscValue("_", "Entity"), "");
}

// Every malformed value is one clear error naming the file and the line of the word.
void ExpectError(const std::vector<std::vector<std::string>>& miscs, const std::string& message,
                 const std::string& where) {
  try {
    ReadGumEntities(Sentences(miscs), "test.conllu");
    FAIL() << "no error for " << message;
  } catch (const Error& e) {
    std::string what = e.what();
    EXPECT_NE(what.find(where), std::string::npos) << what;
    EXPECT_NE(what.find(message), std::string::npos) << what;
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
  }
}

TEST(GumEntities, MalformedBracketsAreErrorsWithFileAndLine) {
  ExpectError({{"_", "Entity=7)"}}, "closes no open mention", "test.conllu:3:");
  ExpectError({{"Entity=(7-person-new", "_"}}, "not closed in its sentence", "test.conllu:2:");
  ExpectError({{"Entity=(7)"}}, "expected at least eid-etype", "test.conllu:2:");
  ExpectError({{"Entity=(-person)"}}, "expected at least eid-etype", "test.conllu:2:");
  ExpectError({{"Entity=(1-person", "Entity=1"}}, "malformed Entity value", "test.conllu:3:");
  // A mention may not run into the next sentence.
  ExpectError({{"Entity=(1-person"}, {"Entity=1)"}}, "not closed in its sentence",
              "test.conllu:2:");
}

}  // namespace
}  // namespace kgraph
