#pragma once
// An Asterisk call file: the request that Asterisk's outgoing spool
// (pbx_spool) turns into a call. Rendering is a pure function of a plain
// struct, so the exact text is easy to test.
//
// The format is Asterisk's sample.call: "Key: value" lines, read by
// pbx/pbx_spool.c apply_outgoing() with fgets() into a 256-byte buffer (a
// longer line is cut in two), '#' at the start or after a blank and any ';'
// starting a comment, blanks around the value trimmed, keys compared without
// case. Channel is Tech/Resource (the first leg); the second leg is either
// Context/Extension/Priority or Application/Data; Setvar lines set channel
// variables; Archive: yes makes Asterisk move the finished file, with a
// "Status:" line, into outgoing_done instead of deleting it.
#include <string>
#include <utility>
#include <vector>

namespace kolmi::callback {

struct CallFile {
  std::vector<std::string> comments;  // '# ' lines at the top, for people reading the spool
  std::string channel;                // first leg: Tech/Resource, e.g. Local/123@ctx
  std::string callerid;               // "Name" <number>; empty: no line
  int max_retries = 0;                // retries after the first attempt
  int retry_time = 60;                // seconds between attempts
  int wait_time = 30;                 // seconds to wait for an answer
  // Second leg: Context/Extension/Priority, unless `application` is set.
  std::string context;
  std::string extension;
  int priority = 1;
  std::string application;
  std::string data;
  std::string account;                                         // CDR account code of the call; empty: no line
  std::vector<std::pair<std::string, std::string>> variables;  // Setvar: NAME=VALUE
  bool archive = true;
};

// The call file's text, one "Key: value" line per field in the order of the
// struct, ending with a newline. Throws Error(action_failed) "call file
// line KEY: PROBLEM" when a value could not be read back exactly as written:
// a required value empty, a control character (a newline would inject a
// line), ';' or a '#' after a blank (a comment), blanks at either end,
// a line longer than Asterisk reads at once (254 characters), a Channel
// without '/', a variable name other than letters, digits and '_', or a
// number out of range (MaxRetries >= 0; RetryTime, WaitTime, Priority >= 1).
std::string render_call_file(const CallFile& file);

}  // namespace kolmi::callback
