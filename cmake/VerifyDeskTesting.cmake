# vd_add_tests(DIR <folder> LIBS <targets...> [LABELS <labels...>])
# One test executable per tst_*.cpp file in DIR, each registered with ctest under its file name.
# The harness (packaging/test.sh) runs ctest under Xvfb with a private D-Bus and an unlocked
# gnome-keyring, so GUI and keyring tests need nothing more here.
function(vd_add_tests)
    cmake_parse_arguments(ARG "" "DIR" "LIBS;LABELS;SOURCES" ${ARGN})
    file(GLOB _tests CONFIGURE_DEPENDS "${ARG_DIR}/tst_*.cpp")
    foreach(_src IN LISTS _tests)
        get_filename_component(_name "${_src}" NAME_WE)
        add_executable(${_name} ${_src} ${ARG_SOURCES})
        target_link_libraries(${_name} PRIVATE vd_common_cfg Qt6::Test ${ARG_LIBS})
        target_compile_definitions(${_name} PRIVATE
            VD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
            VD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            VD_BINARY_DIR="${PROJECT_BINARY_DIR}")
        add_test(NAME ${_name} COMMAND ${_name})
        set_tests_properties(${_name} PROPERTIES TIMEOUT 600 LABELS "${ARG_LABELS}")
    endforeach()
endfunction()
