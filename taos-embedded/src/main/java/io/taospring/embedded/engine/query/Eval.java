package io.taospring.embedded.engine.query;

/** A compiled expression: computes a canonical value (or null) for the current row. */
@FunctionalInterface
interface Eval {

    Object eval(Row row);
}
