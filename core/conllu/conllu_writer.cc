#include "core/conllu/conllu_writer.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/text/char_class.h"
#include "core/text/orthographic_tokens.h"

namespace kgraph {
namespace {

// The text of `span` with every run of white space folded into one space. Unlike
// NormalizedText() this folds all that the tokenizer splits at (no-break and zero-width spaces
// too), so the text equals the forms joined as their SpaceAfter says, as UD requires.
std::string FoldedText(const Document& doc, ByteSpan span) {
  std::string_view text = doc.Text(span);
  std::string out;
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedChar c = DecodeChar(text, pos);
    if (IsSpace(c.code)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(text.substr(pos, c.size));
    }
    pos += c.size;
  }
  return out;
}

// `id` usable in a one-line comment: white space (and, for sentence ids, '/') becomes '_'.
std::string CommentValue(std::string_view id, bool sentence_id) {
  std::string out(id);
  for (char& c : out) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
        (sentence_id && c == '/')) {
      c = '_';
    }
  }
  return out;
}

// A FORM or LEMMA as one CoNLL-U field. A tab or line break would break the line into other
// columns or lines, and UD English allows no space in a form, so ASCII white space becomes a
// no-break space (U+00A0): still a space to the eye, and a Zs character, which conll18_ud_eval.py
// removes before aligning, so scoring is unaffected. An empty field is written "_".
std::string Field(std::string_view value) {
  if (value.empty()) return "_";
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      out += "\u00a0";
    } else {
      out += c;
    }
  }
  return out;
}

// Copies the tagger's and parser's analysis of `token` into `word`. False when the head lies
// outside a sentence of `size` tokens.
bool SetAnalysis(const Token& token, std::size_t size, ConlluWord& word) {
  if (token.head < -1 || token.head >= static_cast<int>(size)) return false;
  word.lemma = token.lemma;
  word.upos = std::string(UposName(token.upos));
  word.xpos = token.xpos;
  word.feats.clear();
  word.head = token.head + 1;
  word.deprel = token.deprel;
  return true;
}

// Index of the paragraph of `doc` holding byte `pos` (paragraphs are in text order).
std::size_t ParagraphOf(const Document& doc, std::uint32_t pos) {
  auto it = std::partition_point(doc.paragraphs.begin(), doc.paragraphs.end(),
                                 [&](const Paragraph& p) { return p.span.end <= pos; });
  return static_cast<std::size_t>(it - doc.paragraphs.begin());
}

void WriteWord(const ConlluWord& w, std::ostream& out) {
  out << w.id << '\t' << Field(w.form) << '\t' << Field(w.lemma) << '\t' << Field(w.upos) << '\t'
      << Field(w.xpos) << '\t' << Field(w.feats) << '\t' << w.head << '\t' << Field(w.deprel)
      << "\t_\t" << Field(w.misc) << '\n';
}

}  // namespace

std::vector<ConlluSentence> ConlluFromDocument(const Document& doc) {
  std::vector<ConlluSentence> out;
  const std::string id = CommentValue(doc.id, true);
  std::size_t paragraph = doc.paragraphs.size();  // none yet
  const Sentence* last =
      doc.sentences.empty() ? nullptr : &doc.sentences.back();  // its last token ends the text
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.tokens.empty()) continue;
    ConlluSentence& conllu = out.emplace_back();
    if (out.size() == 1) {
      conllu.newdoc_id = CommentValue(doc.id, false);
      conllu.comments.push_back("newdoc id = " + conllu.newdoc_id);
    }
    if (!doc.paragraphs.empty() && ParagraphOf(doc, sentence.span.begin) != paragraph) {
      paragraph = ParagraphOf(doc, sentence.span.begin);
      conllu.newpar = true;
      conllu.comments.push_back("newpar");
    }
    conllu.sent_id = id + "-" + std::to_string(out.size());
    conllu.text = FoldedText(doc, sentence.span);
    conllu.comments.push_back("sent_id = " + conllu.sent_id);
    conllu.comments.push_back("text = " + conllu.text);

    const std::vector<Token>& tokens = sentence.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      ConlluWord& word = conllu.words.emplace_back();
      word.id = static_cast<int>(i) + 1;
      word.form = doc.Form(tokens[i]);
      if (!SetAnalysis(tokens[i], tokens.size(), word)) {
        throw Error("sentence " + std::to_string(out.size()) + ", token " + std::to_string(i + 1) +
                        ": head " + std::to_string(tokens[i].head) + " is outside the sentence",
                    {doc.id, {}, {}});
      }
    }
    for (OrthographicToken group : OrthographicTokens(doc, sentence)) {
      const Token& final_token = tokens[group.end - 1];
      bool space_after =
          final_token.space_after || (&sentence == last && group.end == tokens.size());
      std::string misc = space_after ? "" : "SpaceAfter=No";
      if (!group.IsMultiword()) {
        conllu.words[group.first].misc = std::move(misc);
        continue;
      }
      ConlluMultiword& multiword = conllu.multiwords.emplace_back();
      multiword.first = static_cast<int>(group.first) + 1;
      multiword.last = static_cast<int>(group.end);
      multiword.form = doc.Text({tokens[group.first].span.begin, final_token.span.end});
      multiword.misc = std::move(misc);
    }
  }
  return out;
}

std::vector<ConlluSentence> WithPredictions(const std::vector<ConlluSentence>& given,
                                            const Document& analysed) {
  if (analysed.sentences.size() != given.size()) {
    throw Error("the analysis has " + std::to_string(analysed.sentences.size()) +
                " sentences, the input " + std::to_string(given.size()));
  }
  std::vector<ConlluSentence> out = given;
  for (std::size_t s = 0; s < out.size(); ++s) {
    const std::vector<Token>& tokens = analysed.sentences[s].tokens;
    std::vector<ConlluWord>& words = out[s].words;
    ErrorLocation where{analysed.id, out[s].line, {}};
    if (tokens.size() != words.size()) {
      throw Error("the analysis has " + std::to_string(tokens.size()) + " words, the input " +
                      std::to_string(words.size()),
                  where);
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!SetAnalysis(tokens[i], tokens.size(), words[i])) {
        throw Error("word " + std::to_string(i + 1) + ": predicted head is outside the sentence",
                    where);
      }
    }
  }
  return out;
}

void WriteConllu(const std::vector<ConlluSentence>& sentences, std::ostream& out) {
  for (const ConlluSentence& sentence : sentences) {
    for (const std::string& comment : sentence.comments) out << "# " << comment << '\n';
    std::size_t multiword = 0;
    for (const ConlluWord& word : sentence.words) {
      while (multiword < sentence.multiwords.size() &&
             sentence.multiwords[multiword].first <= word.id) {
        const ConlluMultiword& token = sentence.multiwords[multiword++];
        if (token.first != word.id) continue;  // malformed range: nothing to attach it to
        out << token.first << '-' << token.last << '\t' << Field(token.form)
            << "\t_\t_\t_\t_\t_\t_\t_\t" << Field(token.misc) << '\n';
      }
      WriteWord(word, out);
    }
    out << '\n';
  }
}

}  // namespace kgraph
