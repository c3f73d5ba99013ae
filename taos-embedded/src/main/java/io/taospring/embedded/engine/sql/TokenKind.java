package io.taospring.embedded.engine.sql;

/** The lexical categories of the SQL dialect. */
public enum TokenKind {
    /** An unquoted identifier or keyword, already lower-cased. */
    IDENT,
    /** A back-quoted identifier, case kept. */
    QUOTED_IDENT,
    /** A single- or double-quoted string, escapes resolved. */
    STRING,
    /** An integer literal (decimal or 0x hex). */
    INTEGER,
    /** A literal with a fraction or an exponent. */
    FLOAT,
    /** An integer followed by a time unit: {@code 10s}, {@code 1h}. */
    DURATION,
    /** Punctuation or an operator. */
    SYMBOL,
    /** The end of the statement. */
    EOF
}
