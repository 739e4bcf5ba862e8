# SPDX-License-Identifier: GPL-3.0-or-later
# `format` rewrites and `check-format` checks every C++ file we own (*.cpp, *.h under the source
# folders below, so never a build tree or .cache) with the repository's .clang-format, as
# KeePassXC's cmake/CLangFormat.cmake does. check-format fails on a mis-formatted file and names
# it; packaging/test.sh runs it. The file list is taken when the target runs, so new files count
# without a new configure.
#
# Included from CMakeLists.txt it defines the targets; run with `cmake -P` it does the work.
set(VD_FORMAT_DIRS protocol core ui app engine server tests bench)

if(NOT CMAKE_SCRIPT_MODE_FILE)
    find_program(VD_CLANG_FORMAT NAMES clang-format clang-format-14)
    foreach(_mode format check-format)
        add_custom_target(${_mode}
            COMMAND ${CMAKE_COMMAND} -DVD_FORMAT_MODE=${_mode} -DVD_CLANG_FORMAT=${VD_CLANG_FORMAT}
                    -DVD_SOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${CMAKE_CURRENT_LIST_FILE}
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            VERBATIM)
    endforeach()
    return()
endif()

if(NOT VD_CLANG_FORMAT)
    message(FATAL_ERROR "clang-format not found (packaging/install-deps.sh installs it)")
endif()
set(_files)
foreach(_dir IN LISTS VD_FORMAT_DIRS)
    file(GLOB_RECURSE _found LIST_DIRECTORIES false
         "${VD_SOURCE_DIR}/${_dir}/*.cpp" "${VD_SOURCE_DIR}/${_dir}/*.h")
    list(APPEND _files ${_found})
endforeach()
list(SORT _files)
list(LENGTH _files _count)

if(VD_FORMAT_MODE STREQUAL "format")
    message(STATUS "Formatting ${_count} C++ files")
    execute_process(COMMAND ${VD_CLANG_FORMAT} -style=file -i ${_files}
                    WORKING_DIRECTORY ${VD_SOURCE_DIR} RESULT_VARIABLE _result)
else()
    message(STATUS "Checking the format of ${_count} C++ files")
    execute_process(COMMAND ${VD_CLANG_FORMAT} -style=file --dry-run --Werror ${_files}
                    WORKING_DIRECTORY ${VD_SOURCE_DIR} RESULT_VARIABLE _result)
endif()
if(NOT _result EQUAL 0 AND VD_FORMAT_MODE STREQUAL "format")
    message(FATAL_ERROR "clang-format failed (${_result})")
elseif(NOT _result EQUAL 0)
    message(FATAL_ERROR "clang-format: the files above are not formatted; "
                        "`cmake --build BUILD --target format` fixes them")
endif()
