// BILOU labels (Ratinov & Roth 2009): the sequence-labelling view of named-entity mentions.
//
// Each word gets O (outside any mention) or a position and a type: B(egin), I(nside), L(ast) of
// a mention of several words, or U(nit) for a one-word mention. BILOU rather than BIO because
// the explicit last and unit labels let a linear model learn the right edge of a name as well
// as the left ("... Security Council|L Nikolai|B Patrushev|L").
// Label ids: 0 = O, then 1 + 4 * type + position for position B=0, I=1, L=2, U=3.
#pragma once

#include <string>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

inline constexpr int kOutside = 0;
inline constexpr int kBilouLabelCount = 1 + 4 * kEntityTypeCount;

enum class BilouPosition { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

int BilouLabel(BilouPosition position, EntityType type);
BilouPosition PositionOf(int label);  // label != kOutside
EntityType TypeOf(int label);         // label != kOutside

// "O", "B-PERSON", "L-PLACE", ...
std::string BilouLabelName(int label);

// Whether `label` may follow `previous` (kOutside at the start of a sentence): a B or I must be
// continued by an I or L of its type, and nothing else may; an I or L needs a B or I before it.
bool BilouAllowed(int previous, int label);
// Whether a sentence may end with `label` (not in the middle of a mention).
bool BilouCanEnd(int label);

// The labels of `size` words holding `mentions` (non-overlapping, within [0, size)).
std::vector<int> EncodeBilou(const std::vector<EntityMention>& mentions, int size);

// The mentions of a label sequence. Well-formed sequences decode exactly; a broken one is read
// leniently (a B or I that is not continued ends the mention there; an I or L without a
// beginning starts one), so every non-O label lands in some mention.
std::vector<EntityMention> DecodeBilou(const std::vector<int>& labels);

}  // namespace kgraph
