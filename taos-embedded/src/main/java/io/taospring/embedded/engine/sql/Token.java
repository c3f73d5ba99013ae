package io.taospring.embedded.engine.sql;

/**
 * One token.
 *
 * @param kind  its category
 * @param text  identifiers lower-cased (unless quoted), strings unescaped, symbols as written
 * @param start the offset of its first character in the normalised statement
 * @param end   the offset after its last character
 */
public record Token(TokenKind kind, String text, int start, int end) {

    /** Whether this is the unquoted keyword or identifier {@code word} (given in lower case). */
    public boolean is(String word) {
        return kind == TokenKind.IDENT && text.equals(word);
    }

    /** Whether this is the symbol {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return kind == TokenKind.SYMBOL && text.equals(symbol);
    }
}
