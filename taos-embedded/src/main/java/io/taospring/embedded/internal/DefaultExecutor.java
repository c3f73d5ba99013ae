package io.taospring.embedded.internal;

import io.taospring.embedded.engine.SqlExecutor;

/** The engine used when none is configured. */
public final class DefaultExecutor {

    private DefaultExecutor() {
    }

    /** A fresh, empty engine. */
    public static SqlExecutor create() {
        throw new UnsupportedOperationException("the embedded SQL engine is not available yet; pass an executor");
    }
}
