package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.TypeSpec;
import io.taospring.embedded.engine.storage.Values;
import java.util.Set;

/** The aggregate functions: names, result types (sql-subset.md section 4.3) and accumulators. */
final class AggregateFunctions {

    private static final Set<String> NAMES = Set.of("count", "sum", "avg", "min", "max", "first", "last",
            "last_row", "spread", "stddev", "stddev_pop", "twa", "percentile", "apercentile", "elapsed",
            "hyperloglog");

    private AggregateFunctions() {
    }

    static boolean isAggregate(String name) {
        return NAMES.contains(name);
    }

    /** Whether {@code name} expands {@code f(*)} and {@code f(a, b)} into one column per argument. */
    static boolean isMultiColumnSelector(String name) {
        return name.equals("first") || name.equals("last") || name.equals("last_row");
    }

    static AggregateCall bind(Expr.Call call, Compiler compiler) {
        String name = call.name();
        if (call.args().isEmpty()) {
            throw Errors.functionArgCount(name);
        }
        Expr first = call.args().get(0);
        if (first instanceof Expr.Star) {
            if (!name.equals("count")) {
                throw Errors.functionArgType(name);
            }
            return new AggregateCall(name, null, 0, Compiler.BIGINT);
        }
        Compiled arg = compiler.compileRowLevel(first);
        double param = call.args().size() > 1 ? Values.toDouble(compiler.compileRowLevel(call.args().get(1)).value()) : 0;
        checkArity(name, call.args().size());
        return new AggregateCall(name, arg, param, resultType(name, arg.type()));
    }

    private static void checkArity(String name, int count) {
        boolean ok = switch (name) {
            case "percentile", "apercentile" -> count >= 2;
            case "elapsed" -> count <= 2;
            default -> count == 1;
        };
        if (!ok) {
            throw Errors.functionArgCount(name);
        }
    }

    private static TypeSpec resultType(String name, TypeSpec arg) {
        TaosType type = arg.type();
        return switch (name) {
            case "count", "hyperloglog" -> Compiler.BIGINT;
            case "sum" -> sumType(name, type);
            case "min", "max", "first", "last", "last_row" -> arg;
            default -> {
                if (!isNumeric(type) && !name.equals("elapsed")) {
                    throw Errors.functionArgType(name);
                }
                yield Compiler.DOUBLE;
            }
        };
    }

    private static TypeSpec sumType(String name, TaosType type) {
        if (type == TaosType.FLOAT || type == TaosType.DOUBLE) {
            return Compiler.DOUBLE;
        }
        if (!isNumeric(type)) {
            throw Errors.functionArgType(name);
        }
        return type.isUnsigned() ? TypeSpec.of(TaosType.UBIGINT) : Compiler.BIGINT;
    }

    private static boolean isNumeric(TaosType type) {
        return switch (type) {
            case BOOL, TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT, FLOAT, DOUBLE,
                    TIMESTAMP -> true;
            default -> false;
        };
    }

    static Accumulator accumulator(AggregateCall call) {
        return switch (call.function()) {
            case "count" -> new Accumulators.Count(call.arg());
            case "sum" -> call.type().type() == TaosType.DOUBLE
                    ? new Accumulators.DoubleSum(call.arg()) : new Accumulators.LongSum(call.arg());
            case "avg" -> new Accumulators.Avg(call.arg());
            case "min" -> new Accumulators.Extreme(call.arg(), false);
            case "max" -> new Accumulators.Extreme(call.arg(), true);
            case "first" -> new Accumulators.Edge(call.arg(), false, false);
            case "last" -> new Accumulators.Edge(call.arg(), true, false);
            case "last_row" -> new Accumulators.Edge(call.arg(), true, true);
            case "spread" -> new Accumulators.Spread(call.arg());
            case "stddev", "stddev_pop" -> new Accumulators.Stddev(call.arg());
            case "twa" -> new Accumulators.Twa(call.arg());
            case "percentile", "apercentile" -> new Accumulators.Percentile(call.arg(), call.param());
            case "elapsed" -> new Accumulators.Elapsed(call.param());
            case "hyperloglog" -> new Accumulators.Distinct(call.arg());
            default -> throw new IllegalStateException("not an aggregate: " + call.function());
        };
    }
}
