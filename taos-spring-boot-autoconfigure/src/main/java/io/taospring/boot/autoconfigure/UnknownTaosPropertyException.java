package io.taospring.boot.autoconfigure;

import org.springframework.boot.origin.Origin;

/** A key under {@code taos.} that no setting has: a typo, most likely. */
public class UnknownTaosPropertyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String closest;

    UnknownTaosPropertyException(String key, Origin origin, String closest) {
        super("Unknown configuration property '" + key + "'" + (origin != null ? " (" + origin + ")" : "")
                + "; did you mean '" + closest + "'?");
        this.key = key;
        this.closest = closest;
    }

    /** The unknown key, in canonical form. */
    public String getKey() {
        return key;
    }

    /** The valid key closest to it. */
    public String getClosest() {
        return closest;
    }
}
