# cmake -DCLOSURES=FILE -P check-layers.cmake
# Fails when a library links what its layer may not (docs/architecture.md, "Layers").
# FILE is written at configure time by samenspraak_write_link_closures (cmake/Layers.cmake).

cmake_minimum_required(VERSION 3.22)

if(NOT EXISTS "${CLOSURES}")
    message(FATAL_ERROR "no link closures at '${CLOSURES}'")
endif()
file(STRINGS "${CLOSURES}" lines)

# target -> what it must never link, directly or through another library.
set(forbidden_samenspraak_protocol "Qt6::Gui;Qt6::Qml;Qt6::Quick;Qt6::Network;Qt6::Sql")
set(forbidden_samenspraak_datadir "Qt6::Gui;Qt6::Qml;Qt6::Quick;Qt6::Network")
set(forbidden_samenspraak_core "Qt6::Gui;Qt6::Qml;Qt6::Quick;Qt6::QuickControls2;Qt6::Network;samenspraak_sync;samenspraak_platform;samenspraak_app;samenspraak_server")
set(forbidden_samenspraak_speech "Qt6::Gui;Qt6::Qml;Qt6::Quick;Qt6::Network;samenspraak_app")
set(forbidden_samenspraak_sync "Qt6::Gui;Qt6::Qml;Qt6::Quick;samenspraak_app;samenspraak_server")
# The server library implements the sync Outbox (a hub's ForwardOutbox) but never runs the client engine.
set(forbidden_samenspraak_server "Qt6::Gui;Qt6::Qml;Qt6::Quick;Qt6::QuickControls2;samenspraak_app;samenspraak_qml;samenspraak_sync")
set(forbidden_samenspraak-server "Qt6::Qml;Qt6::Quick;Qt6::QuickControls2;samenspraak_app;samenspraak_qml")

set(problems "")
set(checked 0)
foreach(line IN LISTS lines)
    string(REGEX MATCH "^([^:]+): (.*)$" _ "${line}")
    set(target "${CMAKE_MATCH_1}")
    # Qt::X is an alias of Qt6::X: one name for both.
    string(REPLACE "Qt::" "Qt6::" closure "${CMAKE_MATCH_2}")
    if(NOT DEFINED forbidden_${target})
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    foreach(bad IN LISTS forbidden_${target})
        if(bad IN_LIST closure)
            string(APPEND problems "  ${target} links ${bad}\n")
        endif()
    endforeach()
endforeach()
if(checked LESS 7)
    message(FATAL_ERROR "only ${checked} of the 7 layered targets are in ${CLOSURES}")
endif()
if(problems)
    message(FATAL_ERROR "layering broken (docs/architecture.md):\n${problems}")
endif()
message(STATUS "layers: ${checked} targets checked, none links what its layer may not")
