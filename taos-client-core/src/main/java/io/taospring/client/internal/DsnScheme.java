package io.taospring.client.internal;

import io.taospring.client.ConnectionType;
import java.util.Locale;

/**
 * The transport a DSN scheme selects: {@code driver[+protocol]} as taospy, taos-ws-py and the Rust
 * connector spell it.
 *
 * <p>The protocol decides: {@code ws}/{@code wss} are WebSocket, {@code http}/{@code https} REST, and the
 * {@code s} forms add TLS. A driver alone ({@code taos}, {@code taosws}, {@code taosrest}) or a protocol
 * alone ({@code ws://}) is enough; {@code taos} alone is the native connection. A driver that names a
 * transport ({@code taosws}, {@code taosrest}) must agree with the protocol.
 */
record DsnScheme(ConnectionType type, boolean tls) {

    static final String EXPECTED = "ws, wss, http, https, taos, taosws, taosrest, or driver+protocol such as "
            + "taos+ws, taos+wss, taosws+wss, taosrest+https";

    /** Whether {@code word} is a scheme this parser knows. */
    static boolean isKnown(String word) {
        try {
            parse(word);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The transport of a scheme word (case-insensitive); an empty word is the default, WebSocket. */
    static DsnScheme parse(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int plus = lower.indexOf('+');
        if (plus < 0) {
            return driverAlone(lower, word);
        }
        String driver = lower.substring(0, plus);
        DsnScheme byProtocol = protocol(lower.substring(plus + 1), word);
        boolean agrees = switch (driver) {
            case "", "taos" -> true;
            case "taosws" -> byProtocol.type == ConnectionType.WEBSOCKET;
            case "taosrest" -> byProtocol.type == ConnectionType.REST;
            default -> throw unknown(word);
        };
        if (!agrees) {
            throw DsnParser.invalid("scheme '" + word + "' names the driver '" + driver
                    + "' with a protocol of another transport");
        }
        return byProtocol;
    }

    private static DsnScheme driverAlone(String lower, String word) {
        return switch (lower) {
            case "", "taosws" -> new DsnScheme(ConnectionType.WEBSOCKET, false);
            case "taos" -> new DsnScheme(ConnectionType.NATIVE, false);
            case "taosrest" -> new DsnScheme(ConnectionType.REST, false);
            default -> protocol(lower, word);
        };
    }

    private static DsnScheme protocol(String lower, String word) {
        return switch (lower) {
            case "ws" -> new DsnScheme(ConnectionType.WEBSOCKET, false);
            case "wss" -> new DsnScheme(ConnectionType.WEBSOCKET, true);
            case "http" -> new DsnScheme(ConnectionType.REST, false);
            case "https" -> new DsnScheme(ConnectionType.REST, true);
            default -> throw unknown(word);
        };
    }

    private static RuntimeException unknown(String word) {
        return DsnParser.invalid("unknown scheme '" + word + "' (expected " + EXPECTED + ")");
    }
}
