# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that every VerifyDesk target links: strict Qt defines, warnings, and the
# folder of the generated config header.
add_library(vd_common_cfg INTERFACE)
target_compile_definitions(vd_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# qBittorrent's set plus -Wshadow. Third-party headers (Qt, OpenCV, protobuf, cpp-httplib,
# QtKeychain) come from imported targets or SYSTEM include folders, so only our code is checked.
target_compile_options(vd_common_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wcast-qual -Wcast-align -Woverloaded-virtual -Wold-style-cast
    -Wnon-virtual-dtor -Wshadow)
if(VD_WERROR)
    target_compile_options(vd_common_cfg INTERFACE -Werror)
endif()

# The version and the build's asset folders, for the few files that need them
# (#include "verifydeskconfig.h"): a header, not compile definitions, so that a new version
# recompiles those files only.
configure_file(${CMAKE_CURRENT_LIST_DIR}/verifydeskconfig.h.in
               ${PROJECT_BINARY_DIR}/config/verifydeskconfig.h @ONLY)

# Read-only data (weights, demo samples) under DATADIR/verifydesk once installed, and at the same
# place relative to the executables in a build tree (BUILD/bin -> BUILD/share/verifydesk), so
# that the programs find it beside themselves (verifydeskpaths.h).
include(GNUInstallDirs)
set(VD_INSTALL_DATA_DIR ${CMAKE_INSTALL_DATADIR}/verifydesk)
set(VD_INSTALL_FULL_DATA_DIR ${CMAKE_INSTALL_FULL_DATADIR}/verifydesk)
file(RELATIVE_PATH VD_BIN_TO_DATA ${CMAKE_INSTALL_FULL_BINDIR} ${VD_INSTALL_FULL_DATA_DIR})
get_filename_component(VD_BUILD_DATA_DIR ${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/${VD_BIN_TO_DATA} ABSOLUTE)
configure_file(${CMAKE_CURRENT_LIST_DIR}/verifydeskpaths.h.in
               ${PROJECT_BINARY_DIR}/config/verifydeskpaths.h @ONLY)
target_include_directories(vd_common_cfg INTERFACE ${PROJECT_BINARY_DIR}/config)
