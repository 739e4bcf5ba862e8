# SPDX-License-Identifier: GPL-3.0-or-later
# vd_add_tests(DIR <folder> TESTS <names...> LIBS <targets...> [SOURCES <files...>]
#              [LABELS <labels...>])
# One Qt Test executable per name in TESTS: tst_foo is built from DIR/tst_foo.cpp plus SOURCES,
# links LIBS, and is registered with ctest as tst_foo.
# To add a test of class Foo in <area>: write tests/<area>/tst_foo.cpp and add tst_foo to TESTS
# in tests/<area>/CMakeLists.txt. A new folder gets its own CMakeLists.txt with a vd_add_tests
# line and an add_subdirectory line in tests/CMakeLists.txt. A tst_*.cpp left out of TESTS stops
# the configure step, so that no test is silently never built.
# The harness (packaging/test.sh) runs ctest under Xvfb with a private D-Bus and an unlocked
# gnome-keyring, so GUI and keyring tests need nothing more here.
function(vd_add_tests)
    cmake_parse_arguments(ARG "" "DIR" "TESTS;LIBS;LABELS;SOURCES" ${ARGN})
    file(GLOB _present RELATIVE "${ARG_DIR}" "${ARG_DIR}/tst_*.cpp")
    foreach(_file IN LISTS _present)
        get_filename_component(_name "${_file}" NAME_WE)
        if(NOT _name IN_LIST ARG_TESTS)
            message(SEND_ERROR "${ARG_DIR}/${_file} is not listed in vd_add_tests(TESTS ...)")
        endif()
    endforeach()
    foreach(_name IN LISTS ARG_TESTS)
        add_executable(${_name} ${ARG_DIR}/${_name}.cpp ${ARG_SOURCES})
        target_link_libraries(${_name} PRIVATE vd_common_cfg Qt6::Test ${ARG_LIBS})
        target_compile_definitions(${_name} PRIVATE
            VD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
            VD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            VD_BINARY_DIR="${PROJECT_BINARY_DIR}")
        add_test(NAME ${_name} COMMAND ${_name})
        set_tests_properties(${_name} PROPERTIES TIMEOUT 600 LABELS "${ARG_LABELS}")
        set_property(GLOBAL APPEND PROPERTY VD_TEST_TARGETS ${_name})
    endforeach()
endfunction()
