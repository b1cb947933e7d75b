# Warnings and sanitizers shared by every kolmi target.
add_library(kolmi_options INTERFACE)
target_compile_options(kolmi_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(KOLMI_WERROR)
  target_compile_options(kolmi_options INTERFACE -Werror)
endif()
if(KOLMI_SANITIZE)
  target_compile_options(kolmi_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(kolmi_options INTERFACE -fsanitize=address,undefined)
endif()
if(KOLMI_FUZZ)
  # Fast enough to fuzz, still with line numbers in the reports.
  target_compile_options(kolmi_options INTERFACE -O1 -g)
endif()
