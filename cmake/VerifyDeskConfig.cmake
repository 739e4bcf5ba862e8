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
    VD_VERSION="${PROJECT_VERSION}"
    VD_MODEL_DIR="${VD_MODEL_DIR}")
target_compile_options(vd_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wno-deprecated-enum-enum-conversion)
if(VD_WERROR)
    target_compile_options(vd_common_cfg INTERFACE -Werror)
endif()
