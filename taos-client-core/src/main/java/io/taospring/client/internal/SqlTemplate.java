package io.taospring.client.internal;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ProgrammingError;
import java.util.List;
import java.util.Objects;

/**
 * A SQL statement with {@code ?} placeholders, rendered with safely escaped literals.
 *
 * <p>Placeholders are the {@code ?} outside single- and double-quoted strings (with backslash escapes),
 * backtick identifiers and comments ({@code --} to the end of the line, {@code /* ... *}{@code /}). Each is
 * replaced by the literal of its value as {@link SqlLiterals} writes it; a value is always exactly one
 * literal token, whatever it contains.
 */
public final class SqlTemplate {

    private final String sql;
    private final List<String> fragments;

    private SqlTemplate(String sql, List<String> fragments) {
        this.sql = sql;
        this.fragments = fragments;
    }

    /** Splits {@code sql} at placeholders outside quotes and comments. */
    public static SqlTemplate parse(String sql) {
        Objects.requireNonNull(sql, "sql");
        return new SqlTemplate(sql, SqlScanner.splitAtPlaceholders(sql));
    }

    /** The number of placeholders. */
    public int parameterCount() {
        return fragments.size() - 1;
    }

    /**
     * The statement with each placeholder replaced by the literal of the corresponding value.
     *
     * @throws ProgrammingError when the number of values differs from the number of placeholders, or a
     *                          value has no SQL literal
     */
    public String render(List<?> values) {
        Objects.requireNonNull(values, "values");
        if (values.size() != parameterCount()) {
            throw new ProgrammingError(ErrorCodes.PARAMETER_MISMATCH, "the statement has " + parameterCount()
                    + " placeholders but " + values.size() + " values were given", 0, sql, null);
        }
        StringBuilder out = new StringBuilder(sql.length() + 16 * values.size());
        out.append(fragments.get(0));
        for (int i = 0; i < values.size(); i++) {
            SqlLiterals.append(out, values.get(i), i + 1, sql);
            out.append(fragments.get(i + 1));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return sql;
    }
}
