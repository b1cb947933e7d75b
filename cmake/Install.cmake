# What `cmake --install` puts where, in the GNU/Debian layout under the
# prefix (/usr in the .deb, see cmake/Packaging.cmake):
#   bin/kolmi                                        cli/CMakeLists.txt
#   share/man/man1/kolmi.1.gz                        man/kolmi.1, gzip -9n as Debian ships man pages
#   share/bash-completion/completions/kolmi          `kolmi completion bash`
#   share/zsh/vendor-completions/_kolmi              `kolmi completion zsh`
#   share/doc/kolmi/README.md, LICENSE
#   share/doc/kolmi/samples/cron-monthly-exports.sh  executable, as its header's crontab line runs it
# The gzipped man page and the completion scripts are made at build time in
# ${PROJECT_BINARY_DIR}/share.
set(KOLMI_SHARE_DIR ${PROJECT_BINARY_DIR}/share)
find_program(KOLMI_GZIP gzip REQUIRED)

# -n: no file name or time stamp inside, so the same page gives the same bytes.
add_custom_command(
  OUTPUT ${KOLMI_SHARE_DIR}/kolmi.1.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${KOLMI_SHARE_DIR}
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${KOLMI_SHARE_DIR}/kolmi.1.gz -P ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
          -- ${KOLMI_GZIP} -9nc ${PROJECT_SOURCE_DIR}/man/kolmi.1
  DEPENDS ${PROJECT_SOURCE_DIR}/man/kolmi.1 ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
  COMMENT "Compressing the man page"
  VERBATIM)
set(KOLMI_SHARE_FILES ${KOLMI_SHARE_DIR}/kolmi.1.gz)
install(FILES ${KOLMI_SHARE_DIR}/kolmi.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The completion scripts come from the binary itself (`kolmi completion
# SHELL`), so they always match its commands and options. A cross build
# cannot run the binary unless an emulator is given.
if(CMAKE_CROSSCOMPILING AND NOT CMAKE_CROSSCOMPILING_EMULATOR)
  message(STATUS "kolmi: cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR: the bash and zsh "
                 "completions are neither made nor installed (make them on the target with "
                 "`kolmi completion bash` and `kolmi completion zsh`)")
else()
  set(kolmi_run $<TARGET_FILE:kolmi>)
  if(CMAKE_CROSSCOMPILING)
    set(kolmi_run ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:kolmi>)
  endif()
  foreach(shell bash zsh)
    set(file ${KOLMI_SHARE_DIR}/completion.${shell})
    add_custom_command(
      OUTPUT ${file}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${KOLMI_SHARE_DIR}
      COMMAND ${CMAKE_COMMAND} -DOUTPUT=${file} -P ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
              -- ${kolmi_run} completion ${shell}
      DEPENDS kolmi ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
      COMMENT "Making the ${shell} completion (kolmi completion ${shell})"
      VERBATIM)
    list(APPEND KOLMI_SHARE_FILES ${file})
  endforeach()
  install(FILES ${KOLMI_SHARE_DIR}/completion.bash
          DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME kolmi)
  install(FILES ${KOLMI_SHARE_DIR}/completion.zsh
          DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions RENAME _kolmi)
endif()
add_custom_target(kolmi_share_files ALL DEPENDS ${KOLMI_SHARE_FILES})

install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(PROGRAMS samples/cron-monthly-exports.sh DESTINATION ${CMAKE_INSTALL_DOCDIR}/samples)
