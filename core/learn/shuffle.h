// The one source of randomness in training: a sentence order drawn from a seeded engine.
#pragma once

#include <cstddef>
#include <random>
#include <vector>

namespace kgraph {

// Fisher-Yates with rejection sampling straight from the engine. The standard library's
// std::shuffle and distributions differ between implementations; std::mt19937_64 does not, so
// the same seed gives the same order, and the same model, everywhere.
void Shuffle(std::vector<std::size_t>& order, std::mt19937_64& engine);

}  // namespace kgraph
