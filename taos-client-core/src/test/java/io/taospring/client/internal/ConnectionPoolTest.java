package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosConfig;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {

    private final List<FakeConnection> opened = new ArrayList<>();
    private final ConnectionPool pool = new ConnectionPool(this::open, 2);

    @Test
    void reusesAReleasedConnection() {
        TransportConnection first = pool.acquire();
        pool.release(first, true);

        assertThat(pool.acquire()).isSameAs(first);
        assertThat(opened).hasSize(1);
    }

    @Test
    void skipsIdleConnectionsThatDiedMeanwhile() {
        FakeConnection first = (FakeConnection) pool.acquire();
        pool.release(first, true);
        first.closed = true;

        assertThat(pool.acquire()).isNotSameAs(first);
    }

    @Test
    void closesConnectionsBeyondTheIdleLimitAndThoseNotReusable() {
        FakeConnection a = (FakeConnection) pool.acquire();
        FakeConnection b = (FakeConnection) pool.acquire();
        FakeConnection c = (FakeConnection) pool.acquire();
        FakeConnection d = (FakeConnection) pool.acquire();

        pool.release(a, true);
        pool.release(b, true);
        pool.release(c, true);
        pool.release(d, false);

        assertThat(pool.idleCount()).isEqualTo(2);
        assertThat(c.closed).isTrue();
        assertThat(d.closed).isTrue();
        assertThat(a.closed || b.closed).isFalse();
    }

    @Test
    void closingThePoolClosesIdleAndLaterReleasedConnections() {
        FakeConnection idle = (FakeConnection) pool.acquire();
        FakeConnection busy = (FakeConnection) pool.acquire();
        pool.release(idle, true);

        pool.close();
        pool.release(busy, true);

        assertThat(idle.closed).isTrue();
        assertThat(busy.closed).isTrue();
        assertThatThrownBy(pool::acquire).isInstanceOf(ConnectionError.class);
    }

    @Test
    void aSessionThatSwitchedDatabasesDoesNotReturnItsConnection() {
        FakeConnection connection = (FakeConnection) pool.acquire();
        DefaultTaosSession session = new DefaultTaosSession(TaosConfig.builder().build(), connection,
                new ReqIdGenerator(), pool::release);

        session.execute("  USE other");
        session.close();

        assertThat(connection.closed).isTrue();
        assertThat(pool.idleCount()).isZero();
    }

    @Test
    void aSessionReturnsItsConnectionOnClose() {
        FakeConnection connection = (FakeConnection) pool.acquire();
        DefaultTaosSession session = new DefaultTaosSession(TaosConfig.builder().build(), connection,
                new ReqIdGenerator(), pool::release);

        session.execute("insert into t values (now, 1)");
        session.close();

        assertThat(connection.closed).isFalse();
        assertThat(pool.acquire()).isSameAs(connection);
    }

    private TransportConnection open() {
        FakeConnection connection = new FakeConnection();
        opened.add(connection);
        return connection;
    }

    private static final class FakeConnection implements TransportConnection {
        boolean closed;

        @Override
        public QueryResponse query(String sql, long reqId) {
            return new UpdateOnly(reqId);
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

    private record UpdateOnly(long reqId) implements QueryResponse {
        @Override
        public boolean isUpdate() {
            return true;
        }

        @Override
        public long affectedRows() {
            return 1;
        }

        @Override
        public List<io.taospring.client.TaosField> fields() {
            return List.of();
        }

        @Override
        public io.taospring.client.Precision precision() {
            return io.taospring.client.Precision.MILLISECONDS;
        }

        @Override
        public io.taospring.client.codec.RawBlock nextBlock() {
            return null;
        }

        @Override
        public void close() {
        }
    }
}
