/**
 * Side-by-side benchmarks: the same workload run with this client and with the official
 * {@code taos-jdbcdriver} against one server, alternating, after warm-up.
 */
package io.taospring.bench.compare;
