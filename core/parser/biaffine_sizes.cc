#include "core/parser/biaffine_sizes.h"

#include "core/nn/bilstm.h"

namespace kgraph {

std::vector<std::pair<std::string, std::int64_t>> BiaffineParameterSizes(const BiaffineSizes& s) {
  std::vector<std::pair<std::string, std::int64_t>> sizes = {
      {"word.weight", s.words * s.word_dim},       {"xpos.weight", s.xpos * s.xpos_dim},
      {"upos.weight", s.upos * s.upos_dim},        {"suffix.weight", s.buckets * s.suffix_dim},
      {"prefix.weight", s.buckets * s.prefix_dim}, {"shape.weight", s.buckets * s.shape_dim}};
  AppendBiLstmParameterSizes("lstm", s.layers, s.InputDim(), s.hidden, sizes);
  const std::int64_t encoded = 2 * s.hidden;
  for (const auto& [name, dim] : {std::pair{"arc_dependent", s.arc_dim},
                                  {"arc_head", s.arc_dim},
                                  {"label_dependent", s.label_dim},
                                  {"label_head", s.label_dim}}) {
    sizes.push_back({std::string(name) + ".weight", dim * encoded});
    sizes.push_back({std::string(name) + ".bias", dim});
  }
  sizes.push_back({"arc_weight", s.arc_dim * s.arc_dim});
  sizes.push_back({"arc_head_bias", s.arc_dim});
  sizes.push_back({"label_weight", s.labels * (s.label_dim + 1) * (s.label_dim + 1)});
  return sizes;
}

}  // namespace kgraph
