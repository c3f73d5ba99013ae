package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.storage.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause split for execution: the primary-timestamp range (pushed into the table snapshots),
 * predicates on tags and tbname (tested once per table) and the rest (tested per row).
 *
 * @param from        the smallest timestamp wanted
 * @param to          the largest timestamp wanted
 * @param bounded     whether both ends were given (FILL needs it)
 * @param tableFilter tag/tbname predicate, or null
 * @param rowFilter   row predicate, or null
 */
record Filter(long from, long to, boolean bounded, Compiled tableFilter, Compiled rowFilter) {

    static Filter analyse(Expr where, Compiler compiler) {
        if (where == null) {
            return new Filter(Long.MIN_VALUE, Long.MAX_VALUE, false, null, null);
        }
        Analysis analysis = new Analysis(compiler);
        for (Expr conjunct : conjuncts(where, new ArrayList<>())) {
            analysis.add(conjunct);
        }
        return analysis.result();
    }

    private static List<Expr> conjuncts(Expr expr, List<Expr> out) {
        if (expr instanceof Expr.Binary binary && binary.op().equals("and")) {
            conjuncts(binary.left(), out);
            conjuncts(binary.right(), out);
        } else {
            out.add(expr);
        }
        return out;
    }

    boolean isEmpty() {
        return from > to;
    }

    /** Accumulates the conjuncts. */
    private static final class Analysis {
        private final Compiler compiler;
        private final List<Compiled> table = new ArrayList<>();
        private final List<Compiled> rows = new ArrayList<>();
        private long from = Long.MIN_VALUE;
        private long to = Long.MAX_VALUE;
        private boolean lower;
        private boolean upper;

        Analysis(Compiler compiler) {
            this.compiler = compiler;
        }

        void add(Expr conjunct) {
            if (timeBound(conjunct)) {
                return;
            }
            Compiled compiled = compiler.compile(conjunct);
            if (compiled.isConstant()) {
                if (!Boolean.TRUE.equals(Compiler.truth(compiled.value()))) {
                    from = 1;
                    to = 0;
                }
            } else if ((compiled.refs() & ~Compiled.TABLE) == 0) {
                table.add(compiled);
            } else {
                rows.add(compiled);
            }
        }

        private boolean timeBound(Expr conjunct) {
            if (conjunct instanceof Expr.Between between && !between.negated()
                    && isPrimaryTimestamp(between.value())) {
                Long low = constant(between.low(), between.value());
                Long high = constant(between.high(), between.value());
                if (low != null && high != null) {
                    raise(low);
                    cap(high);
                    return true;
                }
                return false;
            }
            if (!(conjunct instanceof Expr.Binary binary)) {
                return false;
            }
            String op = binary.op();
            if (isPrimaryTimestamp(binary.left())) {
                return bound(op, constant(binary.right(), binary.left()));
            }
            if (isPrimaryTimestamp(binary.right())) {
                return bound(flip(op), constant(binary.left(), binary.right()));
            }
            return false;
        }

        private static String flip(String op) {
            return switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
        }

        private boolean bound(String op, Long value) {
            if (value == null) {
                return false;
            }
            long v = value;
            switch (op) {
                case ">" -> raise(v == Long.MAX_VALUE ? v : v + 1);
                case ">=" -> raise(v);
                case "<" -> cap(v == Long.MIN_VALUE ? v : v - 1);
                case "<=" -> cap(v);
                case "=" -> {
                    raise(v);
                    cap(v);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private void raise(long v) {
            from = Math.max(from, v);
            lower = true;
        }

        private void cap(long v) {
            to = Math.min(to, v);
            upper = true;
        }

        private boolean isPrimaryTimestamp(Expr expr) {
            if (!(expr instanceof Expr.Column) || !compiler.context().scope().userTable()) {
                return false;
            }
            Compiled compiled = compiler.compile(expr);
            return compiled.column() == 0;
        }

        private Long constant(Expr expr, Expr timestamp) {
            Compiled compiled = compiler.compile(expr);
            if (!compiled.isConstant()) {
                return null;
            }
            Compiled coerced = compiler.coerceTimestamp(compiled, compiler.compile(timestamp));
            Object value = coerced.value();
            if (value instanceof Long l) {
                return l;
            }
            return Values.isNumeric(value) ? (Long) (long) Values.toDouble(value) : null;
        }

        Filter result() {
            return new Filter(from, to, lower && upper, Compiler.and(table), Compiler.and(rows));
        }
    }
}
