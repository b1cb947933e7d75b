#include "core/output/csv_writer.hpp"
#include "core/output/row_formats.hpp"

namespace kolmi::output {

namespace {

class CsvRows final : public RowSink {
 public:
  explicit CsvRows(xml::Sink sink) : csv_(std::move(sink), ',') {}
  void header(std::span<const std::string_view> names) override {
    for (std::string_view name : names) csv_.plain_field(name);
    csv_.end_row();
  }
  void row(std::span<const Cell> cells) override {
    for (const Cell& c : cells) {
      if (c.data) {
        csv_.field(c.value);
      } else {
        csv_.plain_field(c.value);
      }
    }
    csv_.end_row();
  }
  void finish() override { csv_.flush(); }

 private:
  CsvWriter csv_;
};

}  // namespace

std::unique_ptr<RowSink> make_csv_rows(xml::Sink sink) { return std::make_unique<CsvRows>(std::move(sink)); }

}  // namespace kolmi::output
