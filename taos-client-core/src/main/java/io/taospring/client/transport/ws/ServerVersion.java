package io.taospring.client.transport.ws;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;

/**
 * The server version gate. The binary query and fetch frames this transport uses exist from taosAdapter
 * 3.3.2.0 on; older servers are refused with a clear error instead of failing on the first query.
 */
final class ServerVersion {

    /** The oldest server this transport speaks to. */
    static final String MINIMUM = "3.3.2.0";

    private ServerVersion() {
    }

    /** Returns {@code version} when it is at least {@link #MINIMUM}. */
    static String requireSupported(String version) {
        if (version == null || compare(version, MINIMUM) < 0) {
            throw new InterfaceError(ErrorCodes.VERSION_INCOMPATIBLE,
                    "TDengine server version " + version + " is too old: " + MINIMUM + " or later is required");
        }
        return version;
    }

    /** Compares dotted versions numerically part by part; a non-numeric part sorts below a numeric one. */
    static int compare(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int c = comparePart(i < left.length ? left[i] : "0", i < right.length ? right[i] : "0");
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String a, String b) {
        boolean aNumeric = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
        boolean bNumeric = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
        if (aNumeric && bNumeric) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (aNumeric != bNumeric) {
            return aNumeric ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
