package io.taospring.client.transport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.client.ConnectionType;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.TaosException;
import io.taospring.client.transport.rest.RestCase.Failure;
import io.taospring.client.transport.rest.RestCase.Rows;
import io.taospring.client.transport.rest.RestCase.Update;
import io.taospring.embedded.EmbeddedTaosServer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The REST transport's cases, which {@link RestTransportTest} checks against taosAdapter's documented
 * answers, replayed against the embedded server: the same statements must give the same results.
 */
class RestCasesOnEmbeddedServerTest {

    private static final long REQ_ID = 7_000_001;

    static Stream<RestCase> replayableCases() {
        return RestCases.all().stream().filter(RestCase::replayable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replayableCases")
    void givesTheDocumentedOutcome(RestCase c) {
        try (EmbeddedTaosServer server = EmbeddedTaosServer.builder().port(0).build().start()) {
            setUp(server, c);
            TaosConfig config = TaosConfig.builder().connectionType(ConnectionType.REST)
                    .endpoint("127.0.0.1", server.port()).database(c.database()).timezone(c.timezone()).build();
            try (TaosClient client = TaosClient.create(config); TaosSession session = client.openSession()) {
                if (c.expected() instanceof Rows rows) {
                    assertRows(session, c, rows);
                } else if (c.expected() instanceof Update update) {
                    assertThat(session.execute(c.sql(), REQ_ID)).isEqualTo(update.affectedRows());
                } else {
                    assertFailure(session, c, (Failure) c.expected());
                }
            }
        }
    }

    private static void setUp(EmbeddedTaosServer server, RestCase c) {
        TaosConfig config = TaosConfig.builder().connectionType(ConnectionType.REST)
                .endpoint("127.0.0.1", server.port()).build();
        try (TaosClient client = TaosClient.create(config); TaosSession session = client.openSession()) {
            boolean createsItsDatabase = c.setup().stream().anyMatch(sql -> sql.startsWith("create database"));
            if (c.database() != null && !createsItsDatabase) {
                session.execute("create database if not exists " + c.database());
            }
            for (String statement : c.setup()) {
                session.execute(statement);
            }
        }
    }

    private static void assertRows(TaosSession session, RestCase c, Rows expected) {
        try (TaosResult result = session.query(c.sql(), REQ_ID)) {
            assertThat(result.fields()).isEqualTo(expected.fields());
            assertThat(result.precision()).isEqualTo(expected.precision());
            assertThat(RestTransportTest.readAll(result)).isEqualTo(RestTransportTest.normalize(expected.rows()));
        }
    }

    private static void assertFailure(TaosSession session, RestCase c, Failure expected) {
        TaosException error = catchThrowableOfType(TaosException.class, () -> {
            try (TaosResult result = session.query(c.sql(), REQ_ID)) {
                RestTransportTest.readAll(result);
            }
        });
        assertThat(error).isExactlyInstanceOf(expected.category());
        assertThat(error.errno()).isEqualTo(expected.errno());
        assertThat(error.getMessage()).contains(expected.message());
    }
}
