package io.taospring.client.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes {@code %XX} escapes (UTF-8 bytes) in DSN parts. A {@code +} stays a plus: DSNs are URLs, not
 * HTML form data.
 */
final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * Decodes {@code text}; {@code what} names the part in the error, and a secret part is never echoed.
     */
    static String decode(String text, String what, boolean secret) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int from = 0;
        for (int at = text.indexOf('%'); at >= 0; at = text.indexOf('%', from)) {
            bytes.writeBytes(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
            int value = at + 2 < text.length() ? hexPair(text.charAt(at + 1), text.charAt(at + 2)) : -1;
            if (value < 0) {
                throw badEscape(text, at, what, secret);
            }
            bytes.write(value);
            from = at + 3;
        }
        bytes.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return utf8(ByteBuffer.wrap(bytes.toByteArray()), what);
    }

    private static int hexPair(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h << 4 | l;
    }

    private static String utf8(ByteBuffer bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw DsnParser.invalid("percent escapes in " + what + " are not valid UTF-8");
        }
    }

    private static RuntimeException badEscape(String text, int at, String what, boolean secret) {
        if (secret) {
            return DsnParser.invalid("bad percent escape in " + what + " (expected %XX with two hex digits)");
        }
        String escape = text.substring(at, Math.min(at + 3, text.length()));
        return DsnParser.invalid("bad percent escape '" + escape + "' in " + what
                + " (expected %XX with two hex digits)");
    }
}
