package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.client.error.SchemalessError;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSchemalessWriterTest {

    private record Sent(String data, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl, long reqId) {
    }

    private final List<Sent> sent = new ArrayList<>();

    private SessionSchemalessWriter writer(long rowsPerRequest) {
        return new SessionSchemalessWriter((data, protocol, precision, ttl, reqId) -> {
            sent.add(new Sent(data, protocol, precision, ttl, reqId));
            return rowsPerRequest;
        }, new ReqIdGenerator(7));
    }

    @Test
    void sendsLinesAsOneNewlineJoinedRequest() {
        long rows = writer(2).write(List.of("a v=1", "b v=2"), SchemalessProtocol.LINE,
                SchemalessPrecision.MICROSECONDS, 3, 99);

        assertThat(rows).isEqualTo(2);
        assertThat(sent).containsExactly(new Sent("a v=1\nb v=2", SchemalessProtocol.LINE,
                SchemalessPrecision.MICROSECONDS, 3, 99));
    }

    @Test
    void sendsEachJsonDocumentOnItsOwnAndGeneratesARequestId() {
        long rows = writer(1).write(List.of("{}", "[]"), SchemalessProtocol.JSON, SchemalessPrecision.NOT_CONFIGURED);

        assertThat(rows).isEqualTo(2);
        assertThat(sent).extracting(Sent::data).containsExactly("{}", "[]");
        assertThat(sent).extracting(Sent::reqId).allMatch(id -> id != 0);
    }

    @Test
    void sendsNothingForNoLines() {
        assertThat(writer(1).write(List.of(), SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS)).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    void namesTheLineThatTheServersMessageQuotes() {
        SessionSchemalessWriter failing = new SessionSchemalessWriter((data, protocol, precision, ttl, reqId) -> {
            throw new SchemalessError(0x3002, "invalid data:1700000000000 x\nc v=3", reqId, null, null);
        }, new ReqIdGenerator(7));

        SchemalessError e = catchThrowableOfType(SchemalessError.class, () -> failing.write(
                List.of("a v=1 1", "b v=2 1700000000000 x", "c v=3"), SchemalessProtocol.LINE,
                SchemalessPrecision.MILLISECONDS, 0, 5));

        assertThat(e.errno()).isEqualTo(0x3002);
        assertThat(e.line()).contains("b v=2 1700000000000 x");
        assertThat(e.reqId()).hasValue(5);
    }

    @Test
    void leavesTheLineUnknownWhenTheMessageQuotesNone() {
        assertThat(OffendingLine.find(List.of("a", "b"), "Database not exist")).isNull();
        assertThat(OffendingLine.find(List.of("only line"), "Database not exist")).isEqualTo("only line");
    }
}
