// Log-softmax over the rows of a row-major matrix, in place: what the forward passes turn their
// scores into before decoding or voting.
#pragma once

namespace kgraph {

void LogSoftmaxRows(float* values, int rows, int columns);

}  // namespace kgraph
