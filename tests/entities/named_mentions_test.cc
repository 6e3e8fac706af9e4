// Which GUM mentions become named-entity targets, and their name spans.
#include "entities/named_mentions.h"

#include <gtest/gtest.h>

#include <sstream>

namespace kgraph {
namespace {

// One GUM document of one sentence: rows of "form upos xpos head deprel misc".
std::vector<ConlluSentence> Sentence(const std::vector<std::string>& rows) {
  std::string text = "# newdoc id = d\n";
  int id = 0;
  for (const std::string& row : rows) {
    std::istringstream fields(row);
    std::string form, upos, xpos, head, deprel, misc;
    fields >> form >> upos >> xpos >> head >> deprel >> misc;
    text += std::to_string(++id) + "\t" + form + "\t_\t" + upos + "\t" + xpos + "\t_\t" + head +
            "\t" + deprel + "\t_\t" + misc + "\n";
  }
  std::istringstream in(text + "\n");
  return ReadConllu(in, "t.conllu");
}

std::vector<EntityMention> Named(const std::vector<ConlluSentence>& sentences) {
  auto documents = ReadGumEntities(sentences, "t.conllu");
  return NamedMentions(documents.at(0), sentences).at(0);
}

TEST(NamedMentions, ProperNounHeadsAreNamedPronounsAndDescriptionsNot) {
  auto named = Named(Sentence({
      "the DET DT 2 det Entity=(1-organization-new-nnnnn-cf1-1-sgl-University_of_Michigan",
      "University PROPN NNP 7 nsubj _",
      "of ADP IN 4 case _",
      "Michigan PROPN NNP 2 nmod Entity=(2-place-new-nnnnn-cf1-1-sgl-Michigan)1)",
      "and CCONJ CC 6 cc _",
      "it PRON PRP 2 conj Entity=(1-organization-giv:act-nnnnn-cf1-1-coref-University_of_Michigan)",
      "grew VERB VBD 0 root _",
  }));
  // "it" shares the identity but is not named; "Michigan" is nested in the outer name.
  EXPECT_EQ(named, (std::vector<EntityMention>{{1, 4, EntityType::kOrganization}}));
}

TEST(NamedMentions, TitlesBeforeAFlatNameAreLeftOut) {
  auto named = Named(Sentence({
      "physicist NOUN NN 4 nsubj Entity=(1-person-new-nnnnn-cf1-1-sgl",
      "John PROPN NNP 1 flat _",
      "Wheeler PROPN NNP 1 flat Entity=1)",
      "said VERB VBD 0 root _",
  }));
  EXPECT_EQ(named, (std::vector<EntityMention>{{1, 3, EntityType::kPerson}}));
}

TEST(NamedMentions, CommasPossessivesAndClausesEndOrStartNames) {
  auto named = Named(Sentence({
      "in ADP IN 2 case _",
      "Cambridge PROPN NNP 0 root Entity=(1-place-new-nnnnn-cf1-1-sgl",
      ", PUNCT , 4 punct _",
      "Massachusetts PROPN NNP 2 appos Entity=(2-place-new-nnnnn-cf1-1-sgl)1)",
      "Russia PROPN NNP 8 nmod:poss "
      "Entity=(3-organization-new-nnnnn-cf1-1-sgl(4-place-new-s-c-1-s)",
      "'s PART POS 5 case _",
      "Security PROPN NNP 8 compound _",
      "Council PROPN NNP 2 dep Entity=3)",
  }));
  EXPECT_EQ(named, (std::vector<EntityMention>{{1, 2, EntityType::kPlace},
                                               {3, 4, EntityType::kPlace},
                                               {4, 5, EntityType::kPlace},
                                               {6, 8, EntityType::kOrganization}}));
}

TEST(NamedMentions, CalendarExpressionsAreNamedTimesDurationsNot) {
  auto named = Named(Sentence({
      "on ADP IN 2 case _",
      "January PROPN NNP 0 root Entity=(1-time-new-nnnnn-cf1-1-sgl",
      "5 NUM CD 2 nummod _",
      ", PUNCT , 5 punct _",
      "2017 NUM CD 2 nmod:tmod Entity=1)",
      "for ADP IN 8 case _",
      "30 NUM CD 8 nummod Entity=(2-time-new-nnnnn-cf1-1-sgl",
      "days NOUN NNS 2 obl Entity=2)",
  }));
  EXPECT_EQ(named, (std::vector<EntityMention>{{1, 5, EntityType::kTime}}));
}

TEST(NamedMentions, OtherGumTypesBecomeOther) {
  EXPECT_EQ(EntityTypeOfGumType("person"), EntityType::kPerson);
  EXPECT_EQ(EntityTypeOfGumType("time"), EntityType::kTime);
  EXPECT_EQ(EntityTypeOfGumType("abstract"), EntityType::kOther);
  EXPECT_EQ(EntityTypeOfGumType("object"), EntityType::kOther);
  EXPECT_EQ(EntityTypeOfGumType("plant"), EntityType::kOther);
}

}  // namespace
}  // namespace kgraph
