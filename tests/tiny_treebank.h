// A tiny treebank in the style of the sample news, shared by the tagger, parser and training
// tests: small enough for a model to fit it exactly.
#pragma once

namespace kgraph {

inline constexpr char kTinyTreebank[] =
    "1\tPatrushev\tPatrushev\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thopes\thope\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tfor\tfor\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tprogress\tprogress\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tservices\tservice\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tcooperated\tcooperate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tclosely\tclosely\tADV\tRB\t_\t3\tadvmod\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tservices\tservice\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

}  // namespace kgraph
