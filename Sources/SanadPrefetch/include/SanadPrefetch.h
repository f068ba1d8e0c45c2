#ifndef SANAD_PREFETCH_H
#define SANAD_PREFETCH_H

/// Asks the processor to start loading the cache line holding `address`, without waiting for it and without
/// faulting on any address. Swift has no prefetch intrinsic; the entity tagger's hot loops know which table slots
/// a sentence's words will read before they read them, and start those cache misses together instead of one at a
/// time (see `EmissionScorer`).
static inline void sanad_prefetch(const void *address) { __builtin_prefetch(address); }

#endif
