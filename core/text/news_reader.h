// Wire-copy layout: splits a news article into paragraphs and marks its boilerplate.
#pragma once

#include "core/text/document.h"

namespace kgraph {

// Fills doc.paragraphs (replacing them), in text order, each span trimmed of white space. A
// paragraph ends at a blank line, or at a line break after a line that ends a sentence (or a
// short title-cased line) when the next line starts a new one (hard-wrapped copy without blank
// lines); a single line break inside a sentence is just a space. Marks as boilerplate: the
// headline, standfirst and captions (paragraphs without final punctuation before the first one
// with it), section headings (short unpunctuated paragraphs later on), datelines split off the
// first body paragraph ("NEW YORK, November 11. /TASS/."), photo credits ("© Mikhail
// Metzel/TASS", "... Mikhail Metzel/TASS"), "All news", "Source: ...", "Read also ...". Long
// unpunctuated text is never boilerplate. Linear time.
void MarkNewsParagraphs(Document& doc);

}  // namespace kgraph
