package io.taospring.client.internal;

import io.taospring.client.TaosConfig;

/** Parses DSNs and the official driver's JDBC URLs into a {@link TaosConfig.Builder}. */
public final class DsnParser {

    private DsnParser() {
    }

    /** Parses {@code dsn}; see {@link TaosConfig#fromDsn(String)}. */
    public static TaosConfig.Builder parse(String dsn) {
        throw new UnsupportedOperationException("TODO: DSN parsing");
    }
}
