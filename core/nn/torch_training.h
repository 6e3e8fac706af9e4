// What the trainers of kgraph's networks share (training only: includes torch).
#pragma once

#include <torch/torch.h>

#include "core/nn/bilstm.h"

namespace kgraph {

// A copy of every parameter of `module`, by its libtorch name.
NamedWeights WeightsOf(torch::nn::Module& module);

// Sets `optimizer`'s learning rate for `epoch` (from 1): `rate` times `decay` per epoch before,
// so that late epochs settle instead of jumping around the optimum.
void SetEpochLearningRate(torch::optim::Adam& optimizer, double rate, double decay, int epoch);

}  // namespace kgraph
