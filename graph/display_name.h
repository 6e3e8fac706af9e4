// How an entity's display name follows from the surface forms it was seen as. Shared by the
// graph, which updates it on every mention, and entity resolution, which merges surface forms.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace kgraph {

// The most frequent form, the longest (in bytes) on ties, then the first in sorted order; empty
// for no forms.
std::string DisplayName(const std::map<std::string, std::uint32_t>& surface_forms);

}  // namespace kgraph
