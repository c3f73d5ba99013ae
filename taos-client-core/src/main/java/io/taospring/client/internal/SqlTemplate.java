package io.taospring.client.internal;

import java.util.List;

/** A SQL statement with {@code ?} placeholders, rendered with safely escaped literals. */
public final class SqlTemplate {

    private SqlTemplate() {
    }

    /** Splits {@code sql} at placeholders outside quotes and comments. */
    public static SqlTemplate parse(String sql) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The statement with each placeholder replaced by the literal of the corresponding value. */
    public String render(List<?> values) {
        throw new UnsupportedOperationException("TODO");
    }
}
