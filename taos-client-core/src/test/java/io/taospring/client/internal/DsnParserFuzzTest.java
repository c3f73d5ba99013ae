package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.taospring.client.Fuzz;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated DSNs and JDBC URLs end in a configuration or in an {@link InterfaceError}
 * ({@link ErrorCodes#INVALID_CONFIG}), never another exception, and no error message holds the password,
 * the token or the trust store password.
 */
@Tag("fuzz")
class DsnParserFuzzTest {

    private static final Fuzz FUZZ = Fuzz.target("DSN parser");
    private static final long CASE_ALLOCATION_LIMIT = 8L << 20;
    /** The secrets all contain this word; the alphabet below cannot spell it, so only a leak can show it. */
    private static final String SECRET = "SECRET";
    private static final int[] ALPHABET = ("wsthpaocdbjrq:/@?&=%,.[]-+_ 0123456789fxWSA\u00e9\u6c49")
            .codePoints().toArray();
    private static final List<String> SECRET_KEYS = List.of("password=", "token=", "trust_store_password=", ":SECRET");
    private static final List<String> SEEDS = List.of(
            "ws://root:SECRETpw@localhost:6041/power?timezone=UTC&token=SECRETtk",
            "wss://u%40x:SECRET%2Fpw@h1:6041,h2:6042/db?trust_store=%2Ft.p12&trust_store_password=SECRETts",
            "jdbc:TAOS-RS://[::1]:6041/db?user=root&password=SECRETpw&batchfetch=true&connect_timeout=10s",
            "jdbc:taos:taos+ws://root:SECRETpw@h/?request_timeout=500ms&app_name=a&tls=true",
            "http://root:SECRETpw@127.0.0.1:6041?token=SECRETtk&useSSL=true");

    @AfterAll
    static void report() {
        FUZZ.report();
    }

    @Test
    void randomTextIsParsedOrRejectedCleanly() {
        qt().withExamples(FUZZ.examples(2_500)).forAll(Fuzz.text(ALPHABET, 80))
                .checkAssert(dsn -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> parseOrReject(dsn, dsn)));
    }

    @Test
    void mutatedDsnsAreParsedOrRejectedWithoutShowingASecret() {
        qt().withExamples(FUZZ.examples(2_500)).forAll(integers().between(0, SEEDS.size() - 1),
                Fuzz.edits())
                .checkAssert((seed, edits) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> parseOrReject(SEEDS.get(seed), Fuzz.mutate(SEEDS.get(seed), edits, ALPHABET))));
    }

    /**
     * Parses {@code dsn}, a mutation of {@code seed}. Secrecy is only required while the names that mark the
     * secrets as secrets ({@code password=}, {@code token=}, ...) survived the mutation: a value whose key was
     * garbled is not known to be a secret.
     */
    private static void parseOrReject(String seed, String dsn) {
        boolean secretsMarked = SECRET_KEYS.stream().allMatch(key -> !seed.contains(key) || dsn.contains(key));
        try {
            TaosConfig config = DsnParser.parse(dsn).build();
            // a mutation that drops the ':' or '@' makes the password part of the user or host name, which
            // are shown: there is no separator left to tell them apart
            String shown = config.toString().replace("user=" + config.user(), "");
            for (var endpoint : config.endpoints()) {
                shown = shown.replace(endpoint.host(), "");
            }
            if (secretsMarked) {
                assertThat(shown).doesNotContain(SECRET);
            }
        } catch (InterfaceError e) {
            assertThat(e.errno()).as(e.getMessage()).isEqualTo(ErrorCodes.INVALID_CONFIG);
            if (secretsMarked) {
                assertThat(e.getMessage()).as("the message for " + dsn).doesNotContain(SECRET);
            }
        }
    }
}
