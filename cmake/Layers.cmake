# The layering rules of docs/architecture.md, read from what CMake itself links.
#
# samenspraak_write_link_closures(FILE target...) writes, per target, every target and Qt
# module it links directly or through others (the link interface, not ldd: the linker drops
# unused shared libraries, so ldd can hide a dependency). tests/architecture/check-layers.cmake
# reads the file and fails on a forbidden edge; ctest runs it as "architecture: layers".

function(_samenspraak_link_closure target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue item)
        # Entries linked from another directory carry a "::@(id)" suffix; generator expressions
        # wrap some entries ($<LINK_ONLY:x>); other generator expressions are conditions we skip.
        string(REGEX REPLACE "::@\\(.*\\)$" "" item "${item}")
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
        if(item STREQUAL "" OR item STREQUAL "::@" OR item MATCHES "^\\$<" OR item IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${item}")
        if(NOT TARGET "${item}")
            continue()
        endif()
        get_target_property(aliased "${item}" ALIASED_TARGET)
        if(aliased)
            list(APPEND queue "${aliased}")
        endif()
        get_target_property(imported "${item}" IMPORTED)
        get_target_property(type "${item}" TYPE)
        if(NOT imported AND NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct "${item}" LINK_LIBRARIES)
            if(direct)
                list(APPEND queue ${direct})
            endif()
        endif()
        get_target_property(interface "${item}" INTERFACE_LINK_LIBRARIES)
        if(interface)
            list(APPEND queue ${interface})
        endif()
    endwhile()
    list(REMOVE_ITEM seen "${target}")
    list(SORT seen)
    set(${out} "${seen}" PARENT_SCOPE)
endfunction()

function(samenspraak_write_link_closures file)
    set(content "")
    foreach(target IN LISTS ARGN)
        _samenspraak_link_closure(${target} closure)
        string(APPEND content "${target}: ${closure}\n")
    endforeach()
    file(WRITE "${file}" "${content}")
endfunction()
