package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.sql.TypeSpec;

/**
 * A compiled expression with its result type and what it depends on.
 *
 * @param eval   the evaluator
 * @param type   the result type and declared length
 * @param refs   a bit set of {@link #COLUMN}, {@link #TABLE}, {@link #WINDOW}, {@link #AGGREGATE}
 * @param column the data column index when the expression is exactly a column reference, else -1
 * @param tag    the tag index when the expression is exactly a tag reference, else -1
 */
record Compiled(Eval eval, TypeSpec type, int refs, int column, int tag) {

    /** Reads row data. */
    static final int COLUMN = 1;
    /** Reads tags or tbname. */
    static final int TABLE = 2;
    /** Reads window pseudo columns. */
    static final int WINDOW = 4;
    /** Reads aggregate results. */
    static final int AGGREGATE = 8;

    static Compiled of(Eval eval, TypeSpec type, int refs) {
        return new Compiled(eval, type, refs, -1, -1);
    }

    static Compiled constant(Object value, TypeSpec type) {
        return new Compiled(row -> value, type, 0, -1, -1);
    }

    boolean isConstant() {
        return refs == 0;
    }

    /** Evaluates a constant expression. */
    Object value() {
        return eval.eval(new Row());
    }
}
