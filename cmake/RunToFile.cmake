# Build-time helper: runs a program and writes its standard output to a file,
# since add_custom_command has no portable redirection. A failing program
# fails the build and leaves no output file behind (so the next build retries).
# Usage: cmake -DOUTPUT=FILE -P RunToFile.cmake -- PROGRAM [ARG...]
set(command "")
set(after_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_separator)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_separator TRUE)
  endif()
endforeach()
if(NOT OUTPUT OR NOT command)
  message(FATAL_ERROR "usage: cmake -DOUTPUT=FILE -P RunToFile.cmake -- PROGRAM [ARG...]")
endif()

execute_process(COMMAND ${command} OUTPUT_FILE "${OUTPUT}.part" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE "${OUTPUT}.part")
  list(JOIN command " " shown)
  message(FATAL_ERROR "`${shown}` failed (${status}); ${OUTPUT} not written")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
