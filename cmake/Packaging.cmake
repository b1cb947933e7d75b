# `cpack -G DEB` (or plain `cpack`) in a build folder: a Debian package of
# what cmake/Install.cmake installs, under /usr. Its Depends come from
# dpkg-shlibdeps on the binary (dpkg-dev), so they name exactly the library
# packages kolmi links, at the versions it was built against.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kolmi)
set(CPACK_PACKAGE_VENDOR "kolmi developers")
set(CPACK_PACKAGE_CONTACT "kolmi developers <dev@kolmi.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "VoIP billing pages, exports and imports from an SQLite database")
set(CPACK_PACKAGE_DESCRIPTION [[kolmi implements the user-portal XML API of Kolmisoft MOR as a
command-line tool: one command per page, printing the page for the user
who asks, from an SQLite database whose tables follow MOR's names. It
rates and imports CDR files and rate decks, exports call lists and rates
as CSV, PDF and XLSX, and places callback calls through Asterisk's call files.]])
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # kolmi_VERSION-RELEASE_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Named here because dpkg-shlibdeps cannot see them (its list is appended):
# the PDF libraries and MariaDB Connector/C, loaded with dlopen
# (exporters/pdf/pdf_libraries.hpp, core/store/backend/mariadb_library.hpp),
# and tzdata, whose zone files kolmi reads itself (core/time/zone_directory;
# libdate-tz3, which brought it in, is no longer linked).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${KOLMI_DLOPEN_PACKAGES}, ${KOLMI_DLOPEN_CORE_PACKAGES}, tzdata")
# The PDF exports find DejaVu Sans through fontconfig. A Recommends, not a
# Depends: everything else works without it, `--font FILE` takes any
# TrueType font, and a missing font is a clear error naming this package.
# apt installs Recommends by default.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS fonts-dejavu-core)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS bash-completion)

include(CPack)
