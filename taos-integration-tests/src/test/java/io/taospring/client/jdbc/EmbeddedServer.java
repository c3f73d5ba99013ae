package io.taospring.client.jdbc;

import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded server per test class, on a free port, and fresh database names. */
final class EmbeddedServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedServer() {
    }

    /** A started server with the in-memory engine (passed explicitly until the server defaults to it). */
    static EmbeddedTaosServer start() {
        return EmbeddedTaosServer.builder().port(0).executor(new Engine()).build().start();
    }

    /** A database name no other test uses. */
    static String freshDatabase(String prefix) {
        return prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
    }
}
