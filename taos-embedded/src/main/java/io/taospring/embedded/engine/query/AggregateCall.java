package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.sql.TypeSpec;

/**
 * One aggregate function call of a query.
 *
 * @param function the lower-case function name
 * @param arg      the argument, or null for {@code count(*)}
 * @param param    the numeric parameter (percentile p, elapsed unit), else 0
 * @param type     the result type
 */
record AggregateCall(String function, Compiled arg, double param, TypeSpec type) {

    boolean isSelector() {
        return switch (function) {
            case "min", "max", "first", "last", "last_row" -> true;
            default -> false;
        };
    }

    boolean isCountLike() {
        return function.equals("count") || function.equals("hyperloglog");
    }
}
