# kubetailor_add_test(NAME SOURCES a.cpp ... [LIBS ...] [NETNS] [NEEDS_APP] [LABELS ...]
#                     [TIMEOUT s])
#
# One Qt Test executable per test class, registered with CTest. Every test runs through
# tests/support/run-test.sh, which gives it a fresh temporary HOME (and XDG dirs),
# QT_QPA_PLATFORM=offscreen and LANG=C.UTF-8. With NETNS the test runs inside its own
# network and mount namespace (unshare -n -m as root, unshare -r -n -m in an unprivileged
# user namespace otherwise) with loopback up and a private, writable /etc/hosts, so it can
# resolve a MagicDNS-style name to 127.0.0.1; where unshare refuses, it runs with
# KUBETAILOR_TEST_NETNS unset and must QSKIP the steps that need it.
# A test that passes but skipped a function or row exits 77 from run-test.sh, which CTest
# counts as skipped (SKIP_RETURN_CODE): the summary tells what did not run.
# NEEDS_APP is for a test that runs the kubetailor executable (KubetailorProcess, or
# KUBETAILOR_EXE directly): only such a test gets KUBETAILOR_EXE in its environment and a
# build dependency on the app, so building a library test (`--target tst_forwarder`, the
# ASan stage of `./dev asan`) compiles that library and test support, not the whole app.
set(KUBETAILOR_TEST_RUNNER "${CMAKE_SOURCE_DIR}/tests/support/run-test.sh")

function(kubetailor_add_test name)
    cmake_parse_arguments(ARG "NETNS;NEEDS_APP" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test kubetailor_options ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        KUBETAILOR_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        KUBETAILOR_FIXTURES_DIR="${CMAKE_SOURCE_DIR}/tests/fixtures"
        KUBETAILOR_SUPPORT_DIR="${CMAKE_SOURCE_DIR}/tests/support"
        KUBETAILOR_BINARY_DIR="${CMAKE_BINARY_DIR}")
    set(runner_args)
    if(ARG_NETNS)
        list(APPEND runner_args --netns)
    endif()
    add_test(NAME ${name}
        COMMAND "${KUBETAILOR_TEST_RUNNER}" ${runner_args} -- $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
    if(ARG_NEEDS_APP)
        set_tests_properties(${name} PROPERTIES
            ENVIRONMENT "KUBETAILOR_EXE=$<TARGET_FILE:kubetailor>")
        add_dependencies(${name} kubetailor)
    endif()
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
