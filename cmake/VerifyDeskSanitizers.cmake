# SPDX-License-Identifier: GPL-3.0-or-later
# Sanitized builds, each in its own build folder:
#   VD_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer on every target, for the test
#                   suite (packaging/test-sanitized.sh; gcc or clang).
#   VD_FUZZ=ON      the libFuzzer targets of tests/fuzz, with every library instrumented for
#                   coverage, ASan and UBSan (tests/fuzz/run-fuzzers.sh; clang only).
# Qt, OpenCV, protobuf and cpp-httplib come from Debian uninstrumented: their own code is not
# checked, only what ours does with them.
option(VD_SANITIZE "Build everything with ASan and UBSan" OFF)
option(VD_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(VD_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "VD_FUZZ=ON needs clang: -DCMAKE_CXX_COMPILER=clang++")
endif()

if(VD_SANITIZE OR VD_FUZZ)
    # Any undefined behaviour stops the program, so a report can never scroll by unnoticed.
    set(_vd_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined)
    add_compile_options(${_vd_sanitizers} -fno-omit-frame-pointer)
    add_link_options(${_vd_sanitizers})
    if(VD_FUZZ)
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
endif()

# clang's -Wpedantic also flags Qt's own logging macros (qCInfo(category) with no format); after
# vd_common_cfg's -Wpedantic, so that it wins.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    target_compile_options(vd_common_cfg INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()
