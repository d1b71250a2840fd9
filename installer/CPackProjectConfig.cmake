# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): adds the install
# components only one package format wants to the default (unnamed) component.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_INSTALL_CMAKE_PROJECTS
        "${CPACK_KUBETAILOR_BUILD_DIR};kubetailor;Unspecified;/"
        "${CPACK_KUBETAILOR_BUILD_DIR};kubetailor;debian;/")
elseif(CPACK_GENERATOR STREQUAL "RPM")
    set(CPACK_INSTALL_CMAKE_PROJECTS
        "${CPACK_KUBETAILOR_BUILD_DIR};kubetailor;Unspecified;/"
        "${CPACK_KUBETAILOR_BUILD_DIR};kubetailor;rpm;/")
endif()
