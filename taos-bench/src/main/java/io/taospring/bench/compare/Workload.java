package io.taospring.bench.compare;

import java.util.Map;

/** One side's run of a scenario: returns a value per metric. */
@FunctionalInterface
interface Workload extends AutoCloseable {

    /**
     * Runs the workload once.
     *
     * @param round the round number, so that writes of different rounds do not overwrite each other
     */
    Map<Metric, Double> run(int round) throws Exception;

    /** Releases what the workload holds between rounds (threads, contexts); nothing by default. */
    @Override
    default void close() {
    }
}
