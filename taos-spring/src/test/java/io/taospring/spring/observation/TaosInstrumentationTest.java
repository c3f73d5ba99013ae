package io.taospring.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.test.simple.SimpleTracer;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestObservation;
import io.taospring.client.observation.RequestObserver;
import io.taospring.embedded.EmbeddedTaosServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Micrometer observers on a real client against the embedded server. */
class TaosInstrumentationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedTaosServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TaosClient client(RequestObserver observer) {
        return TaosClient.create(TaosConfig.fromDsn("ws://127.0.0.1:" + server.port()).toBuilder()
                .requestObserver(observer).build());
    }

    /** Creates a table with three rows in a fresh database and returns the database name. */
    private static String threeRows(TaosSession session) {
        String db = "obs_" + DATABASES.incrementAndGet();
        session.execute("create database " + db);
        session.execute("use " + db);
        session.execute("create table m (ts timestamp, v int)");
        session.execute("insert into m values (1700000000000, 1) (1700000000001, 2) (1700000000002, 3)");
        return db;
    }

    @Test
    void metersCountRequestsAndRowsWithTheSameTagKeysAlways() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TaosClient client = client(new TaosClientMetrics(registry)); TaosSession session = client.openSession()) {
            String db = threeRows(session);
            try (TaosResult result = session.query("select v from m")) {
                while (result.next()) {
                    result.getInt(0);
                }
            }
            assertThatThrownBy(() -> session.query("select * from nope")).isInstanceOf(ProgrammingError.class);

            Timer selects = registry.get(TaosClientMetrics.REQUESTS).tag("db.operation.name", "SELECT")
                    .tag("outcome", "SUCCESS").timer();
            assertThat(selects.count()).isEqualTo(1);
            assertThat(selects.getId().getTags()).contains(Tag.of("db.namespace", db), Tag.of("db.system.name", "tdengine"),
                    Tag.of("taos.transport", "websocket"), Tag.of("error.type", "none"));
            assertThat(registry.get(TaosClientMetrics.REQUESTS).tag("outcome", "ERROR").tag("error.type", "0x2603")
                    .timer().count()).isEqualTo(1);
            assertThat(registry.get(TaosClientMetrics.ROWS_READ).counters()).extracting(Counter::count)
                    .containsOnly(0.0, 3.0);
            assertThat(registry.get(TaosClientMetrics.ROWS_WRITTEN).tag("db.operation.name", "INSERT").counter()
                    .count()).isEqualTo(3.0);
            assertThat(registry.get(TaosClientMetrics.REQUESTS).timers()).extracting(t -> tagKeys(t))
                    .containsOnly(List.of("db.namespace", "db.operation.name", "db.system.name", "error.type", "outcome",
                            "taos.transport"));
        }
    }

    private static List<String> tagKeys(Meter meter) {
        return meter.getId().getTags().stream().map(Tag::getKey).sorted().toList();
    }

    @Test
    void anObservationPerRequestFollowsTheDatabaseConventions() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (TaosClient client = client(new TaosClientObservations(registry)); TaosSession session = client.openSession()) {
            String db = threeRows(session);
            session.query("select v from m").toMaps();
            TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo(
                    DefaultTaosObservationConvention.NAME, 5)
                    .hasAnObservation(observation -> observation
                            .hasContextualNameEqualTo("SELECT " + db)
                            .hasLowCardinalityKeyValue("db.system.name", "tdengine")
                            .hasLowCardinalityKeyValue("db.namespace", db)
                            .hasLowCardinalityKeyValue("db.operation.name", "SELECT")
                            .hasLowCardinalityKeyValue("taos.transport", "websocket")
                            .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                            .hasLowCardinalityKeyValue("error.type", "none")
                            .hasHighCardinalityKeyValue("db.query.text", "select v from m"));
        }
    }

    @Test
    void failedRequestsEndTheirObservationWithTheError() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (TaosClient client = client(new TaosClientObservations(registry)); TaosSession session = client.openSession()) {
            assertThatThrownBy(() -> session.execute("selec 1")).isInstanceOf(ProgrammingError.class);
            TestObservationRegistryAssert.assertThat(registry).hasSingleObservationThat()
                    .hasLowCardinalityKeyValue("outcome", "ERROR").hasError().hasBeenStopped();
        }
    }

    @Test
    void theCurrentTraceIdIsCarriedIntoTheReqId() {
        SimpleTracer tracer = new SimpleTracer();
        List<RequestInfo> sent = new CopyOnWriteArrayList<>();
        RequestObserver recorder = new RequestObserver() {
            @Override
            public RequestObservation start(RequestInfo request) {
                sent.add(request);
                return RequestObservation.NONE;
            }
        };
        try (TaosClient client = client(RequestObserver.composite(List.of(new TraceIdReqIds(tracer), recorder)));
                TaosSession session = client.openSession()) {
            Span span = tracer.nextSpan().name("work").start();
            Tracer.SpanInScope scope = tracer.withSpan(span);
            try {
                session.execute("show databases");
                session.execute("show databases");
            } finally {
                scope.close();
                span.end();
            }
            session.execute("show databases");
            long traceBits = Long.parseUnsignedLong(span.context().traceId().substring(
                    span.context().traceId().length() - 16), 16) & ((1L << 39) - 1);
            assertThat(sent).hasSize(3);
            assertThat(TraceIdReqIds.traceBits(sent.get(0).reqId())).isEqualTo(traceBits);
            assertThat(TraceIdReqIds.traceBits(sent.get(1).reqId())).isEqualTo(traceBits);
            assertThat(sent.get(0).reqId()).isNotEqualTo(sent.get(1).reqId());
            assertThat(TraceIdReqIds.traceBits(sent.get(2).reqId())).isNotEqualTo(traceBits);
        }
    }

    @Test
    void derivedReqIdsArePositive() {
        assertThat(TraceIdReqIds.reqId("ffffffffffffffffffffffffffffffff", -1L)).isPositive();
        assertThat(TraceIdReqIds.reqId("", 5L)).isZero();
        assertThat(TraceIdReqIds.reqId("not-hex", 5L)).isZero();
    }
}
