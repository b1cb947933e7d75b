#pragma once
// The tree writer of a format, over a byte sink.
#include <memory>

#include "core/output/format.hpp"
#include "core/output/row_formats.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::output {

std::unique_ptr<TreeWriter> make_tree_writer(Format format, xml::Sink sink, TableOptions table = {});

}  // namespace kolmi::output
