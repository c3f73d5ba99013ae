package io.taospring.client.fault;

import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;

/**
 * An embedded server that can be stopped and started again on the same port over the same data, as a restarted
 * taosAdapter in front of a running cluster: the engine (tables, rows, topics, committed offsets) outlives the
 * server, every connection does not.
 *
 * <p>While stopped, the port is held by a placeholder that closes every connection at once (the client sees its
 * connection end during the upgrade, as from a dead adapter): on a machine shared with other test runs, a freed
 * ephemeral port is soon taken by someone else's server, which the client would then reach instead.
 */
final class RestartableServer implements AutoCloseable {

    private final Engine engine;
    private int port;
    private EmbeddedTaosServer server;
    private PortPlaceholder placeholder;

    private RestartableServer(Engine engine) {
        this.engine = engine;
    }

    /** A started server over a fresh engine, on a free port. */
    static RestartableServer start() {
        return start(new Engine());
    }

    /** A started server over {@code engine} (shared with other servers: several adapters of one cluster). */
    static RestartableServer start(Engine engine) {
        RestartableServer restartable = new RestartableServer(engine);
        restartable.server = EmbeddedTaosServer.builder().port(0).executor(engine).build().start();
        restartable.port = restartable.server.port();
        return restartable;
    }

    /** The port, the same across restarts. */
    int port() {
        return port;
    }

    /** The engine behind the server. */
    Engine engine() {
        return engine;
    }

    /** Stops the server: the port closes and every connection ends. */
    synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            placeholder = PortPlaceholder.hold(port);
        }
    }

    /** Starts the server again on the same port. */
    synchronized void startAgain() {
        if (server == null) {
            placeholder.close();
            placeholder = null;
            server = EmbeddedTaosServer.builder().port(port).executor(engine).build().start();
        }
    }

    /** Stops and starts again. */
    void restart() {
        stop();
        startAgain();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (placeholder != null) {
            placeholder.close();
        }
    }
}
