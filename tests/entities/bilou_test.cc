// BILOU encoding and decoding of entity mentions, and the transitions the decoder allows.
#include "entities/bilou.h"

#include <gtest/gtest.h>

namespace kgraph {
namespace {

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kPlace = EntityType::kPlace;

int L(BilouPosition position, EntityType type) { return BilouLabel(position, type); }

TEST(Bilou, EncodesUnitAndMultiWordMentions) {
  // "Nikolai Patrushev met Putin in Moscow ."
  std::vector<EntityMention> mentions = {{0, 2, kPer}, {3, 4, kPer}, {5, 6, kPlace}};
  std::vector<int> labels = EncodeBilou(mentions, 7);
  std::vector<std::string> names;
  for (int label : labels) names.push_back(BilouLabelName(label));
  EXPECT_EQ(names, (std::vector<std::string>{"B-PERSON", "L-PERSON", "O", "U-PERSON", "O",
                                             "U-PLACE", "O"}));
  EXPECT_EQ(DecodeBilou(labels), mentions);
}

TEST(Bilou, RoundTripsLongMentionsOfEveryType) {
  for (int t = 0; t < kEntityTypeCount; ++t) {
    const EntityType type = static_cast<EntityType>(t);
    std::vector<EntityMention> mentions = {{1, 5, type}, {5, 6, type}};
    std::vector<int> labels = EncodeBilou(mentions, 6);
    EXPECT_EQ(labels[2], L(BilouPosition::kInside, type));
    EXPECT_EQ(DecodeBilou(labels), mentions) << EntityTypeName(type);
  }
  EXPECT_TRUE(DecodeBilou(EncodeBilou({}, 4)).empty());
  EXPECT_TRUE(DecodeBilou({}).empty());
}

TEST(Bilou, DecodesBrokenSequencesLeniently) {
  const int b = L(BilouPosition::kBegin, kPer), i = L(BilouPosition::kInside, kPer);
  const int l_place = L(BilouPosition::kLast, kPlace);
  // B not continued; I without a beginning; L of another type after an I.
  EXPECT_EQ(DecodeBilou({b, kOutside}), (std::vector<EntityMention>{{0, 1, kPer}}));
  EXPECT_EQ(DecodeBilou({kOutside, i, i}), (std::vector<EntityMention>{{1, 3, kPer}}));
  EXPECT_EQ(DecodeBilou({b, i, l_place}),
            (std::vector<EntityMention>{{0, 2, kPer}, {2, 3, kPlace}}));
}

TEST(Bilou, AllowedTransitionsKeepSequencesWellFormed) {
  const int b = L(BilouPosition::kBegin, kPer), i = L(BilouPosition::kInside, kPer);
  const int l = L(BilouPosition::kLast, kPer), u = L(BilouPosition::kUnit, kPer);
  const int l_place = L(BilouPosition::kLast, kPlace);
  EXPECT_TRUE(BilouAllowed(kOutside, b));
  EXPECT_TRUE(BilouAllowed(kOutside, u));
  EXPECT_FALSE(BilouAllowed(kOutside, i));
  EXPECT_FALSE(BilouAllowed(kOutside, l));
  EXPECT_TRUE(BilouAllowed(b, i));
  EXPECT_TRUE(BilouAllowed(i, l));
  EXPECT_FALSE(BilouAllowed(b, l_place));
  EXPECT_FALSE(BilouAllowed(b, kOutside));
  EXPECT_TRUE(BilouAllowed(l, b));
  EXPECT_FALSE(BilouCanEnd(b));
  EXPECT_FALSE(BilouCanEnd(i));
  EXPECT_TRUE(BilouCanEnd(l));
  EXPECT_TRUE(BilouCanEnd(kOutside));
}

}  // namespace
}  // namespace kgraph
