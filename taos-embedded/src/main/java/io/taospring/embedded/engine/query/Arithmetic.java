package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.sql.TypeSpec;
import io.taospring.embedded.engine.storage.Values;

/** Arithmetic operators: DOUBLE results, except TIMESTAMP ± integer, which stays a TIMESTAMP. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Compiled compile(String op, Compiled left, Compiled right) {
        Eval a = left.eval();
        Eval b = right.eval();
        int refs = left.refs() | right.refs();
        if (isTimestampShift(op, left.type(), right.type())) {
            boolean plus = op.equals("+");
            return Compiled.of(row -> {
                Object x = a.eval(row);
                Object y = b.eval(row);
                if (x == null || y == null) {
                    return null;
                }
                return plus ? Values.toLong(x) + Values.toLong(y) : Values.toLong(x) - Values.toLong(y);
            }, Compiler.TIMESTAMP, refs);
        }
        return Compiled.of(row -> {
            Object x = a.eval(row);
            Object y = b.eval(row);
            if (x == null || y == null) {
                return null;
            }
            return apply(op, toNumber(x), toNumber(y));
        }, Compiler.DOUBLE, refs);
    }

    private static boolean isTimestampShift(String op, TypeSpec left, TypeSpec right) {
        boolean timestampLeft = left.type() == TaosType.TIMESTAMP && isInteger(right.type());
        boolean timestampRight = right.type() == TaosType.TIMESTAMP && isInteger(left.type()) && op.equals("+");
        return (op.equals("+") || op.equals("-")) && (timestampLeft || timestampRight);
    }

    private static boolean isInteger(TaosType type) {
        return switch (type) {
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT -> true;
            default -> false;
        };
    }

    private static double toNumber(Object value) {
        try {
            return Values.toDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Object apply(String op, double x, double y) {
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> y == 0 ? null : x / y;
            default -> y == 0 ? null : x % y;
        };
    }

    static Compiled bitwise(String op, Compiled left, Compiled right) {
        Eval a = left.eval();
        Eval b = right.eval();
        boolean and = op.equals("&");
        return Compiled.of(row -> {
            Object x = a.eval(row);
            Object y = b.eval(row);
            if (x == null || y == null) {
                return null;
            }
            long l = (long) toNumber(x);
            long r = (long) toNumber(y);
            return and ? l & r : l | r;
        }, Compiler.BIGINT, left.refs() | right.refs());
    }

    static Compiled negate(Compiled operand) {
        Eval e = operand.eval();
        TaosType type = operand.type().type();
        if (isInteger(type) || type == TaosType.BOOL) {
            return Compiled.of(row -> {
                Object v = e.eval(row);
                return v == null ? null : -Values.toLong(v);
            }, Compiler.BIGINT, operand.refs());
        }
        return Compiled.of(row -> {
            Object v = e.eval(row);
            return v == null ? null : -toNumber(v);
        }, Compiler.DOUBLE, operand.refs());
    }
}
