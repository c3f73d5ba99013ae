package io.taospring.embedded.engine.query;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Well-known text to little-endian WKB, for GEOMETRY literals (points only). */
public final class Wkt {

    private static final Pattern POINT = Pattern.compile(
            "\\s*point\\s*\\(\\s*([-+0-9.eE]+)\\s+([-+0-9.eE]+)\\s*\\)\\s*");

    private Wkt() {
    }

    /** The WKB of a {@code POINT(x y)}, or null when the text is not one. */
    public static byte[] toWkb(String text) {
        Matcher m = POINT.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        try {
            ByteBuffer wkb = ByteBuffer.allocate(21).order(ByteOrder.LITTLE_ENDIAN);
            wkb.put((byte) 1).putInt(1).putDouble(Double.parseDouble(m.group(1)))
                    .putDouble(Double.parseDouble(m.group(2)));
            return wkb.array();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
