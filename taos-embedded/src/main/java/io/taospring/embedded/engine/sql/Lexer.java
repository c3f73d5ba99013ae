package io.taospring.embedded.engine.sql;

import io.taospring.embedded.engine.Errors;
import java.util.ArrayList;
import java.util.List;

/** Splits a normalised statement into tokens. */
public final class Lexer {

    private static final String DURATION_UNITS = "buasmhdwny";
    private static final String[] TWO_CHAR_SYMBOLS = {"<=", ">=", "<>", "!=", "==", "->", "||"};

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(String sql) {
        this.sql = sql;
    }

    /** Tokenises {@code sql} (already normalised), ending with an EOF token. */
    public static List<Token> tokenize(String sql) {
        Lexer lexer = new Lexer(sql);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= sql.length()) {
                tokens.add(new Token(TokenKind.EOF, "", sql.length(), sql.length()));
                return;
            }
            tokens.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos) || c == '#') {
                while (pos < sql.length() && sql.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (sql.startsWith("/*", pos)) {
                int close = sql.indexOf("*/", pos + 2);
                pos = close < 0 ? sql.length() : close + 2;
            } else {
                return;
            }
        }
    }

    private Token next() {
        char c = sql.charAt(pos);
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '`') {
            return quotedIdentifier();
        }
        if (isDigit(c) || (c == '.' && pos + 1 < sql.length() && isDigit(sql.charAt(pos + 1)))) {
            return number();
        }
        if (isIdentStart(c)) {
            int start = pos;
            while (pos < sql.length() && isIdentPart(sql.charAt(pos))) {
                pos++;
            }
            return new Token(TokenKind.IDENT, sql.substring(start, pos), start, pos);
        }
        return symbol();
    }

    private Token symbol() {
        int start = pos;
        for (String two : TWO_CHAR_SYMBOLS) {
            if (sql.startsWith(two, pos)) {
                pos += 2;
                return new Token(TokenKind.SYMBOL, two, start, pos);
            }
        }
        char c = sql.charAt(pos);
        if ("(),;.*+-/%=<>&|?:".indexOf(c) < 0) {
            throw Errors.syntax(sql.substring(start));
        }
        pos++;
        return new Token(TokenKind.SYMBOL, String.valueOf(c), start, pos);
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder text = new StringBuilder();
        while (true) {
            if (pos >= sql.length()) {
                throw Errors.syntax(sql.substring(start));
            }
            char c = sql.charAt(pos++);
            if (c == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    text.append(quote);
                    pos++;
                    continue;
                }
                return new Token(TokenKind.STRING, text.toString(), start, pos);
            }
            if (c == '\\' && pos < sql.length()) {
                text.append(escape(sql.charAt(pos++)));
            } else {
                text.append(c);
            }
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '0' -> "\0";
            case '\'', '"', '\\' -> String.valueOf(c);
            // kept with the backslash: \% and \_ for LIKE patterns, \x for VARBINARY hex literals
            default -> "\\" + c;
        };
    }

    private Token quotedIdentifier() {
        int start = pos++;
        int close = sql.indexOf('`', pos);
        if (close < 0) {
            throw Errors.syntax(sql.substring(start));
        }
        pos = close + 1;
        return new Token(TokenKind.QUOTED_IDENT, sql.substring(start + 1, close), start, pos);
    }

    private Token number() {
        int start = pos;
        if (sql.startsWith("0x", pos) && pos + 2 < sql.length() && isHex(sql.charAt(pos + 2))) {
            pos += 2;
            while (pos < sql.length() && isHex(sql.charAt(pos))) {
                pos++;
            }
            return new Token(TokenKind.INTEGER, sql.substring(start, pos), start, pos);
        }
        digits();
        boolean fraction = fraction();
        boolean exponent = exponent();
        if (pos < sql.length() && isIdentStart(sql.charAt(pos))) {
            return duration(start, fraction || exponent);
        }
        TokenKind kind = fraction || exponent ? TokenKind.FLOAT : TokenKind.INTEGER;
        return new Token(kind, sql.substring(start, pos), start, pos);
    }

    private void digits() {
        while (pos < sql.length() && isDigit(sql.charAt(pos))) {
            pos++;
        }
    }

    private boolean fraction() {
        if (pos < sql.length() && sql.charAt(pos) == '.') {
            pos++;
            digits();
            return true;
        }
        return false;
    }

    private boolean exponent() {
        if (pos < sql.length() && (sql.charAt(pos) == 'e')) {
            int p = pos + 1;
            if (p < sql.length() && (sql.charAt(p) == '+' || sql.charAt(p) == '-')) {
                p++;
            }
            if (p < sql.length() && isDigit(sql.charAt(p))) {
                pos = p;
                digits();
                return true;
            }
        }
        return false;
    }

    private Token duration(int start, boolean notInteger) {
        int unitStart = pos;
        while (pos < sql.length() && isIdentPart(sql.charAt(pos))) {
            pos++;
        }
        String unit = sql.substring(unitStart, pos);
        if (notInteger || unit.length() != 1 || DURATION_UNITS.indexOf(unit.charAt(0)) < 0) {
            throw Errors.syntax(sql.substring(start));
        }
        return new Token(TokenKind.DURATION, sql.substring(start, pos), start, pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isIdentStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }
}
