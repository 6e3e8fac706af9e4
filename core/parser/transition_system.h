// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at
// the end of the buffer (Ballesteros & Nivre 2013), and its dynamic oracle (Goldberg & Nivre
// 2013).
//
// A state is a stack, a buffer (words b0..n-1, then the root n) and the arcs built so far:
//   SHIFT     moves b0 onto the stack;
//   LEFT(l)   pops s0 and attaches it to b0 with relation l;
//   RIGHT(l)  pops s0 and attaches it to s1 with relation l.
// The root takes exactly one dependent, and only as the last word on the stack, so every
// terminal state is a well-formed tree: one root, no cycles, every word attached.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace kgraph {

enum class Move : std::uint8_t { kShift, kLeft, kRight };

// Transition ids: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l) for relation id l.
struct Transition {
  Move move = Move::kShift;
  int label = -1;
};
inline int TransitionCount(int label_count) { return 1 + 2 * label_count; }
inline Transition TransitionOf(int id) {
  if (id == 0) return {};
  return {(id - 1) % 2 == 0 ? Move::kLeft : Move::kRight, (id - 1) / 2};
}
inline int TransitionId(Move move, int label) {
  return move == Move::kShift ? 0 : 1 + 2 * label + (move == Move::kRight ? 1 : 0);
}

class ParserState {
 public:
  // `root_label`: the relation of the root's dependent (UD's "root"), which no other arc may
  // have; -1 when the relation set has none.
  explicit ParserState(int size, int root_label = -1);

  int size() const { return size_; }  // words; the root is word size()
  int root() const { return size_; }
  bool Terminal() const { return stack_.empty() && buffer_ == size_; }
  bool CanApply(Move move) const;
  // CanApply() and the root relation on exactly the arc to the root.
  bool Allows(Transition transition) const;
  void Apply(Transition transition);

  // The i-th word from the top of the stack / front of the buffer, or -1.
  int Stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  int Buffer(int i) const { return buffer_ + i <= size_ ? buffer_ + i : -1; }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  bool InStack(int word) const { return in_stack_[word]; }

  // The analysis so far of word w (head -1 = not attached yet; the root's dependent has head
  // size()). Dependents: the leftmost/rightmost (k = 0) and second leftmost/rightmost (k = 1).
  int Head(int w) const { return heads_[w]; }
  int Label(int w) const { return labels_[w]; }
  int Leftmost(int w, int k) const { return w < 0 ? -1 : left_[w][k]; }
  int Rightmost(int w, int k) const { return w < 0 ? -1 : right_[w][k]; }
  int LeftCount(int w) const { return w < 0 ? 0 : left_count_[w]; }
  int RightCount(int w) const { return w < 0 ? 0 : right_count_[w]; }
  // The relations of w's left / right dependents as a bit set (relation id modulo 64).
  std::uint64_t LeftLabels(int w) const { return w < 0 ? 0 : left_labels_[w]; }
  std::uint64_t RightLabels(int w) const { return w < 0 ? 0 : right_labels_[w]; }

  const std::vector<int>& heads() const { return heads_; }
  const std::vector<int>& labels() const { return labels_; }

 private:
  void Attach(int dependent, int head, int label);

  int size_;
  int root_label_;
  std::vector<int> stack_;
  int buffer_ = 0;
  std::vector<bool> in_stack_;
  std::vector<int> heads_, labels_;
  std::vector<std::array<int, 2>> left_, right_;
  std::vector<int> left_count_, right_count_;
  std::vector<std::uint64_t> left_labels_, right_labels_;
};

// The gold tree a state is trained toward: heads (the root = size) and relation ids.
struct GoldTree {
  std::vector<int> heads;
  std::vector<int> labels;
  std::vector<std::vector<int>> dependents;  // of each word and of the root, filled by Index()
  void Index();
};

// How many gold arcs become unreachable when `transition` is applied to `state` (Goldberg &
// Nivre 2013, exact for projective gold trees).
int TransitionCost(const ParserState& state, const GoldTree& gold, Transition transition);

}  // namespace kgraph
