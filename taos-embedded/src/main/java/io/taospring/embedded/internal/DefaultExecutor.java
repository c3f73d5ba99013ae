package io.taospring.embedded.internal;

import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.SqlExecutor;

/** The engine used when none is configured. */
public final class DefaultExecutor {

    private DefaultExecutor() {
    }

    /** A fresh, empty in-memory engine. */
    public static SqlExecutor create() {
        return new Engine();
    }
}
