#pragma once
// Shape comparison of XML pages with the specification's examples: the
// ordered list of distinct element paths ("page/stats/finances/balance"), in
// order of first appearance.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kolmi::test {

inline void collect_paths(const pugi::xml_node& node, const std::string& prefix, std::vector<std::string>& out) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    std::string path = prefix.empty() ? child.name() : prefix + "/" + child.name();
    if (std::find(out.begin(), out.end(), path) == out.end()) out.push_back(path);
    collect_paths(child, path, out);
  }
}

inline std::vector<std::string> element_paths(const std::string& xml) {
  pugi::xml_document doc;
  auto result = doc.load_string(xml.c_str());
  INFO(result.description());
  REQUIRE(result);
  std::vector<std::string> out;
  collect_paths(doc, "", out);
  return out;
}

inline std::string spec_example(const std::string& name) {
  std::ifstream f(std::string(KOLMI_TEST_SPEC_DIR) + "/examples/" + name);
  REQUIRE(f.good());
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// The page has exactly the example's element paths, in the same order, plus
// only the listed additions (shared/spec/README.md decision 4).
inline void check_shape(const std::string& page_xml, const std::string& example_file,
                        const std::vector<std::string>& allowed_additions = {}) {
  auto expected = element_paths(spec_example(example_file));
  auto actual = element_paths(page_xml);
  actual.erase(std::remove_if(actual.begin(), actual.end(),
                              [&](const std::string& p) {
                                return std::find(allowed_additions.begin(), allowed_additions.end(), p) !=
                                       allowed_additions.end();
                              }),
               actual.end());
  INFO("example: " << example_file << "\npage:\n" << page_xml);
  CHECK(actual == expected);
}

}  // namespace kolmi::test
