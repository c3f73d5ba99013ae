package io.taospring.client.fault;

import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;

/**
 * An embedded server that can be stopped and started again on the same port over the same data, as a restarted
 * taosAdapter in front of a running cluster: the engine (tables, rows, topics, committed offsets) outlives the
 * server, every connection does not.
 */
final class RestartableServer implements AutoCloseable {

    private final Engine engine;
    private int port;
    private EmbeddedTaosServer server;

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
        }
    }

    /** Starts the server again on the same port. */
    synchronized void startAgain() {
        if (server == null) {
            server = EmbeddedTaosServer.builder().port(port).executor(engine).build().start();
        }
    }

    /** Stops and starts again. */
    void restart() {
        stop();
        startAgain();
    }

    @Override
    public void close() {
        stop();
    }
}
