# The server's layers, bottom up, and which layers each may use: the one place the graph is
# declared. backend/CMakeLists.txt links each folder's library to exactly these (so an include
# of anything else does not compile), and CheckLayers.cmake reads the same lists to name the
# offending include when one points the wrong way. A layer may also use what its dependencies
# use (the links are PUBLIC). Everything may use common/.
#
#   base      JsonLog: what every layer needs, nothing of RemoteGPU (Backoff/LogThrottle are
#             in common/, shared with the agent)
#   access    Principal and the permission matrix: who a request acts for and what it may do
#   db        pool, sessions, migrations, repositories (PostgreSQL)
#   auth      password hashing, access tokens, directory (LDAP) and mail (SMTP) clients
#   http      the connection layer, request parser, envelope and Router; no routes of its own
#   realtime  the live fleet feed: LISTEN remotegpu_fleet and the /ws/admin/monitoring sockets
#   services  the domain operations, over repositories and auth
#   api       the routes: each turns a request into a service call
#   core      ServerConfig and Server, which build and wire all of the above (remotegpu_backend)
set(REMOTEGPU_BACKEND_LAYERS base access db auth http realtime services api core)

set(REMOTEGPU_BACKEND_LAYER_base_USES)
set(REMOTEGPU_BACKEND_LAYER_access_USES)
set(REMOTEGPU_BACKEND_LAYER_db_USES base)
set(REMOTEGPU_BACKEND_LAYER_auth_USES base)
set(REMOTEGPU_BACKEND_LAYER_http_USES base access)
set(REMOTEGPU_BACKEND_LAYER_realtime_USES base access db http)
set(REMOTEGPU_BACKEND_LAYER_services_USES base access db auth)
set(REMOTEGPU_BACKEND_LAYER_api_USES access http services)
set(REMOTEGPU_BACKEND_LAYER_core_USES base access db auth http realtime services api)

# The library of a layer. core keeps the old name of the whole backend, which tests link.
function(remotegpu_backend_layer_target layer out)
  if(layer STREQUAL "core")
    set(${out} remotegpu_backend PARENT_SCOPE)
  else()
    set(${out} remotegpu_backend_${layer} PARENT_SCOPE)
  endif()
endfunction()

# What `layer` may include: its declared uses and, through them, theirs.
function(remotegpu_backend_layer_reach layer out)
  set(reach)
  set(pending ${REMOTEGPU_BACKEND_LAYER_${layer}_USES})
  while(pending)
    list(POP_FRONT pending next)
    if(NOT next IN_LIST reach)
      list(APPEND reach ${next})
      list(APPEND pending ${REMOTEGPU_BACKEND_LAYER_${next}_USES})
    endif()
  endwhile()
  set(${out} ${reach} PARENT_SCOPE)
endfunction()
