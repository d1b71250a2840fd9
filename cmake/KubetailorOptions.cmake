# One INTERFACE target carries the project's warnings and Qt defines; every target links it.
add_library(kubetailor_options INTERFACE)
add_library(kubetailor::options ALIAS kubetailor_options)

target_compile_options(kubetailor_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    $<$<BOOL:${KUBETAILOR_WERROR}>:-Werror>)

# Include lines say where a file lives: "kubeconfig/yaml/YamlNode.h", "app/gui/MainWindow.h",
# "tests/support/KubectlRunner.h". The source root is the only project include directory.
target_include_directories(kubetailor_options INTERFACE "${PROJECT_SOURCE_DIR}")

target_compile_definitions(kubetailor_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    KUBETAILOR_VERSION="${PROJECT_VERSION}")

if(KUBETAILOR_ASAN)
    target_compile_options(kubetailor_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(kubetailor_options INTERFACE -fsanitize=address,undefined)
endif()
