// Spelling variants of personal names, as news wires transliterate Russian (and other Cyrillic)
// names differently: "Aleksandr" / "Alexander", "Dmitri" / "Dmitry" / "Dmitriy", "Sergei" /
// "Sergey", "Yevgeny" / "Evgeny", "Mikhail" / "Michail", "Zelenskiy" / "Zelensky". Entity
// resolution compares persons' names by this key, so the variants are one person.
#pragma once

#include <string>
#include <string_view>

namespace kgraph {

// The comparison key of one folded (lowercase) name word: "ks" is "x", "kh" is "h", a leading
// "ye" is "e", a final "-ander" is "-andr", and a final "i", "y", "ii", "iy", "yy", "ij" or "yi" is
// "y". Words with other than ASCII letters are returned as they are.
std::string NameVariantKey(std::string_view word);

}  // namespace kgraph
