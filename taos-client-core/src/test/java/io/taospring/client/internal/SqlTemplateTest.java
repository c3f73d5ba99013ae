package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.ErrorCategory;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.ProgrammingError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTemplateTest {

    private static String render(String sql, Object... values) {
        return SqlTemplate.parse(sql).render(Arrays.asList(values));
    }

    private static String literal(Object value) {
        return render("?", value);
    }

    @Test
    void findsPlaceholdersOnlyOutsideStringsIdentifiersAndComments() {
        String sql = "select ?, '?', \"?\", `?`, -- ?\n ?, /* ? */ ? from t where a = '\\'?' and b = \"\\\"?\"";
        assertThat(SqlTemplate.parse(sql).parameterCount()).isEqualTo(3);
    }

    @Test
    void treatsADoubledQuoteAsPartOfTheString() {
        assertThat(SqlTemplate.parse("select 'it''s ?', ?").parameterCount()).isEqualTo(1);
    }

    @Test
    void inventsNoPlaceholderInsideAnUnterminatedStringOrComment() {
        assertThat(SqlTemplate.parse("select ?, 'abc ?").parameterCount()).isEqualTo(1);
        assertThat(SqlTemplate.parse("select ? /* ?").parameterCount()).isEqualTo(1);
        assertThat(SqlTemplate.parse("select ? -- ?").parameterCount()).isEqualTo(1);
    }

    @Test
    void readsSingleMinusAndSlashAsOperators() {
        assertThat(render("select 1-?, 4/?", 2, 3)).isEqualTo("select 1-2, 4/3");
    }

    @Test
    void keepsTheTextAroundPlaceholders() {
        assertThat(render("insert into d1001 values (?, ?, ?) -- ok?", Instant.EPOCH, 10.5, "x"))
                .isEqualTo("insert into d1001 values ('1970-01-01T00:00:00.000000000Z', 10.5, 'x') -- ok?");
        assertThat(render("show databases")).isEqualTo("show databases");
    }

    @Test
    void rendersNullsBooleansAndIntegers() {
        assertThat(render("?,?,?,?,?,?,?,?", null, true, false, (byte) -8, (short) 300, 70000, Long.MIN_VALUE,
                new BigInteger("18446744073709551615")))
                .isEqualTo("NULL,true,false,-8,300,70000,-9223372036854775808,18446744073709551615");
    }

    @Test
    void rendersFloatsAsTheirShortestExactText() {
        assertThat(literal(0.1f)).isEqualTo("0.1");
        assertThat(literal(0.1d)).isEqualTo("0.1");
        assertThat(literal(-0.0d)).isEqualTo("-0.0");
        assertThat(Double.parseDouble(literal(1e-7))).isEqualTo(1e-7);
        assertThat(Double.parseDouble(literal(Double.MAX_VALUE))).isEqualTo(Double.MAX_VALUE);
    }

    @Test
    void doublesReadBackExactly() {
        qt().withExamples(5_000).forAll(doubles().any()).assuming(Double::isFinite)
                .checkAssert(value -> assertThat(Double.parseDouble(literal(value))).isEqualTo(value));
    }

    @Test
    void floatsReadBackExactly() {
        qt().withExamples(5_000).forAll(floats().any()).assuming(Float::isFinite)
                .checkAssert(value -> assertThat(Float.parseFloat(literal(value))).isEqualTo(value));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFiniteNumbers(double value) {
        assertThatThrownBy(() -> render("insert into t values (now, ?)", value))
                .isInstanceOf(ProgrammingError.class)
                .hasMessageContaining("parameter 1 is " + value)
                .extracting(e -> ((ProgrammingError) e).errno()).isEqualTo(ErrorCodes.INVALID_PARAMETER_VALUE);
        assertThatThrownBy(() -> literal((float) value)).isInstanceOf(ProgrammingError.class);
    }

    @Test
    void rendersDecimalsInPlainNotation() {
        assertThat(literal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(literal(new BigDecimal("-0.000001230"))).isEqualTo("-0.000001230");
    }

    @Test
    void rendersStringsWithBackslashAndQuoteEscaped() {
        assertThat(literal("it's")).isEqualTo("'it\\'s'");
        assertThat(literal("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(literal("say \"hi\"")).isEqualTo("'say \"hi\"'");
        assertThat(literal("")).isEqualTo("''");
    }

    @Test
    void rendersBytesAsAHexLiteral() {
        assertThat(literal(new byte[] {0x0a, (byte) 0xff, 0})).isEqualTo("'\\x0aff00'");
        assertThat(literal(new byte[0])).isEqualTo("'\\x'");
    }

    @Test
    void rendersInstantsAsRfc3339WithAllNanoseconds() {
        assertThat(literal(Instant.parse("2024-01-01T00:00:00.123456789Z")))
                .isEqualTo("'2024-01-01T00:00:00.123456789Z'");
        assertThat(literal(Instant.parse("2024-06-30T23:59:59Z"))).isEqualTo("'2024-06-30T23:59:59.000000000Z'");
        assertThat(literal(Instant.ofEpochSecond(-1, 1))).isEqualTo("'1969-12-31T23:59:59.000000001Z'");
    }

    @Test
    void rendersTimestampsAsTheirInstantWithNanoseconds() {
        Timestamp timestamp = Timestamp.from(Instant.parse("2024-01-01T08:00:00Z"));
        timestamp.setNanos(123_456_789);
        assertThat(literal(timestamp)).isEqualTo("'2024-01-01T08:00:00.123456789Z'");
    }

    @Test
    void rendersLocalDateTimesWithoutAZone() {
        assertThat(literal(LocalDateTime.of(2024, 1, 1, 8, 0, 0, 5_000)))
                .isEqualTo("'2024-01-01 08:00:00.000005000'");
    }

    @Test
    void rejectsTypesWithoutALiteral() {
        assertThatThrownBy(() -> render("select ?, ?", 1, new Object()))
                .isInstanceOf(ProgrammingError.class)
                .hasMessageContaining("parameter 2 has the type java.lang.Object")
                .extracting(e -> ((ProgrammingError) e).sql()).asString().contains("select ?, ?");
        assertThatThrownBy(() -> literal('c')).isInstanceOf(ProgrammingError.class);
    }

    @Test
    void rejectsAStringWithANul() {
        assertThatThrownBy(() -> literal("a\0' or 1=1")).isInstanceOf(ProgrammingError.class)
                .hasMessageContaining("NUL");
    }

    @Test
    void rejectsTheWrongNumberOfValues() {
        SqlTemplate template = SqlTemplate.parse("insert into t values (?, ?)");
        for (List<?> values : List.of(List.of(1), List.of(1, 2, 3), Collections.emptyList())) {
            assertThatThrownBy(() -> template.render(values))
                    .isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("has 2 placeholders but " + values.size() + " values")
                    .satisfies(e -> assertThat(((ProgrammingError) e).errno()).isEqualTo(ErrorCodes.PARAMETER_MISMATCH));
        }
        assertThat(ErrorCodes.categoryOf(Operation.QUERY, ErrorCodes.PARAMETER_MISMATCH))
                .isEqualTo(ErrorCategory.PROGRAMMING);
        assertThat(ErrorCodes.categoryOf(Operation.QUERY, ErrorCodes.INVALID_PARAMETER_VALUE))
                .isEqualTo(ErrorCategory.PROGRAMMING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "'; drop database power; --",
            "\\' or 1=1 --",
            "ends with a backslash \\",
            "\\",
            "\\\\'",
            "'",
            "''",
            "\"",
            "\"; drop table t; --",
            "`backtick` ?",
            "line1\nline2\r\n-- comment\n/* c */",
            "?",
            "/* ? */ ?",
            "温度 ünïcödé",
            "emoji 🔥👩‍💻 and a surrogate pair 𝄞",
            "mixed ' \" ` \\ ? ; --"})
    void hostileStringsStayOneLiteral(String value) {
        assertStaysOneLiteral(value);
    }

    @Test
    void anyStringStaysOneLiteral() {
        qt().withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(value -> {
            if (value.indexOf('\0') >= 0) {
                assertThatThrownBy(() -> literal(value)).isInstanceOf(ProgrammingError.class);
            } else {
                assertStaysOneLiteral(value);
            }
        });
    }

    /** The rendered statement has the template's tokens plus exactly one string token that reads back as the value. */
    private static void assertStaysOneLiteral(String value) {
        String rendered = render("select ? from t where c = 1", value);
        List<Token> tokens = TestTokenizer.tokenize(rendered);
        assertThat(tokens).extracting(Token::kind).containsExactly(Kind.WORD, Kind.STRING, Kind.WORD, Kind.WORD,
                Kind.WORD, Kind.WORD, Kind.SYMBOL, Kind.NUMBER);
        assertThat(tokens.get(1).text()).isEqualTo(value);
        assertThat(SqlTemplate.parse(rendered).parameterCount()).isZero();
    }

    enum Kind { WORD, NUMBER, STRING, IDENTIFIER, SYMBOL }

    record Token(Kind kind, String text) {
    }

    /**
     * An independent reading of TDengine's tokenizer rules: quoted strings with backslash escapes, backtick
     * identifiers, comments skipped. A STRING token's text is its decoded content.
     */
    static final class TestTokenizer {

        static List<Token> tokenize(String sql) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (sql.startsWith("--", i)) {
                    int end = sql.indexOf('\n', i);
                    i = end < 0 ? sql.length() : end + 1;
                } else if (sql.startsWith("/*", i)) {
                    int end = sql.indexOf("*/", i + 2);
                    i = end < 0 ? sql.length() : end + 2;
                } else if (c == '\'' || c == '"') {
                    i = string(sql, i, tokens);
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    int start = i;
                    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                        i++;
                    }
                    tokens.add(new Token(Character.isDigit(c) ? Kind.NUMBER : Kind.WORD, sql.substring(start, i)));
                } else {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                    i++;
                }
            }
            return tokens;
        }

        private static int string(String sql, int start, List<Token> tokens) {
            char quote = sql.charAt(start);
            StringBuilder content = new StringBuilder();
            int i = start + 1;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '\\' && i + 1 < sql.length()) {
                    content.append(sql.charAt(i + 1));
                    i += 2;
                } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    content.append(quote);
                    i += 2;
                } else if (c == quote) {
                    tokens.add(new Token(Kind.STRING, content.toString()));
                    return i + 1;
                } else {
                    content.append(c);
                    i++;
                }
            }
            throw new AssertionError("unterminated string in " + sql);
        }
    }
}
