// Small gold CoNLL-U shared by the evaluator tests.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"

namespace kgraph::testing {

// One document of two paragraphs and three sentences, with the multiword token "don't".
inline constexpr char kGoldDocument[] =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Me neither.\n"
    "1\tMe\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n"
    "2\tneither\tneither\tADV\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "# text = Bye\n"
    "1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

inline std::vector<ConlluSentence> ReadConlluText(const std::string& text) {
  std::istringstream in(text);
  return ReadConllu(in, "test.conllu");
}

}  // namespace kgraph::testing
