#include "core/text/news_reader.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/text/char_class.h"

namespace kgraph {
namespace {

// A line of the text without its line break and surrounding white space; empty when blank.
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool notice = false;  // a credit or site notice that stands alone ("© .../TASS", "All news")
};

// Paragraphs short enough to be section headings when they lack final punctuation.
constexpr std::size_t kMaxHeadingWords = 10;
// Unpunctuated paragraphs before the body at most this long are headlines and standfirsts;
// longer ones are body text that merely lacks punctuation.
constexpr std::size_t kMaxLeadWords = 50;
constexpr std::size_t kMaxLeadBytes = 1000;
// Lines at most this long may be a caption or headline that is not followed by a blank line.
constexpr std::size_t kMaxTitleWords = 12;
// How far into a paragraph a dateline ("NEW YORK, November 11. /TASS/.") may reach.
constexpr std::size_t kMaxDatelineBytes = 100;

constexpr std::array kNoticePrefixes = std::to_array<std::string_view>(
    {"\u00A9", "All news", "Source:", "Read also", "Read more", "Photo:", "Photo credit",
     "Follow us", "Share this", "Copyright"});

class NewsLayout {
 public:
  explicit NewsLayout(std::string_view text) : text_(text) {}

  std::vector<Paragraph> Paragraphs() {
    std::vector<Line> lines = Lines();
    std::vector<Paragraph> paragraphs;
    std::size_t first = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i + 1 < lines.size() && !BreaksAfter(lines[i], lines[i + 1])) continue;
      if (lines[first].begin < lines[first].end) AddParagraph(lines, first, i, paragraphs);
      first = i + 1;
    }
    MarkBoilerplate(paragraphs);
    return paragraphs;
  }

 private:
  std::string_view Text(std::size_t begin, std::size_t end) const {
    return text_.substr(begin, end - begin);
  }

  std::vector<Line> Lines() const {
    std::vector<Line> lines;
    std::size_t begin = 0;
    while (begin <= text_.size()) {
      std::size_t end = text_.find('\n', begin);
      if (end == std::string_view::npos) end = text_.size();
      lines.push_back(Trim(begin, end));
      begin = end + 1;
    }
    return lines;
  }

  Line Trim(std::size_t begin, std::size_t end) const {
    while (begin < end) {
      DecodedChar c = DecodeChar(text_, begin);
      if (!IsSpace(c.code)) break;
      begin += c.size;
    }
    while (end > begin) {
      DecodedChar c = DecodeCharBefore(text_, end);
      if (!IsSpace(c.code)) break;
      end -= c.size;
    }
    Line line{begin, end, false};
    line.notice = begin < end && IsNotice(Text(begin, end));
    return line;
  }

  // Blank lines and notices stand alone; otherwise a line break ends a paragraph only after a
  // finished sentence followed by a new one, or after a title-like line (hard-wrapped copy).
  bool BreaksAfter(const Line& line, const Line& next) const {
    if (line.begin == line.end || next.begin == next.end) return true;
    if (line.notice || next.notice) return true;
    std::string_view current = Text(line.begin, line.end);
    std::string_view following = Text(next.begin, next.end);
    if (!StartsSentence(following)) return false;
    return EndsSentence(current) || IsTitleLike(current);
  }

  void AddParagraph(const std::vector<Line>& lines, std::size_t first, std::size_t last,
                    std::vector<Paragraph>& paragraphs) const {
    ByteSpan span{static_cast<std::uint32_t>(lines[first].begin),
                  static_cast<std::uint32_t>(lines[last].end)};
    bool notice = first == last && lines[first].notice;
    std::size_t dateline = notice ? 0 : DatelineEnd(Text(span.begin, span.end));
    if (dateline) {
      std::uint32_t split = span.begin + static_cast<std::uint32_t>(dateline);
      paragraphs.push_back({{span.begin, split}, true});
      Line rest = Trim(split, span.end);
      if (rest.begin == rest.end) return;
      span = {static_cast<std::uint32_t>(rest.begin), static_cast<std::uint32_t>(rest.end)};
    }
    paragraphs.push_back({span, notice});
  }

  // Headlines, standfirsts and captions come before the first paragraph that ends like a
  // sentence; after it, short unpunctuated paragraphs are section headings. Long unpunctuated
  // text is never boilerplate.
  void MarkBoilerplate(std::vector<Paragraph>& paragraphs) const {
    bool in_body = false;
    for (Paragraph& paragraph : paragraphs) {
      if (paragraph.boilerplate) continue;
      std::string_view text = Text(paragraph.span.begin, paragraph.span.end);
      if (EndsSentence(text)) {
        in_body = true;
        continue;
      }
      paragraph.boilerplate = text.size() <= kMaxLeadBytes &&
                              CountWords(text) <= (in_body ? kMaxHeadingWords : kMaxLeadWords);
    }
  }

  static bool IsNotice(std::string_view line) {
    for (std::string_view prefix : kNoticePrefixes) {
      if (line.starts_with(prefix)) return true;
    }
    return IsPhotoCredit(line);
  }

  // "Kremlin spokesman Dmitry Peskov Mikhail Metzel/TASS": ends in "/" and an agency in capitals.
  static bool IsPhotoCredit(std::string_view line) {
    std::size_t slash = line.rfind('/');
    if (slash == std::string_view::npos || slash + 2 > line.size() || slash == 0) return false;
    if (line[slash - 1] == ' ' || CountWords(line) > kMaxTitleWords) return false;
    for (char c : line.substr(slash + 1)) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  static bool EndsSentence(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0) {
      DecodedChar c = DecodeCharBefore(text, end);
      if (!IsClosingPunct(c.code)) break;
      end -= c.size;
    }
    if (end == 0) return false;
    DecodedChar last = DecodeCharBefore(text, end);
    return last.code == '.' || last.code == '!' || last.code == '?' || last.code == U'\u2026';
  }

  static bool StartsSentence(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
      DecodedChar c = DecodeChar(text, pos);
      if (!IsOpeningPunct(c.code)) return IsUpper(c.code) || IsDigit(c.code);
      pos += c.size;
    }
    return false;
  }

  // A short line starting with a capital in which most words are capitalized: a headline or a
  // caption ("Vladimir Putin"), not the start of a hard-wrapped sentence ("The top").
  static bool IsTitleLike(std::string_view line) {
    std::size_t words = 0;
    std::size_t capitalized = 0;
    bool at_word_start = true;
    for (std::size_t pos = 0; pos < line.size();) {
      DecodedChar c = DecodeChar(line, pos);
      if (IsSpace(c.code)) {
        at_word_start = true;
      } else if (at_word_start) {
        ++words;
        capitalized += IsUpper(c.code);
        at_word_start = false;
      }
      pos += c.size;
    }
    return words >= 1 && words <= kMaxTitleWords && StartsSentence(line) &&
           2 * capitalized > words + 1;
  }

  static std::size_t CountWords(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      words += !space && !in_word;
      in_word = !space;
    }
    return words;
  }

  // The end of a leading dateline: a capitalized place, then an agency mark "/TASS/." or
  // "(Reuters) -". Returns 0 when the paragraph has none.
  static std::size_t DatelineEnd(std::string_view paragraph) {
    if (paragraph.size() < 2 || !IsUpper(paragraph[0]) || !IsUpper(paragraph[1])) return 0;
    std::string_view head = paragraph.substr(0, kMaxDatelineBytes);
    for (std::size_t slash = head.find(" /"); slash != std::string_view::npos;
         slash = head.find(" /", slash + 1)) {
      std::size_t end = slash + 2;
      while (end < head.size() && IsUpper(head[end])) ++end;
      if (end == slash + 2 || end >= head.size() || head[end] != '/') continue;
      ++end;
      if (end < head.size() && head[end] == '.') ++end;
      return end;
    }
    for (std::string_view mark : {") -", ") \u2014", ") \u2013"}) {
      std::size_t at = head.find(mark);
      if (at != std::string_view::npos && head.rfind('(', at) != std::string_view::npos) {
        return at + mark.size();
      }
    }
    return 0;
  }

  std::string_view text_;
};

}  // namespace

void MarkNewsParagraphs(Document& doc) { doc.paragraphs = NewsLayout(doc.text).Paragraphs(); }

}  // namespace kgraph
