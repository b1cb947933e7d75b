#include "core/import/csv_reader.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace kolmi::import {

namespace {
constexpr std::size_t kChunk = 1 << 20;
// Marks a span whose bytes live in the unquoted_ scratch string rather than
// in the read buffer.
constexpr std::size_t kInScratch = std::size_t{1} << (sizeof(std::size_t) * 8 - 1);
}  // namespace

CsvReader::CsvReader(std::FILE* file, char separator) : file_(file), sep_(separator) {
  buf_.reserve(kChunk * 2);
}

bool CsvReader::fill() {
  if (eof_) return false;
  // Keep the unread tail, drop what was consumed.
  buf_.erase(0, pos_);
  pos_ = 0;
  std::size_t old = buf_.size();
  buf_.resize(old + kChunk);
  std::size_t got = std::fread(buf_.data() + old, 1, kChunk, file_);
  buf_.resize(old + got);
  if (got < kChunk) {
    if (std::ferror(file_)) throw std::runtime_error(fmt::format("read error: {}", std::strerror(errno)));
    eof_ = true;
  }
  return got > 0;
}

CsvReader::Parse CsvReader::parse_record(std::vector<std::string_view>& fields) {
  fields.clear();
  spans_.clear();
  unquoted_.clear();
  std::size_t i = pos_;
  std::size_t line = line_;
  const std::size_t n = buf_.size();
  const char* b = buf_.data();
  for (;;) {
    // One field starting at i.
    if (i < n && b[i] == '"') {
      std::size_t scratch_start = unquoted_.size();
      ++i;
      std::size_t run = i;
      for (;;) {
        if (i >= n) return Parse::need_more;
        char c = b[i];
        if (c == '"') {
          if (i + 1 >= n && !eof_) return Parse::need_more;
          if (i + 1 < n && b[i + 1] == '"') {
            unquoted_.append(b + run, i + 1 - run);  // keep one quote
            i += 2;
            run = i;
            continue;
          }
          unquoted_.append(b + run, i - run);
          ++i;
          break;
        }
        if (c == '\0') throw ImportError(line, "binary data (a NUL byte) in the file");
        if (c == '\n') ++line;
        ++i;
      }
      spans_.emplace_back(scratch_start | kInScratch, unquoted_.size() - scratch_start);
      if (i < n && b[i] != sep_ && b[i] != '\n' && b[i] != '\r') {
        throw ImportError(line, fmt::format("unexpected '{}' after a closing quote", b[i]));
      }
    } else {
      std::size_t start = i;
      while (i < n && b[i] != sep_ && b[i] != '\n' && b[i] != '\r') {
        if (b[i] == '\0') throw ImportError(line, "binary data (a NUL byte) in the file");
        ++i;
      }
      if (i >= n && !eof_) return Parse::need_more;
      spans_.emplace_back(start, i - start);
    }
    // After a field: separator, line end or end of input.
    if (i < n && b[i] == sep_) {
      ++i;
      continue;
    }
    if (i < n && b[i] == '\r') {
      if (i + 1 >= n && !eof_) return Parse::need_more;
      ++i;
    }
    if (i < n && b[i] == '\n') ++i;
    ++line;
    break;
  }
  for (auto [offset, length] : spans_) {
    if (offset & kInScratch) {
      fields.emplace_back(unquoted_.data() + (offset & ~kInScratch), length);
    } else {
      fields.emplace_back(b + offset, length);
    }
  }
  pos_ = i;
  line_ = line;
  return Parse::complete;
}

std::string_view CsvReader::peek(std::size_t max) {
  while (buf_.size() - pos_ < max && fill()) {
  }
  return std::string_view(buf_).substr(pos_, max);
}

bool CsvReader::next(std::vector<std::string_view>& fields) {
  for (;;) {
    // Skip blank lines (a trailing newline, or empty lines between records).
    while (pos_ < buf_.size() && (buf_[pos_] == '\n' || buf_[pos_] == '\r')) {
      if (buf_[pos_] == '\n') ++line_;
      ++pos_;
    }
    if (pos_ >= buf_.size()) {
      if (!fill() && pos_ >= buf_.size()) return false;
      continue;
    }
    record_line_ = line_;
    if (parse_record(fields) == Parse::complete) return true;
    if (eof_) throw ImportError(record_line_, "unterminated quoted field (a \" is never closed)");
    // The record runs past the buffer: read more and parse it again from its start.
    fill();
  }
}

}  // namespace kolmi::import
