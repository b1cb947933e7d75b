# kolmi_shared_library_name(LIBRARY SONAME_VAR PACKAGE_VAR): the soname of a
# shared library (what dlopen should ask for: libhpdf-2.3.0.so, not the
# development symlink libhpdf.so) read off its ELF header with objdump, and
# the Debian package that installed it (dpkg -S), e.g. libhpdf-2.3.0.
function(kolmi_shared_library_name library soname_var package_var)
  execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${library} OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT dump MATCHES "SONAME +([^\n ]+)")
    message(FATAL_ERROR "cannot read the soname of ${library} with ${CMAKE_OBJDUMP}")
  endif()
  set(soname ${CMAKE_MATCH_1})
  file(REAL_PATH ${library} real)
  execute_process(COMMAND dpkg-query -S ${real} OUTPUT_VARIABLE owner RESULT_VARIABLE rc ERROR_QUIET)
  if(NOT rc EQUAL 0)
    # usrmerge: dpkg knows /lib/... for files found under /usr/lib/...
    string(REGEX REPLACE "^/usr" "" real ${real})
    execute_process(COMMAND dpkg-query -S ${real} OUTPUT_VARIABLE owner RESULT_VARIABLE rc ERROR_QUIET)
  endif()
  if(rc EQUAL 0 AND owner MATCHES "^([^:,]+)")
    set(package ${CMAKE_MATCH_1})
  else()
    set(package "unknown")  # not from a Debian package: the error names the file only
  endif()
  set(${soname_var} ${soname} PARENT_SCOPE)
  set(${package_var} ${package} PARENT_SCOPE)
endfunction()
