package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.TypeSpec;
import io.taospring.embedded.engine.storage.Values;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** Scalar and system functions. */
final class ScalarFunctions {

    private static final TypeSpec VERSION = new TypeSpec(TaosType.VARCHAR, 30, 0, 0);

    private ScalarFunctions() {
    }

    static Compiled compile(String name, List<Compiled> args, CompileContext context) {
        Compiled system = system(name, args, context);
        if (system != null) {
            return system;
        }
        return switch (name) {
            case "abs" -> sameType(name, args, Math::abs);
            case "ceil" -> sameType(name, args, Math::ceil);
            case "floor" -> sameType(name, args, Math::floor);
            case "round" -> sameType(name, args, v -> (double) Math.round(v));
            case "sqrt" -> toDouble(name, args, Math::sqrt);
            case "exp" -> toDouble(name, args, Math::exp);
            case "sin" -> toDouble(name, args, Math::sin);
            case "cos" -> toDouble(name, args, Math::cos);
            case "tan" -> toDouble(name, args, Math::tan);
            case "asin" -> toDouble(name, args, Math::asin);
            case "acos" -> toDouble(name, args, Math::acos);
            case "atan" -> toDouble(name, args, Math::atan);
            case "ln" -> toDouble(name, args, Math::log);
            case "log" -> log(args);
            case "pow" -> pow(args);
            case "length", "char_length" -> length(name, args);
            case "lower", "upper", "ltrim", "rtrim", "trim" -> text(name, args);
            case "concat" -> concat(args);
            case "substr", "substring" -> substr(name, args);
            case "to_iso8601" -> toIso(args, context);
            case "timetruncate" -> timetruncate(args, context);
            case "timediff" -> timediff(args, context);
            case "to_unixtimestamp" -> toUnix(args, context);
            default -> throw Errors.semantic(0x2800, "Invalid function name: " + name);
        };
    }

    private static Compiled system(String name, List<Compiled> args, CompileContext context) {
        if (!args.isEmpty()) {
            return null;
        }
        return switch (name) {
            case "now" -> Compiled.constant(context.now(), Compiler.TIMESTAMP);
            case "today" -> {
                long day = Times.unitLength('d', context.precision());
                yield Compiled.constant(Math.floorDiv(context.now(), day) * day, Compiler.TIMESTAMP);
            }
            case "server_version", "client_version" -> Compiled.constant(Engine.SERVER_VERSION, VERSION);
            case "server_status" -> Compiled.constant(1L, TypeSpec.of(TaosType.INT));
            case "database" -> Compiled.constant(context.database(), new TypeSpec(TaosType.VARCHAR, 63, 0, 0));
            case "timezone" -> Compiled.constant(timezone(context.zone()), new TypeSpec(TaosType.VARCHAR, 94, 0, 0));
            case "current_user", "user" -> Compiled.constant("root", new TypeSpec(TaosType.VARCHAR, 24, 0, 0));
            default -> null;
        };
    }

    private static String timezone(ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(java.time.Instant.now());
        String id = zone.getId().equals("Z") ? "UTC" : zone.getId();
        String hhmm = offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
        return id + " (" + (offset.getTotalSeconds() == 0 ? "UTC" : id) + ", " + hhmm + ")";
    }

    private static Compiled one(String name, List<Compiled> args) {
        if (args.size() != 1) {
            throw Errors.functionArgCount(name);
        }
        return args.get(0);
    }

    private static Compiled sameType(String name, List<Compiled> args, DoubleUnaryOperator f) {
        Compiled arg = one(name, args);
        Eval e = arg.eval();
        boolean integral = arg.type().type() != TaosType.FLOAT && arg.type().type() != TaosType.DOUBLE;
        return Compiled.of(row -> {
            Object v = e.eval(row);
            if (v == null) {
                return null;
            }
            double r = f.applyAsDouble(Values.toDouble(v));
            return integral ? (Object) (long) r : (Object) r;
        }, arg.type(), arg.refs());
    }

    private static Compiled toDouble(String name, List<Compiled> args, DoubleUnaryOperator f) {
        Compiled arg = one(name, args);
        Eval e = arg.eval();
        return Compiled.of(row -> {
            Object v = e.eval(row);
            return v == null ? null : f.applyAsDouble(Values.toDouble(v));
        }, Compiler.DOUBLE, arg.refs());
    }

    private static Compiled log(List<Compiled> args) {
        if (args.size() == 1) {
            return toDouble("log", args, Math::log);
        }
        return binaryDouble("log", args, (x, base) -> Math.log(x) / Math.log(base));
    }

    private static Compiled pow(List<Compiled> args) {
        return binaryDouble("pow", args, Math::pow);
    }

    private static Compiled binaryDouble(String name, List<Compiled> args,
            java.util.function.DoubleBinaryOperator f) {
        if (args.size() != 2) {
            throw Errors.functionArgCount(name);
        }
        Eval a = args.get(0).eval();
        Eval b = args.get(1).eval();
        return Compiled.of(row -> {
            Object x = a.eval(row);
            Object y = b.eval(row);
            return x == null || y == null ? null : f.applyAsDouble(Values.toDouble(x), Values.toDouble(y));
        }, Compiler.DOUBLE, args.get(0).refs() | args.get(1).refs());
    }

    private static Compiled length(String name, List<Compiled> args) {
        Compiled arg = one(name, args);
        Eval e = arg.eval();
        boolean chars = name.equals("char_length");
        return Compiled.of(row -> {
            Object v = e.eval(row);
            if (v == null) {
                return null;
            }
            if (v instanceof byte[] bytes) {
                return (long) bytes.length;
            }
            String s = Values.text(v);
            long bytes = arg.type().type() == TaosType.NCHAR ? 4L * s.codePointCount(0, s.length())
                    : s.getBytes(StandardCharsets.UTF_8).length;
            return chars ? (long) s.codePointCount(0, s.length()) : bytes;
        }, Compiler.BIGINT, arg.refs());
    }

    private static Compiled text(String name, List<Compiled> args) {
        Compiled arg = one(name, args);
        Eval e = arg.eval();
        return Compiled.of(row -> {
            Object v = e.eval(row);
            if (v == null) {
                return null;
            }
            String s = Values.text(v);
            return switch (name) {
                case "lower" -> s.toLowerCase(Locale.ROOT);
                case "upper" -> s.toUpperCase(Locale.ROOT);
                case "ltrim" -> s.stripLeading();
                case "rtrim" -> s.stripTrailing();
                default -> s.strip();
            };
        }, textType(arg.type()), arg.refs());
    }

    private static TypeSpec textType(TypeSpec type) {
        return type.type() == TaosType.NCHAR || type.type() == TaosType.VARCHAR ? type
                : new TypeSpec(TaosType.VARCHAR, Math.max(type.length(), 32), 0, 0);
    }

    private static Compiled concat(List<Compiled> args) {
        if (args.size() < 2) {
            throw Errors.functionArgCount("concat");
        }
        int length = 0;
        int refs = 0;
        boolean nchar = false;
        for (Compiled arg : args) {
            length += textType(arg.type()).length();
            refs |= arg.refs();
            nchar |= arg.type().type() == TaosType.NCHAR;
        }
        TypeSpec type = new TypeSpec(nchar ? TaosType.NCHAR : TaosType.VARCHAR, length, 0, 0);
        return Compiled.of(row -> {
            StringBuilder out = new StringBuilder();
            for (Compiled arg : args) {
                Object v = arg.eval().eval(row);
                if (v == null) {
                    return null;
                }
                out.append(Values.text(v));
            }
            return out.toString();
        }, type, refs);
    }

    private static Compiled substr(String name, List<Compiled> args) {
        if (args.size() < 2 || args.size() > 3) {
            throw Errors.functionArgCount(name);
        }
        Compiled arg = args.get(0);
        Eval s = arg.eval();
        Eval p = args.get(1).eval();
        Eval n = args.size() == 3 ? args.get(2).eval() : row -> Long.MAX_VALUE;
        return Compiled.of(row -> {
            Object v = s.eval(row);
            Object pos = p.eval(row);
            Object len = n.eval(row);
            if (v == null || pos == null || len == null) {
                return null;
            }
            String text = Values.text(v);
            int start = (int) Values.toLong(pos);
            start = start > 0 ? start - 1 : Math.max(0, text.length() + start);
            int end = (int) Math.min(text.length(), start + Math.min(Values.toLong(len), Integer.MAX_VALUE));
            return start >= text.length() ? "" : text.substring(start, Math.max(start, end));
        }, textType(arg.type()), arg.refs() | args.get(1).refs());
    }

    private static Compiled toIso(List<Compiled> args, CompileContext context) {
        Compiled arg = args.get(0);
        Eval e = arg.eval();
        DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return Compiled.of(row -> {
            Object v = e.eval(row);
            return v == null ? null : format.format(context.precision().toInstant(Values.toLong(v))
                    .atZone(context.zone()).toOffsetDateTime());
        }, new TypeSpec(TaosType.VARCHAR, 64, 0, 0), arg.refs());
    }

    private static Compiled timetruncate(List<Compiled> args, CompileContext context) {
        if (args.size() < 2) {
            throw Errors.functionArgCount("timetruncate");
        }
        Eval e = args.get(0).eval();
        long unit = Values.toLong(args.get(1).value());
        return Compiled.of(row -> {
            Object v = e.eval(row);
            return v == null ? null : Math.floorDiv(Values.toLong(v), unit) * unit;
        }, Compiler.TIMESTAMP, args.get(0).refs());
    }

    private static Compiled timediff(List<Compiled> args, CompileContext context) {
        if (args.size() < 2) {
            throw Errors.functionArgCount("timediff");
        }
        Eval a = args.get(0).eval();
        Eval b = args.get(1).eval();
        long unit = args.size() > 2 ? Values.toLong(args.get(2).value()) : 1;
        return Compiled.of(row -> {
            Object x = a.eval(row);
            Object y = b.eval(row);
            return x == null || y == null ? null : (Values.toLong(x) - Values.toLong(y)) / unit;
        }, Compiler.BIGINT, args.get(0).refs() | args.get(1).refs());
    }

    private static Compiled toUnix(List<Compiled> args, CompileContext context) {
        Eval e = args.get(0).eval();
        return Compiled.of(row -> {
            Object v = e.eval(row);
            try {
                return v == null ? null : Times.parse(Values.text(v), context.precision(), context.zone());
            } catch (IllegalArgumentException ex) {
                return null;
            }
        }, Compiler.BIGINT, args.get(0).refs());
    }
}
