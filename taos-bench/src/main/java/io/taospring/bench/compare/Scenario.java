package io.taospring.bench.compare;

import io.taospring.client.TaosClient;
import java.sql.Connection;
import java.util.List;

/** A workload that both drivers run against the same data. */
interface Scenario {

    /** The metrics it reports, in output order. */
    List<Metric> metrics();

    /** Creates the data the workload needs, through our client. */
    void prepare(TaosClient client, CompareOptions options) throws Exception;

    /** The workload on this client. */
    Workload ours(TaosClient client, CompareOptions options);

    /** The workload on the official driver. */
    Workload official(Connection connection, CompareOptions options);
}
