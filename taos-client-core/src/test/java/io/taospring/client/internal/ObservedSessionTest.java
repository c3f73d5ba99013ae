package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.ConnectionType;
import io.taospring.client.Precision;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosField;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.internal.DefaultTaosResultTest.ScriptedResponse;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestObservation;
import io.taospring.client.observation.RequestObserver;
import io.taospring.client.observation.RequestOutcome;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session with a request observer: what the observer is told, and when. */
class ObservedSessionTest {

    private static final List<TaosField> FIELDS = List.of(new TaosField("v", TaosType.BIGINT, 8));

    /** Records every start and end, and numbers generated reqIds from 1000. */
    static final class RecordingObserver implements RequestObserver {
        final List<RequestInfo> started = new ArrayList<>();
        final List<RequestOutcome> ended = new ArrayList<>();

        @Override
        public long reqId(long generated) {
            return 1000 + started.size();
        }

        @Override
        public RequestObservation start(RequestInfo request) {
            started.add(request);
            return ended::add;
        }
    }

    /** Inserts affect 2 rows, "bad" statements fail, queries return blocks of 3 and 2 rows. */
    static final class ScriptedConnection implements TransportConnection {
        @Override
        public QueryResponse query(String sql, long reqId) {
            if (sql.startsWith("bad")) {
                throw new ProgrammingError(ErrorCodes.SYNTAX_ERROR, "syntax error", reqId, sql, null);
            }
            if (sql.startsWith("insert") || sql.startsWith("use")) {
                return new ScriptedResponse(List.of(), Precision.MILLISECONDS, List.of(), sql.startsWith("insert") ? 2 : 0);
            }
            return new ScriptedResponse(FIELDS, Precision.MILLISECONDS, List.of(block(3), block(2)));
        }

        @Override
        public String serverVersion() {
            return "3.3.6.0";
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public void close() {
        }
    }

    private static RawBlock block(int rows) {
        RawBlockBuilder builder = new RawBlockBuilder(FIELDS);
        for (int i = 0; i < rows; i++) {
            builder.appendLong(0, i);
        }
        return RawBlockCodec.decode(builder.encode());
    }

    private final RecordingObserver observer = new RecordingObserver();
    private final DefaultTaosSession session = new DefaultTaosSession(TaosConfig.builder()
            .connectionType(ConnectionType.REST).endpoint("db.example", 6041).database("power")
            .requestObserver(observer).build(), new ScriptedConnection(), new ReqIdGenerator(5), (c, reusable) -> { });

    @Test
    void anUpdateEndsWithItsAffectedRowsAsRowsWritten() {
        session.execute("insert into t values (now, 1) (now, 2)");
        assertThat(observer.started).singleElement().satisfies(request -> {
            assertThat(request.sql()).isEqualTo("insert into t values (now, 1) (now, 2)");
            assertThat(request.currentDatabase()).contains("power");
            assertThat(request.transport()).isEqualTo(ConnectionType.REST);
            assertThat(request.endpoint().host()).isEqualTo("db.example");
        });
        assertThat(observer.ended).containsExactly(RequestOutcome.success(0, 2));
    }

    @Test
    void aQueryEndsWhenItsResultIsClosedWithTheRowsFetched() {
        try (TaosResult result = session.query("select v from t")) {
            while (result.next()) {
                assertThat(observer.ended).isEmpty();
            }
        }
        assertThat(observer.ended).containsExactly(RequestOutcome.success(5, 0));
    }

    @Test
    void aResultClosedWithTheSessionEndsItsObservationToo() {
        session.query("select v from t").next();
        session.close();
        assertThat(observer.ended).containsExactly(RequestOutcome.success(3, 0));
    }

    @Test
    void aFailedRequestEndsWithItsError() {
        assertThatThrownBy(() -> session.execute("bad sql")).isInstanceOf(ProgrammingError.class);
        assertThat(observer.ended).singleElement().satisfies(outcome -> {
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.failure()).containsInstanceOf(ProgrammingError.class);
        });
    }

    @Test
    void theObserverChoosesGeneratedReqIdsButNotTheCallers() {
        session.execute("insert into t values (now, 1)");
        session.execute("insert into t values (now, 1)", 42);
        assertThat(observer.started).extracting(RequestInfo::reqId).containsExactly(1000L, 42L);
    }

    @Test
    void theDatabaseFollowsUse() {
        session.execute("use other");
        session.execute("insert into t values (now, 1)");
        assertThat(observer.started).extracting(RequestInfo::database).containsExactly("power", "other");
    }

    @Test
    void aCompositeOfNoActiveObserversIsNone() {
        assertThat(RequestObserver.composite(List.of(RequestObserver.NONE))).isSameAs(RequestObserver.NONE);
        assertThat(RequestObserver.composite(List.of(observer, RequestObserver.NONE))).isSameAs(observer);
    }

    @Test
    void aCompositeTellsEveryObserverInOrder() {
        RecordingObserver second = new RecordingObserver();
        RequestObserver both = RequestObserver.composite(List.of(observer, second));
        RequestInfo request = new RequestInfo("select 1", 7, null, ConnectionType.WEBSOCKET,
                TaosConfig.builder().build().endpoint());
        both.start(request).end(RequestOutcome.success(1, 0));
        assertThat(observer.ended).containsExactly(RequestOutcome.success(1, 0));
        assertThat(second.ended).containsExactly(RequestOutcome.success(1, 0));
        assertThat(both.reqId(5)).isEqualTo(1001L);
    }
}
