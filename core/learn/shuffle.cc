#include "core/learn/shuffle.h"

#include <utility>

namespace kgraph {

void Shuffle(std::vector<std::size_t>& order, std::mt19937_64& engine) {
  for (std::size_t i = order.size(); i > 1; --i) {
    const std::uint64_t limit = std::mt19937_64::max() - std::mt19937_64::max() % i;
    std::uint64_t draw;
    do draw = engine();
    while (draw >= limit);
    std::swap(order[i - 1], order[draw % i]);
  }
}

}  // namespace kgraph
