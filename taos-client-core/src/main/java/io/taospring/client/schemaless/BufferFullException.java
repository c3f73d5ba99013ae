package io.taospring.client.schemaless;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.OperationalError;

/** A {@link BufferedWriter} had no room for a write: nothing of that write was accepted. */
public class BufferFullException extends OperationalError {

    private static final long serialVersionUID = 1L;

    /** An overflow described by {@code message}. */
    public BufferFullException(String message) {
        super(ErrorCodes.BUFFER_FULL, message);
    }
}
