package io.taospring.embedded.engine.sql;

import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.EngineException;
import java.util.List;

/** A position in a statement's tokens, with the look-ahead and error helpers the parsers share. */
final class TokenCursor {

    private final String sql;
    private final List<Token> tokens;
    private int index;

    TokenCursor(String sql) {
        this.sql = sql;
        this.tokens = Lexer.tokenize(sql);
    }

    String sql() {
        return sql;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(index - 1);
    }

    Token advance() {
        Token token = tokens.get(index);
        if (token.kind() != TokenKind.EOF) {
            index++;
        }
        return token;
    }

    boolean atEnd() {
        return peek().kind() == TokenKind.EOF;
    }

    boolean at(String word) {
        return peek().is(word);
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean accept(String word) {
        if (at(word)) {
            index++;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expect(String word) {
        if (!accept(word)) {
            throw error();
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw error();
        }
    }

    /** A name: an unquoted identifier that is not reserved, or a back-quoted one. */
    String identifier() {
        Token token = peek();
        if (token.kind() == TokenKind.QUOTED_IDENT
                || (token.kind() == TokenKind.IDENT && !Keywords.isReserved(token.text()))) {
            index++;
            return token.text();
        }
        throw error();
    }

    boolean atIdentifier() {
        Token token = peek();
        return token.kind() == TokenKind.QUOTED_IDENT
                || (token.kind() == TokenKind.IDENT && !Keywords.isReserved(token.text()));
    }

    String string() {
        if (peek().kind() != TokenKind.STRING) {
            throw error();
        }
        return advance().text();
    }

    long integer() {
        Token token = peek();
        if (token.kind() != TokenKind.INTEGER) {
            throw error();
        }
        index++;
        try {
            return Long.parseLong(token.text());
        } catch (NumberFormatException e) {
            throw Errors.syntax(sql.substring(token.start()));
        }
    }

    /** Ends the statement: an optional {@code ;} and nothing after it. */
    void expectEnd() {
        acceptSymbol(";");
        if (!atEnd()) {
            throw error();
        }
    }

    /** The error for the current token: incomplete at the end, else a syntax error quoting the rest. */
    EngineException error() {
        Token token = peek();
        if (token.kind() == TokenKind.EOF) {
            return Errors.incomplete();
        }
        return Errors.syntax(sql.substring(token.start()));
    }

    /** The statement text from {@code start} to the end of the previous token. */
    String textFrom(int start) {
        return sql.substring(start, previous().end());
    }

    /** Skips every remaining token (statements accepted and ignored). */
    void skipToEnd() {
        index = tokens.size() - 1;
    }
}
