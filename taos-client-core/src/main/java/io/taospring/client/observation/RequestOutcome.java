package io.taospring.client.observation;

import java.util.Optional;

/**
 * How a request ended.
 *
 * @param rowsRead    the rows fetched from the server (0 for an update)
 * @param rowsWritten the affected rows of an update (0 for a query)
 * @param error       the failure, or null when the request succeeded
 */
public record RequestOutcome(long rowsRead, long rowsWritten, RuntimeException error) {

    /** A successful end. */
    public static RequestOutcome success(long rowsRead, long rowsWritten) {
        return new RequestOutcome(rowsRead, rowsWritten, null);
    }

    /** A failed end, after {@code rowsRead} rows had been fetched. */
    public static RequestOutcome failure(RuntimeException error, long rowsRead) {
        return new RequestOutcome(rowsRead, 0, error);
    }

    /** The failure, if the request failed. */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(error);
    }

    /** Whether the request succeeded. */
    public boolean succeeded() {
        return error == null;
    }
}
