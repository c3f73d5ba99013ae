package io.taospring.client.transport.nativ;

/** The leading numbers of a libtaos version string ({@code 3.3.6.0}, {@code 3.3.6.0-fake}). */
final class LibraryVersion {

    /** The oldest libtaos this binding accepts: 3.x has {@code taos_fetch_raw_block} and stmt2 came later. */
    static final String MINIMUM = "3.0.0.0";

    private LibraryVersion() {
    }

    /** Whether {@code version} is at least {@link #MINIMUM}; an unparsable version is not. */
    static boolean isSupported(String version) {
        return version != null && compare(version, MINIMUM) >= 0;
    }

    /** Compares the dotted numeric prefixes; missing parts count as 0, a non-number ends the version. */
    static int compare(String a, String b) {
        int[] left = parts(a);
        int[] right = parts(b);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int x = i < left.length ? left[i] : 0;
            int y = i < right.length ? right[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int[] parts(String version) {
        String[] words = version.split("\\.");
        int[] parts = new int[words.length];
        int count = 0;
        for (String word : words) {
            String digits = leadingDigits(word);
            if (digits.isEmpty() || digits.length() > 9) {
                break;
            }
            parts[count++] = Integer.parseInt(digits);
            if (digits.length() != word.length()) {
                break;
            }
        }
        return java.util.Arrays.copyOf(parts, count);
    }

    private static String leadingDigits(String word) {
        int end = 0;
        while (end < word.length() && Character.isDigit(word.charAt(end))) {
            end++;
        }
        return word.substring(0, end);
    }
}
