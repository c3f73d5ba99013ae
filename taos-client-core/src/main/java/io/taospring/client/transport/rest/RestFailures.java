package io.taospring.client.transport.rest;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.TaosException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/** Turns failures while reading a REST body into the client's errors, with the request's context. */
final class RestFailures {

    private RestFailures() {
    }

    /**
     * Runs {@code read}; on failure runs {@code cleanup} and throws the translated error: a broken
     * connection is a ConnectionError, a body that is not the protocol's JSON an InterfaceError.
     */
    static <T> T guard(RequestContext context, Runnable cleanup, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            try {
                cleanup.run();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw translate(context, e);
        }
    }

    /** The client error for a failure while reading a body; other (unexpected) exceptions unchanged. */
    static RuntimeException translate(RequestContext context, RuntimeException e) {
        if (e instanceof TaosException taos) {
            return taos;
        }
        if (e instanceof JacksonIOException io) {
            return readFailure(context, io.getCause() != null ? io.getCause() : io);
        }
        if (e instanceof JacksonException || e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
            return context.malformed(e.getMessage(), e);
        }
        return e;
    }

    /** The connection broke (or the caller was interrupted) while the body was being read. */
    static TaosException readFailure(RequestContext context, Throwable cause) {
        if (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException)
                || cause.getCause() instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        String detail = cause instanceof IOException ? cause.toString() : String.valueOf(cause.getMessage());
        return context.error(ErrorCodes.UNABLE_TO_CONNECT, "connection lost while reading the response: " + detail,
                cause);
    }
}
