package io.taospring.client.transport.nativ;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import java.nio.charset.StandardCharsets;

/**
 * A schemaless write ({@code protocol/native-c-api.md} section 5.5) through
 * {@code taos_schemaless_insert_raw_ttl_with_reqid}: newline-separated lines in one buffer, the result
 * checked and always freed.
 */
final class NativeSchemaless {

    /** {@code TSDB_SML_PROTOCOL_TYPE}. */
    enum Protocol {
        /** InfluxDB line protocol. */
        LINE(1),
        /** OpenTSDB telnet. */
        TELNET(2),
        /** OpenTSDB JSON. */
        JSON(3);

        final int code;

        Protocol(int code) {
            this.code = code;
        }
    }

    /** {@code TSDB_SML_TIMESTAMP_TYPE}. */
    enum TimestampPrecision {
        /** As the protocol's default. */
        NOT_CONFIGURED(0), HOURS(1), MINUTES(2), SECONDS(3), MILLISECONDS(4), MICROSECONDS(5), NANOSECONDS(6);

        final int code;

        TimestampPrecision(int code) {
            this.code = code;
        }
    }

    private final NativeConnection connection;

    NativeSchemaless(NativeConnection connection) {
        this.connection = connection;
    }

    /**
     * Writes the lines; returns the rows written.
     *
     * @param ttlDays the table time-to-live in days, 0 for none
     * @throws io.taospring.client.error.SchemalessError with the library's code when the write fails
     */
    long write(String lines, Protocol protocol, TimestampPrecision precision, int ttlDays, long reqId) {
        TaosLibrary api = connection.library().api();
        byte[] bytes = lines.getBytes(StandardCharsets.UTF_8);
        IntByReference totalRows = new IntByReference();
        Pointer res;
        try (Memory buffer = new Memory(Math.max(1, bytes.length))) {
            buffer.write(0, bytes, 0, bytes.length);
            res = api.taos_schemaless_insert_raw_ttl_with_reqid(connection.taos(), buffer, bytes.length, totalRows,
                    protocol.code, precision.code, ttlDays, reqId);
        }
        if (res == null) {
            throw ErrorCodes.exception(Operation.SCHEMALESS, api.taos_errno(null), api.taos_errstr(null), reqId, null,
                    null);
        }
        try {
            int code = api.taos_errno(res);
            if (code != 0) {
                throw ErrorCodes.exception(Operation.SCHEMALESS, code, api.taos_errstr(res), reqId, null, null);
            }
            return api.taos_affected_rows64(res);
        } finally {
            api.taos_free_result(res);
        }
    }
}
