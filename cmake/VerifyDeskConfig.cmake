# One INTERFACE target that every VerifyDesk target links: strict Qt defines and warnings.
add_library(vd_common_cfg INTERFACE)
target_compile_definitions(vd_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VD_VERSION="${PROJECT_VERSION}"
    VD_MODEL_DIR="${VD_MODEL_DIR}")
# qBittorrent's set plus -Wshadow. Third-party headers (Qt, OpenCV, protobuf, cpp-httplib,
# QtKeychain) come from imported targets or SYSTEM include folders, so only our code is checked.
target_compile_options(vd_common_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wcast-qual -Wcast-align -Woverloaded-virtual -Wold-style-cast
    -Wnon-virtual-dtor -Wshadow)
if(VD_WERROR)
    target_compile_options(vd_common_cfg INTERFACE -Werror)
endif()
