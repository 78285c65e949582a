# cmake -DBACKEND_DIR=<backend/> [-DSTAMP=<file>] -P CheckLayers.cmake
#
# Fails when a backend folder includes a header of a layer it may not use (Layers.cmake), naming
# the file, the header and what that layer may use. The compiler refuses most such includes
# already, because each layer sees only its own folder and its dependencies'; this says why in
# one line instead of "file not found", and also catches a header reached by accident (one of
# the same name in common/, say). Run before the backend compiles, and as the ctest
# backend_layers.
cmake_minimum_required(VERSION 3.25)
if(NOT BACKEND_DIR)
  message(FATAL_ERROR "CheckLayers.cmake needs -DBACKEND_DIR=<path of backend/>")
endif()
include(${BACKEND_DIR}/Layers.cmake)

set(problems)

# Which layer every header belongs to. Includes are flat, so a basename must be unique.
foreach(layer IN LISTS REMOTEGPU_BACKEND_LAYERS)
  file(GLOB headers ${BACKEND_DIR}/${layer}/*.h)
  foreach(header IN LISTS headers)
    get_filename_component(name ${header} NAME)
    if(DEFINED owner_${name})
      list(APPEND problems
        "${name} is in both ${owner_${name}}/ and ${layer}/: flat includes need one of each name")
    endif()
    set(owner_${name} ${layer})
  endforeach()
endforeach()

# A folder of sources that is not a declared layer would be outside every rule.
file(GLOB entries LIST_DIRECTORIES true ${BACKEND_DIR}/*)
foreach(entry IN LISTS entries)
  get_filename_component(folder ${entry} NAME)
  if(IS_DIRECTORY ${entry} AND NOT folder IN_LIST REMOTEGPU_BACKEND_LAYERS)
    file(GLOB sources ${entry}/*.cpp ${entry}/*.h)
    if(sources)
      list(APPEND problems
        "backend/${folder}/ has sources but is no layer: declare it in backend/Layers.cmake")
    endif()
  endif()
endforeach()

foreach(layer IN LISTS REMOTEGPU_BACKEND_LAYERS)
  remotegpu_backend_layer_reach(${layer} reach)
  if(reach)
    list(JOIN reach ", " allowed)
  else()
    set(allowed "nothing but common/")
  endif()
  file(GLOB files ${BACKEND_DIR}/${layer}/*.cpp ${BACKEND_DIR}/${layer}/*.h)
  foreach(file IN LISTS files)
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" included "${line}")
      get_filename_component(name ${included} NAME)
      if(NOT DEFINED owner_${name})
        continue() # common/, sql/ or generated: below every layer
      endif()
      set(target_layer ${owner_${name}})
      if(target_layer STREQUAL layer OR target_layer IN_LIST reach)
        continue()
      endif()
      file(RELATIVE_PATH shown ${BACKEND_DIR}/.. ${file})
      list(APPEND problems
        "${shown} includes \"${included}\" of ${target_layer}/, but ${layer} may use only: ${allowed}")
    endforeach()
  endforeach()
endforeach()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "backend layers: an include points the wrong way (graph in "
    "backend/Layers.cmake, docs/architecture.md \"Layers\")\n  ${text}\n")
endif()
if(STAMP)
  file(TOUCH ${STAMP})
endif()
