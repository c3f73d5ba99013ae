package io.taospring.embedded.engine.sql;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.sql.Expr.LiteralKind;
import java.util.ArrayList;
import java.util.List;

/** Parses expressions and type declarations, by precedence climbing from OR down to primaries. */
final class ExpressionParser {

    private final TokenCursor in;

    ExpressionParser(TokenCursor in) {
        this.in = in;
    }

    Expr expression() {
        Expr left = and();
        while (in.accept("or")) {
            Expr right = and();
            left = new Expr.Binary("or", left, right, left.start(), right.end());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (in.accept("and")) {
            Expr right = not();
            left = new Expr.Binary("and", left, right, left.start(), right.end());
        }
        return left;
    }

    private Expr not() {
        if (in.at("not")) {
            int start = in.advance().start();
            Expr operand = not();
            return new Expr.Unary("not", operand, start, operand.end());
        }
        return predicate();
    }

    private Expr predicate() {
        Expr left = additive();
        Token op = in.peek();
        if (op.kind() == TokenKind.SYMBOL && isComparison(op.text())) {
            in.advance();
            Expr right = additive();
            String name = op.text().equals("!=") ? "<>" : op.text().equals("==") ? "=" : op.text();
            return new Expr.Binary(name, left, right, left.start(), right.end());
        }
        if (in.accept("is")) {
            boolean negated = in.accept("not");
            in.expect("null");
            return new Expr.IsNull(left, negated, left.start(), in.previous().end());
        }
        boolean negated = in.accept("not");
        if (in.accept("between")) {
            Expr low = additive();
            in.expect("and");
            Expr high = additive();
            return new Expr.Between(left, low, high, negated, left.start(), high.end());
        }
        if (in.accept("in")) {
            List<Expr> list = parenthesisedList();
            return new Expr.In(left, list, negated, left.start(), in.previous().end());
        }
        if (in.at("like") || in.at("match") || in.at("nmatch")) {
            String kind = in.advance().text();
            Expr pattern = additive();
            return new Expr.Like(left, pattern, kind, negated, left.start(), pattern.end());
        }
        if (negated) {
            throw in.error();
        }
        return left;
    }

    private static boolean isComparison(String symbol) {
        return switch (symbol) {
            case "=", "==", "<>", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    List<Expr> parenthesisedList() {
        in.expectSymbol("(");
        List<Expr> list = new ArrayList<>();
        do {
            list.add(expression());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return list;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (in.atSymbol("+") || in.atSymbol("-") || in.atSymbol("&") || in.atSymbol("|")
                || in.atSymbol("||")) {
            String op = in.advance().text();
            Expr right = multiplicative();
            left = new Expr.Binary(op, left, right, left.start(), right.end());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (in.atSymbol("*") || in.atSymbol("/") || in.atSymbol("%")) {
            String op = in.advance().text();
            Expr right = unary();
            left = new Expr.Binary(op, left, right, left.start(), right.end());
        }
        return left;
    }

    private Expr unary() {
        if (in.atSymbol("-") || in.atSymbol("+")) {
            Token op = in.advance();
            Expr operand = unary();
            return new Expr.Unary(op.text(), operand, op.start(), operand.end());
        }
        Expr value = primary();
        if (in.acceptSymbol("->")) {
            Token key = in.peek();
            if (key.kind() != TokenKind.STRING) {
                throw in.error();
            }
            in.advance();
            Expr keyLiteral = new Expr.Literal(LiteralKind.STRING, key.text(), key.start(), key.end());
            return new Expr.Binary("->", value, keyLiteral, value.start(), key.end());
        }
        return value;
    }

    private Expr primary() {
        Token token = in.peek();
        return switch (token.kind()) {
            case INTEGER -> literal(LiteralKind.INTEGER);
            case FLOAT -> literal(LiteralKind.FLOAT);
            case STRING -> literal(LiteralKind.STRING);
            case DURATION -> literal(LiteralKind.DURATION);
            case SYMBOL -> parenthesised(token);
            case IDENT, QUOTED_IDENT -> named(token);
            case EOF -> throw in.error();
        };
    }

    private Expr literal(LiteralKind kind) {
        Token token = in.advance();
        return new Expr.Literal(kind, token.text(), token.start(), token.end());
    }

    private Expr parenthesised(Token token) {
        if (!token.isSymbol("(")) {
            throw in.error();
        }
        in.advance();
        Expr inner = expression();
        in.expectSymbol(")");
        return inner;
    }

    private Expr named(Token token) {
        if (token.kind() == TokenKind.IDENT) {
            switch (token.text()) {
                case "null" -> {
                    return literal(LiteralKind.NULL);
                }
                case "true", "false" -> {
                    return literal(LiteralKind.BOOL);
                }
                case "cast" -> {
                    if (in.peek(1).isSymbol("(")) {
                        return cast();
                    }
                }
                case "now", "today" -> {
                    if (!in.peek(1).isSymbol("(")) {
                        in.advance();
                        return new Expr.Call(token.text(), List.of(), token.start(), token.end());
                    }
                }
                default -> {
                    // an ordinary name
                }
            }
        }
        if (token.kind() == TokenKind.IDENT && in.peek(1).isSymbol("(")) {
            return call();
        }
        String first = in.identifier();
        if (in.acceptSymbol(".")) {
            if (in.atSymbol("*")) {
                return new Expr.Star(first, token.start(), in.advance().end());
            }
            String second = in.identifier();
            return new Expr.Column(first, second, token.start(), in.previous().end());
        }
        return new Expr.Column(null, first, token.start(), token.end());
    }

    private Expr call() {
        Token name = in.advance();
        in.expectSymbol("(");
        List<Expr> args = new ArrayList<>();
        if (!in.atSymbol(")")) {
            do {
                if (in.atSymbol("*")) {
                    Token star = in.advance();
                    args.add(new Expr.Star(null, star.start(), star.end()));
                } else {
                    args.add(expression());
                }
            } while (in.acceptSymbol(","));
        }
        in.expectSymbol(")");
        return new Expr.Call(name.text(), List.copyOf(args), name.start(), in.previous().end());
    }

    private Expr cast() {
        Token name = in.advance();
        in.expectSymbol("(");
        Expr value = expression();
        in.expect("as");
        TypeSpec type = type();
        in.expectSymbol(")");
        return new Expr.Cast(value, type, name.start(), in.previous().end());
    }

    /** A type declaration: {@code INT}, {@code INT UNSIGNED}, {@code VARCHAR(24)}, {@code DECIMAL(10,2)}. */
    TypeSpec type() {
        Token token = in.peek();
        if (token.kind() != TokenKind.IDENT) {
            throw in.error();
        }
        in.advance();
        return switch (token.text()) {
            case "bool", "boolean" -> TypeSpec.of(TaosType.BOOL);
            case "tinyint" -> integer(TaosType.TINYINT, TaosType.UTINYINT);
            case "smallint" -> integer(TaosType.SMALLINT, TaosType.USMALLINT);
            case "int", "integer" -> integer(TaosType.INT, TaosType.UINT);
            case "bigint" -> integer(TaosType.BIGINT, TaosType.UBIGINT);
            case "float" -> TypeSpec.of(TaosType.FLOAT);
            case "double" -> TypeSpec.of(TaosType.DOUBLE);
            case "timestamp" -> TypeSpec.of(TaosType.TIMESTAMP);
            case "binary", "varchar" -> sized(TaosType.VARCHAR);
            case "nchar" -> sized(TaosType.NCHAR);
            case "varbinary" -> sized(TaosType.VARBINARY);
            case "geometry" -> sized(TaosType.GEOMETRY);
            case "json" -> new TypeSpec(TaosType.JSON, 4095, 0, 0);
            case "blob" -> new TypeSpec(TaosType.BLOB, 4 << 20, 0, 0);
            case "decimal" -> decimal();
            default -> throw unknownType(token);
        };
    }

    private RuntimeException unknownType(Token token) {
        return io.taospring.embedded.engine.Errors.syntax(in.sql().substring(token.start()));
    }

    private TypeSpec integer(TaosType signed, TaosType unsigned) {
        return TypeSpec.of(in.accept("unsigned") ? unsigned : signed);
    }

    private TypeSpec sized(TaosType type) {
        in.expectSymbol("(");
        long length = in.integer();
        in.expectSymbol(")");
        return new TypeSpec(type, (int) length, 0, 0);
    }

    private TypeSpec decimal() {
        int precision = 10;
        int scale = 0;
        if (in.acceptSymbol("(")) {
            precision = (int) in.integer();
            if (in.acceptSymbol(",")) {
                scale = (int) in.integer();
            }
            in.expectSymbol(")");
        }
        TaosType type = precision > 18 ? TaosType.DECIMAL : TaosType.DECIMAL64;
        return new TypeSpec(type, type.fixedSize(), precision, scale);
    }
}
