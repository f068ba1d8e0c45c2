// The module is the header's inline function (include/SanadPrefetch.h); a C target needs one source file.
#include "SanadPrefetch.h"
