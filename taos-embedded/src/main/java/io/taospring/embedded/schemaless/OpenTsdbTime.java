package io.taospring.embedded.schemaless;

import java.util.concurrent.TimeUnit;

/** The OpenTSDB formats' shared rules: their timestamps and their value column. */
final class OpenTsdbTime {

    /** The data column of telnet and JSON points. */
    static final String VALUE_COLUMN = "_value";

    private OpenTsdbTime() {
    }

    /** A timestamp of 10 digits (seconds) or 13 (milliseconds); {@code 0} means now. */
    static SmlTime fromDigits(String digits, String data, int position) {
        if (digits.equals("0")) {
            return SmlTime.NOW;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw SmlErrors.invalidData("invalid timestamp", data, position);
            }
        }
        TimeUnit unit = switch (digits.length()) {
            case 10 -> TimeUnit.SECONDS;
            case 13 -> TimeUnit.MILLISECONDS;
            default -> throw SmlErrors.invalidData(
                    "timestamp precision can only be seconds(10 digits) or milli seconds(13 digits)", data, position);
        };
        return new SmlTime(Long.parseLong(digits), unit);
    }
}
