#include "core/parser/transition_system.h"

namespace kgraph {

ParserState::ParserState(int size, int root_label)
    : size_(size),
      root_label_(root_label),
      in_stack_(size + 1, false),
      heads_(size + 1, -1),
      labels_(size + 1, -1),
      left_(size + 1, {-1, -1}),
      right_(size + 1, {-1, -1}),
      left_count_(size + 1, 0),
      right_count_(size + 1, 0),
      left_labels_(size + 1, 0),
      right_labels_(size + 1, 0) {
  stack_.reserve(size);
}

bool ParserState::CanApply(Move move) const {
  switch (move) {
    case Move::kShift:
      return buffer_ < size_;
    case Move::kLeft:  // onto the root only as the last word
      return !stack_.empty() && (buffer_ < size_ || stack_.size() == 1);
    case Move::kRight:
      return stack_.size() >= 2;
  }
  return false;
}

bool ParserState::Allows(Transition transition) const {
  if (!CanApply(transition.move)) return false;
  if (root_label_ < 0 || transition.move == Move::kShift) return true;
  const bool to_root = transition.move == Move::kLeft && buffer_ == size_;
  return to_root == (transition.label == root_label_);
}

void ParserState::Apply(Transition transition) {
  switch (transition.move) {
    case Move::kShift:
      in_stack_[buffer_] = true;
      stack_.push_back(buffer_++);
      return;
    case Move::kLeft:
      Attach(stack_.back(), buffer_, transition.label);
      break;
    case Move::kRight:
      Attach(stack_.back(), stack_[stack_.size() - 2], transition.label);
      break;
  }
  in_stack_[stack_.back()] = false;
  stack_.pop_back();
}

void ParserState::Attach(int dependent, int head, int label) {
  heads_[dependent] = head;
  labels_[dependent] = label;
  // LEFT attaches words right to left and RIGHT left to right, so the newest dependent on
  // either side is always the outermost one.
  if (dependent < head) {
    left_[head] = {dependent, left_[head][0]};
    ++left_count_[head];
    left_labels_[head] |= std::uint64_t{1} << (label & 63);
  } else {
    right_[head] = {dependent, right_[head][0]};
    ++right_count_[head];
    right_labels_[head] |= std::uint64_t{1} << (label & 63);
  }
}

void GoldTree::Index() {
  dependents.assign(heads.size() + 1, {});
  for (std::size_t w = 0; w < heads.size(); ++w)
    dependents[heads[w]].push_back(static_cast<int>(w));
}

namespace {

// Gold dependents of `word` still in the buffer (they can no longer attach once it is popped).
int DependentsInBuffer(const ParserState& state, const GoldTree& gold, int word) {
  int count = 0;
  for (int d : gold.dependents[word]) count += d >= state.Buffer(0);
  return count;
}

}  // namespace

int TransitionCost(const ParserState& state, const GoldTree& gold, Transition transition) {
  const int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.Buffer(0);
  switch (transition.move) {
    case Move::kShift: {
      // b0 can no longer take a head below s0 nor dependents from the stack.
      int cost = 0;
      for (int d : gold.dependents[b0]) cost += state.InStack(d);
      const int head = gold.heads[b0];  // the root (size) is never in the stack
      cost += head != s0 && state.InStack(head);
      return cost;
    }
    case Move::kLeft: {
      int head = gold.heads[s0];
      int cost = DependentsInBuffer(state, gold, s0) + ((head == s1 && s1 >= 0) || head > b0);
      return cost + (head == b0 && transition.label != gold.labels[s0]);
    }
    case Move::kRight: {
      int head = gold.heads[s0];
      int cost = DependentsInBuffer(state, gold, s0) + (head >= b0);
      return cost + (head == s1 && transition.label != gold.labels[s0]);
    }
  }
  return 0;
}

}  // namespace kgraph
