#include "exporters/renderer.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/error.h"
#include "tests/exporters/jsonld_sample_graphs.h"

namespace kgraph {
namespace {

namespace fs = std::filesystem;

class RendererTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("kgraph_render_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> Files() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  static std::string ReadFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }

  fs::path dir_;
};

TEST_F(RendererTest, WritesAnSvgAndNoTemporaryFile) {
  fs::path path = dir_ / "graph.svg";
  RenderDiagram(testing::PatrushevGraph(), path.string(), "svg");
  EXPECT_EQ(Files(), std::vector<std::string>{"graph.svg"});
  std::string svg = ReadFile(path);
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u) << svg.substr(0, 200);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find(">Nikolai Patrushev</text>"), std::string::npos);
  EXPECT_NE(svg.find(">hope for</text>"), std::string::npos);
}

TEST_F(RendererTest, WritesAPng) {
  fs::path path = dir_ / "graph.png";
  RenderDiagram(testing::PatrushevGraph(), path.string(), "png");
  EXPECT_EQ(Files(), std::vector<std::string>{"graph.png"});
  std::string png = ReadFile(path);
  ASSERT_GT(png.size(), 100u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_F(RendererTest, NastyLabelsGiveWellFormedSvg) {
  fs::path path = dir_ / "nasty.svg";
  RenderDiagram(testing::NastyGraph(), path.string(), "svg");
  std::string svg = ReadFile(path);
  xmlDoc* doc = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "nasty.svg", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  EXPECT_NE(doc, nullptr) << svg;
  xmlFreeDoc(doc);
  EXPECT_NE(svg.find(">Say &quot;hi&quot; C:\\path</text>"), std::string::npos) << svg;
}

TEST_F(RendererTest, ReplacesAnExistingFile) {
  fs::path path = dir_ / "graph.svg";
  std::ofstream(path) << "old";
  RenderDiagram(testing::PatrushevGraph(), path.string(), "svg");
  EXPECT_NE(ReadFile(path).find("<svg"), std::string::npos);
  EXPECT_EQ(Files(), std::vector<std::string>{"graph.svg"});
}

TEST_F(RendererTest, RendersTheSameBytesTwice) {
  RenderDiagram(testing::NastyGraph(), (dir_ / "a.svg").string(), "svg");
  RenderDiagram(testing::NastyGraph(), (dir_ / "b.svg").string(), "svg");
  EXPECT_EQ(ReadFile(dir_ / "a.svg"), ReadFile(dir_ / "b.svg"));
}

TEST_F(RendererTest, MissingDirectoryIsAnError) {
  fs::path path = dir_ / "no" / "such" / "graph.svg";
  try {
    RenderDiagram(testing::PatrushevGraph(), path.string(), "svg");
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(error.message().find("cannot write diagram"), std::string::npos) << error.what();
    EXPECT_NE(error.location().source.find("graph.svg"), std::string::npos);
  }
  EXPECT_TRUE(Files().empty());
}

TEST_F(RendererTest, UnknownFormatIsAnError) {
  fs::path path = dir_ / "graph.pdf";
  try {
    RenderDiagram(testing::PatrushevGraph(), path.string(), "pdf");
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(error.message().find("svg or png"), std::string::npos) << error.what();
  }
  EXPECT_TRUE(Files().empty());
}

}  // namespace
}  // namespace kgraph
