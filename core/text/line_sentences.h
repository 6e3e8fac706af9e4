// Text that is already split into sentences, one per line, such as benchmark input (CaRB's
// dev.txt): each non-blank line becomes exactly one sentence, never split and never joined with
// the next line, and there is no news layout.
#pragma once

#include "core/text/document.h"

namespace kgraph {

// Replaces doc.paragraphs with one body paragraph per non-blank line of doc.text, in order. The
// span is the whole line, surrounding white space included, without its line break ("\n",
// "\r\n" or a lone "\r"). Lines of white space only (IsSpace, as the tokenizer sees it) get no
// paragraph, so every paragraph holds at least one token.
void MarkLineParagraphs(Document& doc);

// Joins the sentences that lie inside one paragraph into one sentence, undoing the sentence
// splitter. Call it after tokenizing a document marked by MarkLineParagraphs: afterwards
// doc.sentences[i] is the sentence of doc.paragraphs[i]. Tags and trees are not merged, so call
// it before tagging.
void JoinSentencesPerParagraph(Document& doc);

}  // namespace kgraph
