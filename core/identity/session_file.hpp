#pragma once
// The session file: one line holding the random session token, mode 0600 in
// a 0700 folder, written atomically. The database keeps only the token's hash.
#include <optional>
#include <string>

namespace kolmi::identity {

// The token in the file, or nullopt when there is no file. Throws
// Error(storage) when the file exists but cannot be read, and Error(auth)
// when it is readable by others than its owner (someone could copy it).
std::optional<std::string> read_session_token(const std::string& path);
// The same, but a file readable by others is read too: for ending that
// exposed session (kolmi logout, and kolmi login replacing the file).
std::optional<std::string> read_session_token_to_revoke(const std::string& path);
// Creates missing folders (0700) and writes the file (0600). Throws Error(storage).
void write_session_token(const std::string& path, const std::string& token);
// Removes the file if present. Throws Error(storage) when it cannot.
void remove_session_file(const std::string& path);

}  // namespace kolmi::identity
