#include "core/nn/torch_training.h"

#include <cmath>

namespace kgraph {

NamedWeights WeightsOf(torch::nn::Module& module) {
  NamedWeights weights;
  for (const auto& parameter : module.named_parameters()) {
    const torch::Tensor values = parameter.value().detach().contiguous();
    const float* data = values.data_ptr<float>();
    weights.emplace(parameter.key(), std::vector<float>(data, data + values.numel()));
  }
  return weights;
}

void SetEpochLearningRate(torch::optim::Adam& optimizer, double rate, double decay, int epoch) {
  for (auto& group : optimizer.param_groups()) {
    static_cast<torch::optim::AdamOptions&>(group.options()).lr(rate * std::pow(decay, epoch - 1));
  }
}

}  // namespace kgraph
