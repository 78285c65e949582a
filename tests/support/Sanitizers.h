#pragma once

namespace remotegpu::test {

// Whether this program (and so the server it starts, built alongside) was built with
// AddressSanitizer (REMOTEGPU_SANITIZE=ON). ASan's allocator pads every block and keeps freed
// memory in quarantine, so a resident-memory bound measured in such a build says nothing about
// the server: the tests that measure one print the figure there instead of checking it. The
// sanitizer gate checks the memory's correctness; the normal build checks its size.
constexpr bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    return false;
#endif
}

} // namespace remotegpu::test
