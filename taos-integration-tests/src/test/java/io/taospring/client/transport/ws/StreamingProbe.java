package io.taospring.client.transport.ws;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;

/**
 * Streams a whole table and prints its row count and a checksum; {@link ConstantMemoryStreamingTest} runs
 * it in a JVM whose heap is far smaller than the result.
 */
public final class StreamingProbe {

    private StreamingProbe() {
    }

    /** Arguments: the server's port, the table. */
    public static void main(String[] args) {
        long rows = 0;
        long checksum = 0;
        try (TaosClient client = TaosClient.create("ws://127.0.0.1:" + args[0] + "?request_timeout=120s");
                TaosSession session = client.openSession();
                TaosResult result = session.query("select ts, v, note from " + args[1])) {
            while (result.next()) {
                checksum += result.getLong(0) + result.getInt(1) + result.getString(2).length();
                rows++;
            }
        }
        System.out.println("rows=" + rows + " checksum=" + checksum);
    }
}
