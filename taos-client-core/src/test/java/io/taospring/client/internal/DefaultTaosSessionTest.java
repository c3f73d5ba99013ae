package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.ConnectionType;
import io.taospring.client.Precision;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosField;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosType;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.internal.DefaultTaosResultTest.ScriptedResponse;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultTaosSessionTest {

    /** A connection that answers every statement with a fresh response and records what it was sent. */
    static final class RecordingConnection implements TransportConnection {
        final List<String> statements = new ArrayList<>();
        final List<Long> reqIds = new ArrayList<>();
        final List<ScriptedResponse> responses = new ArrayList<>();
        boolean closed;

        @Override
        public QueryResponse query(String sql, long reqId) {
            statements.add(sql);
            reqIds.add(reqId);
            ScriptedResponse response = sql.startsWith("insert")
                    ? new ScriptedResponse(List.of(), Precision.MILLISECONDS, List.of(), 2)
                    : new ScriptedResponse(List.of(new TaosField("v", TaosType.INT, 4)), Precision.MILLISECONDS, List.of());
            responses.add(response);
            return response;
        }

        @Override
        public String serverVersion() {
            return "3.3.6.0";
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final RecordingConnection connection = new RecordingConnection();
    private final DefaultTaosSession session = new DefaultTaosSession(
            TaosConfig.builder().connectionType(ConnectionType.REST).build(), connection, new ReqIdGenerator(5));

    @Test
    void executeReturnsTheAffectedRowsAndReleasesTheResponse() {
        assertThat(session.execute("insert into t values (now, 1) (now+1s, 2)")).isEqualTo(2);
        assertThat(session.execute("select v from t")).isZero();
        assertThat(connection.responses).allSatisfy(r -> assertThat(r.closes).isEqualTo(1));
    }

    @Test
    void sendsTheGivenRequestIdOrAFreshNonZeroOne() {
        session.execute("insert into t values (now, 1)", 42);
        session.execute("insert into t values (now, 2)");
        session.query("select v from t").close();
        assertThat(connection.reqIds.get(0)).isEqualTo(42);
        assertThat(connection.reqIds.subList(1, 3)).doesNotContain(0L).doesNotHaveDuplicates();
        assertThatThrownBy(() -> session.execute("select 1", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingTheSessionClosesItsOpenResultsAndTheConnection() {
        TaosResult open = session.query("select v from t");
        TaosResult closedEarlier = session.query("select v from t");
        closedEarlier.close();
        session.close();
        session.close();
        assertThat(open.isClosed()).isTrue();
        assertThat(connection.responses).allSatisfy(r -> assertThat(r.closes).isEqualTo(1));
        assertThat(connection.closed).isTrue();
        assertThat(session.isClosed()).isTrue();
        assertThatThrownBy(() -> session.query("select v from t")).isInstanceOfSatisfying(ConnectionError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED));
        assertThatThrownBy(session::serverVersion).isInstanceOf(ConnectionError.class);
    }
}
