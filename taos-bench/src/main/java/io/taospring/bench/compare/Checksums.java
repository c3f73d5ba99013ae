package io.taospring.bench.compare;

/** A workload may report a checksum of what it read; both drivers must agree on it. */
final class Checksums {

    /** Not printed; compared between the two sides. */
    static final Metric METRIC = new Metric("checksum", true);

    private Checksums() {
    }
}
