package io.taospring.client.transport.ws;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.taospring.client.TaosConfig;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.protocol.ws.WsJson;
import io.taospring.client.transport.QueryResponse;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.SessionContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Which WebSocket implementation should the client use? A scan of {@link #ROWS} rows (every cell read),
 * 1,000-row INSERT statements and point queries through the same {@link WsConnection}, over the client's
 * own RFC 6455 channel on JDK sockets ({@code socket}), the JDK's {@code java.net.http.WebSocket}, and
 * Netty, against the embedded server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WsLibraryBenchmark {

    static final int ROWS = 200_000;

    @Param({"socket", "jdk-websocket", "netty"})
    public String library;

    private EmbeddedTaosServer server;
    private EventLoopGroup netty;
    private ExecutorService readers;
    private ScheduledExecutorService timers;
    private WsConnection connection;
    private long reqId = 1;
    private String insertSql;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Engine engine = new Engine();
        SessionContext session = new SessionContext("root", null);
        engine.execute(session, "create database b");
        engine.execute(session, "create table b.t (ts timestamp, v int, d double, s varchar(16))");
        for (int first = 0; first < ROWS; first += 1000) {
            StringBuilder sql = new StringBuilder("insert into b.t values");
            for (int i = first; i < first + 1000; i++) {
                sql.append(" (").append(1_700_000_000_000L + i).append(", ").append(i).append(", ").append(i * 0.5)
                        .append(", 'meter-").append(i % 100).append("')");
            }
            engine.execute(session, sql.toString());
        }
        engine.execute(session, "create table b.i (ts timestamp, v int, d double, s varchar(16))");
        StringBuilder insert = new StringBuilder("insert into b.i values");
        for (int i = 0; i < 1000; i++) {
            insert.append(" (").append(1_700_000_000_000L + i).append(", ").append(i).append(", ").append(i * 0.5)
                    .append(", 'meter-").append(i % 100).append("')");
        }
        insertSql = insert.toString();
        server = EmbeddedTaosServer.builder().port(0).executor(engine).build().start();
        TaosConfig config = TaosConfig.fromDsn("ws://127.0.0.1:" + server.port()).toBuilder()
                .requestTimeout(Duration.ofSeconds(30)).build();
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/ws");
        connection = new WsConnection(config, new WsJson(), new ReqIdGenerator(), uri.getAuthority());
        if (library.equals("netty")) {
            netty = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
            connection.start(NettyWsChannel.open(netty, uri, connection.sink()));
        } else if (library.equals("jdk-websocket")) {
            connection.start(JdkWebSocketChannel.open(HttpClient.newHttpClient(), uri, connection.sink()));
        } else {
            readers = Executors.newCachedThreadPool();
            timers = Executors.newSingleThreadScheduledExecutor();
            connection.start(SocketWsChannel.open(uri, Duration.ofSeconds(10), config.requestTimeout(), readers,
                    timers, connection.sink()));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        connection.close();
        if (netty != null) {
            netty.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        server.close();
        if (readers != null) {
            readers.shutdownNow();
            timers.shutdownNow();
        }
    }

    /** Rows read per second by a full scan (score × {@link #ROWS}). */
    @Benchmark
    public long scan() {
        long sum = 0;
        try (QueryResponse response = connection.query("select * from b.t", reqId++)) {
            for (RawBlock block = response.nextBlock(); block != null; block = response.nextBlock()) {
                for (int r = 0; r < block.rowCount(); r++) {
                    sum += block.getLong(0, r) + block.getLong(1, r) + (long) block.getDouble(2, r)
                            + block.getBytes(3, r).length;
                }
            }
        }
        return sum;
    }

    /** INSERT statements of 1,000 rows per second (each about 40 KB of SQL). */
    @Benchmark
    public long insert() {
        try (QueryResponse response = connection.query(insertSql, reqId++)) {
            return response.affectedRows();
        }
    }

    /** Small queries per second, one after another. */
    @Benchmark
    public long point() {
        long sum = 0;
        try (QueryResponse response = connection.query("select * from b.t limit 1", reqId++)) {
            for (RawBlock block = response.nextBlock(); block != null; block = response.nextBlock()) {
                sum += block.getLong(1, 0);
            }
        }
        return sum;
    }
}
