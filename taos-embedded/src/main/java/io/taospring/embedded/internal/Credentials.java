package io.taospring.embedded.internal;

import io.taospring.embedded.engine.EngineException;
import java.util.Map;

/**
 * The users the server accepts, checked the way taosd's connect does: the user first (0x0351), then the
 * password (0x0357).
 */
public final class Credentials {

    /** Invalid user: the name is not known (errors.md). */
    public static final int INVALID_USER = 0x0351;
    /** Authentication failure: wrong password (errors.md). */
    public static final int AUTHENTICATION_FAILURE = 0x0357;

    private final Map<String, String> passwords;

    /** Credentials for the given user to password map (copied). */
    public Credentials(Map<String, String> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    /**
     * Accepts {@code user} with {@code password}.
     *
     * @throws EngineException 0x0351 for an unknown user, 0x0357 for a wrong password
     */
    public void authenticate(String user, String password) {
        String expected = user == null ? null : passwords.get(user);
        if (expected == null) {
            throw new EngineException(INVALID_USER, "Invalid user");
        }
        if (!expected.equals(password)) {
            throw new EngineException(AUTHENTICATION_FAILURE, "Authentication failure");
        }
    }
}
