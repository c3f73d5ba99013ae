package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.EngineException;
import java.util.Locale;

/** {@code auto.offset.reset}: where a consumer starts in a vgroup without a committed offset. */
enum OffsetReset {
    EARLIEST, LATEST, NONE;

    /** Parses a config value; 0x0118 for an unknown one (ws-tmq.md 4). */
    static OffsetReset parse(String value) {
        if (value == null || value.isEmpty()) {
            return LATEST;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EngineException(0x0118, "invalid value for key 'auto.offset.reset': " + value);
        }
    }

    String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
