#pragma once
// Handing a call file to Asterisk: its outgoing spool folder, and a
// temporary folder on the same file system where the file is written before
// it is renamed into the spool.
//
// Asterisk's pbx/pbx_spool.c reads EVERY regular file of the spool: the
// polling scan_thread() stats each readdir() entry and services it, and the
// inotify version queues each IN_CREATE/IN_CLOSE_WRITE/IN_MOVED_TO name; no
// name, not even a dot-file, is skipped, and a file it cannot parse is
// deleted ("Invalid file contents ... deleting"). A temporary file in the
// spool could thus be read half-written, deleted under us, or called twice.
// So the temporary file lives outside the spool and appears there only by
// rename(2), which Asterisk sees as one IN_MOVED_TO of a complete file: the
// documented practice ("Asterisk: The Future of Telephony", ch. 10, Call
// Files: create the file elsewhere, then move it in), usually from
// /var/spool/asterisk/tmp, the spool's sibling on the same file system.
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::callback {

struct SpoolDirs {
  std::string spool;  // Asterisk's outgoing folder
  std::string temp;   // where call files are written first
};

// The spool: `env_spool` (KOLMI_CALLBACK_SPOOL) when set and not empty, else
// `configured_spool` (Callback_Spool_Dir); trailing '/' dropped. The
// temporary folder: `configured_temp` (Callback_Temp_Dir) when not empty,
// else the spool's sibling "tmp" (/var/spool/asterisk/outgoing ->
// /var/spool/asterisk/tmp). Throws Error(action_failed) "No callback spool
// folder is configured" when there is no spool.
SpoolDirs resolve_spool_dirs(const std::optional<std::string>& env_spool, std::string_view configured_spool,
                             std::string_view configured_temp);

// Checks that the spool is a writable folder, and that the temporary folder
// (created, mode 0700, when missing but its parent exists) is a different
// folder on the same file system. Throws Error(action_failed) naming the
// folder and the problem.
void check_spool_dirs(const SpoolDirs& dirs);

// Writes `text` to a new file in dirs.temp with `mode` permissions, fsyncs
// it and renames it to dirs.spool/`name`, never replacing a file already
// there. Returns the spooled file's path. On failure the temporary file is
// removed, nothing appears in the spool, and Error(action_failed) names the
// problem.
std::string spool_call_file(const SpoolDirs& dirs, const std::string& name, std::string_view text,
                            unsigned mode);

// Whether the call file at `path` is still in the spool, that is, Asterisk
// has not finished with it: pbx_spool keeps a file while it dials and
// retries, then deletes it or (Archive: yes) moves it to outgoing_done.
// False only when the file is gone (ENOENT, ENOTDIR); a file that cannot be
// checked (a folder kolmi may not search) counts as still there, since
// nothing says it left. An empty path is never in the spool. Never throws.
bool call_file_in_spool(const std::string& path);

}  // namespace kolmi::callback
