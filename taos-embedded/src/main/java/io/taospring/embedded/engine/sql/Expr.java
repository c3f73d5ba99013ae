package io.taospring.embedded.engine.sql;

import java.util.List;

/** An expression of the AST. {@code start}/{@code end} delimit its text in the normalised statement. */
public sealed interface Expr {

    /** Offset of the expression's first character. */
    int start();

    /** Offset after the expression's last character. */
    int end();

    /** The kinds of literal. */
    enum LiteralKind {
        /** Decimal or hex integer; text as written. */
        INTEGER,
        /** Number with a fraction or exponent; text as written. */
        FLOAT,
        /** Quoted string; text unescaped. */
        STRING,
        /** {@code true} or {@code false}. */
        BOOL,
        /** {@code NULL}. */
        NULL,
        /** Integer with a unit such as {@code 10s}; text as written. */
        DURATION
    }

    /** A literal value. */
    record Literal(LiteralKind kind, String text, int start, int end) implements Expr {
    }

    /** A column, tag or pseudo-column reference, optionally qualified by a table name. */
    record Column(String qualifier, String name, int start, int end) implements Expr {
    }

    /** {@code *} or {@code t.*} in a select list or function argument. */
    record Star(String qualifier, int start, int end) implements Expr {
    }

    /** A function call; {@code count(*)} has a single {@link Star} argument. */
    record Call(String name, List<Expr> args, int start, int end) implements Expr {
    }

    /** A binary operator: arithmetic, comparison, AND/OR, {@code ->}. */
    record Binary(String op, Expr left, Expr right, int start, int end) implements Expr {
    }

    /** A prefix operator: {@code -}, {@code +} or {@code not}. */
    record Unary(String op, Expr operand, int start, int end) implements Expr {
    }

    /** {@code value [NOT] BETWEEN low AND high}. */
    record Between(Expr value, Expr low, Expr high, boolean negated, int start, int end) implements Expr {
    }

    /** {@code value [NOT] IN (list)}. */
    record In(Expr value, List<Expr> list, boolean negated, int start, int end) implements Expr {
    }

    /** {@code value [NOT] LIKE|MATCH|NMATCH pattern}; {@code op} is the lower-case keyword. */
    record Like(Expr value, Expr pattern, String op, boolean negated, int start, int end) implements Expr {
    }

    /** {@code value IS [NOT] NULL}. */
    record IsNull(Expr value, boolean negated, int start, int end) implements Expr {
    }

    /** {@code CAST(value AS type)}. */
    record Cast(Expr value, TypeSpec type, int start, int end) implements Expr {
    }
}
