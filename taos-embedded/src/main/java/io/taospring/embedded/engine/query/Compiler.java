package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.TypeSpec;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Values;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compiles AST expressions into evaluators with result types (TDengine's typing rules). */
final class Compiler {

    static final TypeSpec BIGINT = TypeSpec.of(TaosType.BIGINT);
    static final TypeSpec DOUBLE = TypeSpec.of(TaosType.DOUBLE);
    static final TypeSpec BOOL = TypeSpec.of(TaosType.BOOL);
    static final TypeSpec TIMESTAMP = TypeSpec.of(TaosType.TIMESTAMP);
    static final TypeSpec TBNAME = new TypeSpec(TaosType.VARCHAR, 270, 0, 0);

    private final CompileContext context;

    Compiler(CompileContext context) {
        this.context = context;
    }

    CompileContext context() {
        return context;
    }

    Compiled compile(Expr expr) {
        if (expr instanceof Expr.Literal literal) {
            return literal(literal);
        }
        if (expr instanceof Expr.Column column) {
            return column(column);
        }
        if (expr instanceof Expr.Call call) {
            return call(call);
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary);
        }
        if (expr instanceof Expr.Unary unary) {
            return unary(unary);
        }
        if (expr instanceof Expr.Between between) {
            return between(between);
        }
        if (expr instanceof Expr.In in) {
            return in(in);
        }
        if (expr instanceof Expr.Like like) {
            return like(like);
        }
        if (expr instanceof Expr.IsNull isNull) {
            return isNull(isNull);
        }
        if (expr instanceof Expr.Cast cast) {
            return Casts.compile(compile(cast.value()), cast.type());
        }
        throw Errors.syntax(text(expr));
    }

    String text(Expr expr) {
        if (expr.start() < 0) {
            return Render.text(expr);
        }
        return context.sql().substring(expr.start(), expr.end());
    }

    /** AND of several predicates; null for none. */
    static Compiled and(java.util.List<Compiled> predicates) {
        Compiled result = null;
        for (Compiled predicate : predicates) {
            result = result == null ? predicate : logical("and", result, predicate);
        }
        return result;
    }

    // ---- leaves ----

    private Compiled literal(Expr.Literal literal) {
        return switch (literal.kind()) {
            case INTEGER -> integerLiteral(literal.text());
            case FLOAT -> Compiled.constant(Double.parseDouble(literal.text()), DOUBLE);
            case STRING -> Compiled.constant(literal.text(), new TypeSpec(TaosType.VARCHAR,
                    literal.text().getBytes(StandardCharsets.UTF_8).length, 0, 0));
            case BOOL -> Compiled.constant(literal.text().equals("true"), BOOL);
            case NULL -> Compiled.constant(null, BIGINT);
            case DURATION -> Compiled.constant(duration(literal), BIGINT);
        };
    }

    private long duration(Expr.Literal literal) {
        char unit = literal.text().charAt(literal.text().length() - 1);
        if (unit == 'n' || unit == 'y') {
            throw Errors.syntax(text(literal));
        }
        return Times.duration(literal.text(), context.precision());
    }

    private static Compiled integerLiteral(String text) {
        BigInteger value = text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
        if (value.bitLength() < 64) {
            return Compiled.constant(value.longValue(), BIGINT);
        }
        if (value.bitLength() == 64) {
            return Compiled.constant(value.longValue(), TypeSpec.of(TaosType.UBIGINT));
        }
        return Compiled.constant(value.doubleValue(), DOUBLE);
    }

    private Compiled column(Expr.Column column) {
        Scope scope = context.scope();
        String name = column.name();
        int index = scope.column(name);
        if (index >= 0) {
            ColumnDef def = scope.columns().get(index);
            return new Compiled(row -> row.index < 0 ? null : row.slice.columns()[index].get(row.index), spec(def),
                    Compiled.COLUMN,
                    index, -1);
        }
        int tag = scope.tag(name);
        if (tag >= 0) {
            ColumnDef def = scope.tags().get(tag);
            return new Compiled(row -> row.slice.tags()[tag], spec(def), Compiled.TABLE, -1, tag);
        }
        Compiled pseudo = column.qualifier() == null ? pseudoColumn(name) : null;
        if (pseudo == null) {
            throw Errors.invalidColumn(name);
        }
        return pseudo;
    }

    static TypeSpec spec(ColumnDef def) {
        return new TypeSpec(def.type(), def.length(), def.precision(), def.scale());
    }

    private Compiled pseudoColumn(String name) {
        boolean user = context.scope().userTable();
        return switch (name) {
            case "tbname" -> user ? Compiled.of(row -> row.slice.name(), TBNAME, Compiled.TABLE) : null;
            case "_rowts", "_c0" -> user
                    ? new Compiled(row -> row.index < 0 ? null : row.slice.columns()[0].get(row.index), TIMESTAMP,
                            Compiled.COLUMN, 0, -1)
                    : null;
            case "_wstart" -> Compiled.of(row -> row.windowStart, TIMESTAMP, Compiled.WINDOW);
            case "_wend" -> Compiled.of(row -> row.windowEnd, TIMESTAMP, Compiled.WINDOW);
            case "_wduration" -> Compiled.of(row -> row.windowEnd - row.windowStart, BIGINT, Compiled.WINDOW);
            case "_qstart" -> Compiled.of(row -> row.queryStart, TIMESTAMP, Compiled.WINDOW);
            case "_qend" -> Compiled.of(row -> row.queryEnd, TIMESTAMP, Compiled.WINDOW);
            default -> null;
        };
    }

    // ---- calls ----

    private Compiled call(Expr.Call call) {
        String name = call.name();
        if (AggregateFunctions.isAggregate(name)) {
            if (context.aggregates() == null) {
                throw Errors.semantic(0x2600, "syntax error near \"" + text(call) + "\"");
            }
            return context.aggregates().register(call, this);
        }
        List<Compiled> args = new ArrayList<>();
        for (Expr arg : call.args()) {
            if (arg instanceof Expr.Star) {
                throw Errors.functionArgType(name);
            }
            args.add(compile(arg));
        }
        return ScalarFunctions.compile(name, args, context);
    }

    /** Compiles an aggregate's argument: row-level, no nested aggregates. */
    Compiled compileRowLevel(Expr expr) {
        return new Compiler(context.withoutAggregates()).compile(expr);
    }

    // ---- operators ----

    private Compiled binary(Expr.Binary binary) {
        String op = binary.op();
        if (op.equals("and") || op.equals("or")) {
            return logical(op, compile(binary.left()), compile(binary.right()));
        }
        Compiled left = compile(binary.left());
        Compiled right = compile(binary.right());
        return switch (op) {
            case "+", "-", "*", "/", "%" -> Arithmetic.compile(op, left, right);
            case "&", "|" -> Arithmetic.bitwise(op, left, right);
            case "->" -> Json.extract(left, right);
            default -> comparison(op, left, right);
        };
    }

    private static Compiled logical(String op, Compiled left, Compiled right) {
        Eval l = left.eval();
        Eval r = right.eval();
        Eval eval = op.equals("and")
                ? row -> {
                    Boolean a = truth(l.eval(row));
                    if (Boolean.FALSE.equals(a)) {
                        return false;
                    }
                    Boolean b = truth(r.eval(row));
                    return a == null || b == null ? (Boolean.FALSE.equals(b) ? Boolean.FALSE : null) : b;
                }
                : row -> {
                    Boolean a = truth(l.eval(row));
                    if (Boolean.TRUE.equals(a)) {
                        return true;
                    }
                    Boolean b = truth(r.eval(row));
                    return a == null || b == null ? (Boolean.TRUE.equals(b) ? Boolean.TRUE : null) : b;
                };
        return Compiled.of(eval, BOOL, left.refs() | right.refs());
    }

    /** SQL truth of a value: null stays null, numbers are true when non-zero. */
    static Boolean truth(Object value) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return !value.toString().isEmpty();
    }

    Compiled comparison(String op, Compiled left, Compiled right) {
        Compiled l = coerceTimestamp(left, right);
        Compiled r = coerceTimestamp(right, left);
        Eval a = l.eval();
        Eval b = r.eval();
        Eval eval = row -> {
            Object x = a.eval(row);
            Object y = b.eval(row);
            if (x == null || y == null) {
                return null;
            }
            return test(op, x, y);
        };
        return Compiled.of(eval, BOOL, l.refs() | r.refs());
    }

    private static Boolean test(String op, Object x, Object y) {
        int c;
        try {
            c = Values.compare(x, y);
        } catch (NumberFormatException e) {
            return op.equals("<>");
        }
        return switch (op) {
            case "=" -> c == 0;
            case "<>" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** A string constant compared with a TIMESTAMP becomes a timestamp (0x2635 if it is not one). */
    Compiled coerceTimestamp(Compiled value, Compiled other) {
        if (other.type().type() != TaosType.TIMESTAMP || !value.isConstant()
                || value.type().type() != TaosType.VARCHAR) {
            return value;
        }
        Object text = value.value();
        if (text == null) {
            return value;
        }
        try {
            String s = text.toString().trim();
            long ts = s.matches("-?\\d+") ? Long.parseLong(s) : Times.parse(s, context.precision(), context.zone());
            return Compiled.constant(ts, TIMESTAMP);
        } catch (IllegalArgumentException e) {
            throw Errors.badTimestamp(text.toString());
        }
    }

    private Compiled unary(Expr.Unary unary) {
        Compiled operand = compile(unary.operand());
        Eval e = operand.eval();
        if (unary.op().equals("not")) {
            return Compiled.of(row -> {
                Boolean b = truth(e.eval(row));
                return b == null ? null : !b;
            }, BOOL, operand.refs());
        }
        if (unary.op().equals("+")) {
            return operand;
        }
        return Arithmetic.negate(operand);
    }

    private Compiled between(Expr.Between between) {
        Compiled value = compile(between.value());
        Compiled low = compile(between.low());
        Compiled high = compile(between.high());
        Compiled lower = comparison(">=", value, low);
        Compiled upper = comparison("<=", value, high);
        Compiled both = logical("and", lower, upper);
        return between.negated() ? not(both) : both;
    }

    private static Compiled not(Compiled c) {
        Eval e = c.eval();
        return Compiled.of(row -> {
            Boolean b = truth(e.eval(row));
            return b == null ? null : !b;
        }, BOOL, c.refs());
    }

    private Compiled in(Expr.In in) {
        Compiled value = compile(in.value());
        List<Object> constants = new ArrayList<>();
        int refs = value.refs();
        for (Expr item : in.list()) {
            Compiled c = coerceTimestamp(compile(item), value);
            if (!c.isConstant()) {
                throw Errors.syntax(text(item));
            }
            constants.add(c.value());
        }
        Set<Object> keys = new HashSet<>();
        constants.stream().filter(java.util.Objects::nonNull).forEach(v -> keys.add(Values.groupKey(v)));
        Eval e = value.eval();
        boolean negated = in.negated();
        Eval eval = row -> {
            Object v = e.eval(row);
            if (v == null) {
                return null;
            }
            boolean found = keys.contains(Values.groupKey(v)) || constants.stream()
                    .anyMatch(c -> c != null && Values.equal(v, c));
            return found != negated;
        };
        return Compiled.of(eval, BOOL, refs);
    }

    private Compiled like(Expr.Like like) {
        Compiled value = compile(like.value());
        Compiled pattern = compile(like.pattern());
        if (!pattern.isConstant()) {
            throw Errors.syntax(text(like.pattern()));
        }
        Object text = pattern.value();
        java.util.regex.Pattern regex = like.op().equals("like")
                ? Patterns.like(Values.text(text)) : java.util.regex.Pattern.compile(Values.text(text));
        boolean match = like.op().equals("like") || like.op().equals("match");
        boolean negated = like.negated();
        Eval e = value.eval();
        Eval eval = row -> {
            Object v = e.eval(row);
            if (v == null) {
                return null;
            }
            boolean found = like.op().equals("like") ? regex.matcher(Values.text(v)).matches()
                    : regex.matcher(Values.text(v)).find();
            return (found == match) != negated;
        };
        return Compiled.of(eval, BOOL, value.refs());
    }

    private Compiled isNull(Expr.IsNull isNull) {
        Compiled value = compile(isNull.value());
        Eval e = value.eval();
        boolean negated = isNull.negated();
        return Compiled.of(row -> (e.eval(row) == null) != negated, BOOL, value.refs());
    }
}
