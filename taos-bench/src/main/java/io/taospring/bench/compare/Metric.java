package io.taospring.bench.compare;

/**
 * A measured quantity.
 *
 * @param name           the name in the output lines, e.g. {@code scan_rows_per_s}
 * @param higherIsBetter whether the ratio is ours/official (throughput) or official/ours (latency)
 */
record Metric(String name, boolean higherIsBetter) {
}
