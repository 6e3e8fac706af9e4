#include "core/conllu/conllu.h"

#include <charconv>
#include <fstream>

#include "core/error.h"

namespace kgraph {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool ParseInt(std::string_view text, int& value) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

// Handles "# key = value" comments that carry sentence metadata.
void ReadComment(std::string_view body, ConlluSentence& sentence) {
  sentence.comments.emplace_back(body);
  auto value_of = [&](std::string_view key, std::string& out) {
    if (!body.starts_with(key)) return false;
    std::string_view rest = body.substr(key.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || rest.front() != '=') return false;
    rest.remove_prefix(1);
    if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    out.assign(rest);
    return true;
  };
  if (value_of("sent_id", sentence.sent_id) || value_of("text", sentence.text) ||
      value_of("newdoc id", sentence.newdoc_id)) {
    return;
  }
  if (body == "newpar" || body.starts_with("newpar ")) sentence.newpar = true;
  if (body == "newdoc") sentence.newdoc_id = "-";
}

class Reader {
 public:
  explicit Reader(const std::string& source) : source_(source) {}

  void Line(std::string_view line, std::uint64_t number) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      Flush();
      return;
    }
    if (current_.comments.empty() && current_.words.empty() && current_.multiwords.empty()) {
      current_.line = number;
    }
    if (line.front() == '#') {
      std::string_view body = line.substr(1);
      if (!body.empty() && body.front() == ' ') body.remove_prefix(1);
      ReadComment(body, current_);
      return;
    }
    Word(line, number);
  }

  std::vector<ConlluSentence> Finish() {
    Flush();
    return std::move(sentences_);
  }

 private:
  [[noreturn]] void Fail(const std::string& what, std::uint64_t number) const {
    throw Error(what, {source_, number, std::nullopt});
  }

  void Word(std::string_view line, std::uint64_t number) {
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 10) {
      Fail("expected 10 tab-separated columns, found " + std::to_string(f.size()), number);
    }
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) return;  // empty node: enhanced graph only
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluMultiword mwt;
      if (!ParseInt(id.substr(0, dash), mwt.first) || !ParseInt(id.substr(dash + 1), mwt.last)) {
        Fail("malformed multiword token id '" + std::string(id) + "'", number);
      }
      mwt.form.assign(f[1]);
      mwt.misc.assign(f[9]);
      current_.multiwords.push_back(std::move(mwt));
      return;
    }
    ConlluWord word;
    if (!ParseInt(id, word.id) || word.id != static_cast<int>(current_.words.size()) + 1) {
      Fail("word id '" + std::string(id) + "' is not the next in sequence", number);
    }
    if (f[6] != "_" && !ParseInt(f[6], word.head)) {
      Fail("head '" + std::string(f[6]) + "' is not a number", number);
    }
    word.form.assign(f[1]);
    word.lemma.assign(f[2]);
    word.upos.assign(f[3]);
    word.xpos.assign(f[4]);
    word.feats.assign(f[5]);
    word.deprel.assign(f[7]);
    word.misc.assign(f[9]);
    word.line = number;
    current_.words.push_back(std::move(word));
  }

  void Flush() {
    if (!current_.words.empty()) sentences_.push_back(std::move(current_));
    current_ = ConlluSentence();
  }

  const std::string& source_;
  ConlluSentence current_;
  std::vector<ConlluSentence> sentences_;
};

}  // namespace

bool ConlluWord::SpaceAfter() const { return misc.find("SpaceAfter=No") == std::string::npos; }

std::vector<ConlluSentence> ReadConllu(std::istream& in, const std::string& source) {
  Reader reader(source);
  std::string line;
  std::uint64_t number = 0;
  while (std::getline(in, line)) reader.Line(line, ++number);
  if (in.bad()) throw Error("read error", {source, number, std::nullopt});
  return reader.Finish();
}

std::vector<ConlluSentence> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open CoNLL-U file", {path, std::nullopt, std::nullopt});
  return ReadConllu(in, path);
}

Document DocumentFromGoldWords(const std::vector<ConlluSentence>& sentences, std::string id) {
  Document doc;
  doc.id = std::move(id);
  for (const ConlluSentence& gold : sentences) {
    if (!doc.text.empty()) doc.text += '\n';
    Sentence sentence;
    for (const ConlluWord& word : gold.words) {
      if (!sentence.tokens.empty()) doc.text += ' ';
      Token token;
      token.span.begin = static_cast<std::uint32_t>(doc.text.size());
      doc.text += word.form;
      token.span.end = static_cast<std::uint32_t>(doc.text.size());
      token.space_after = word.SpaceAfter();
      sentence.tokens.push_back(std::move(token));
    }
    sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
    doc.sentences.push_back(std::move(sentence));
  }
  return doc;
}

void CopyGoldAnalysis(const std::vector<ConlluSentence>& sentences, Document& doc) {
  for (std::size_t s = 0; s < sentences.size() && s < doc.sentences.size(); ++s) {
    const std::vector<ConlluWord>& words = sentences[s].words;
    std::vector<Token>& tokens = doc.sentences[s].tokens;
    for (std::size_t w = 0; w < words.size() && w < tokens.size(); ++w) {
      tokens[w].upos = ParseUpos(words[w].upos).value_or(Upos::kX);
      tokens[w].xpos = words[w].xpos == "_" ? "" : words[w].xpos;
      tokens[w].lemma = words[w].lemma == "_" ? "" : words[w].lemma;
      tokens[w].head = words[w].head - 1;
      tokens[w].deprel = words[w].deprel;
    }
  }
}

}  // namespace kgraph
