package io.taospring.embedded.internal;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import io.taospring.embedded.engine.EngineException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The users the server accepts, checked the way taosd's connect does: the user first (0x0351), then the
 * password (0x0357); and the cloud tokens that stand for a user ({@link TokenGate}).
 */
public final class Credentials {

    /** Invalid user: the name is not known (errors.md). */
    public static final int INVALID_USER = 0x0351;
    /** Authentication failure: wrong password (errors.md). */
    public static final int AUTHENTICATION_FAILURE = 0x0357;

    /** The user a connection's cloud token authenticated, when it carried one. */
    static final AttributeKey<String> TOKEN_USER = AttributeKey.valueOf("taos.token.user");

    private final Map<String, String> passwords;
    private final Map<String, String> tokenUsers;

    /** Credentials for the given user to password map (copied), without tokens. */
    public Credentials(Map<String, String> passwords) {
        this(passwords, Map.of());
    }

    /** Credentials for the given users and the tokens (token to user name) that stand for them; copied. */
    public Credentials(Map<String, String> passwords, Map<String, String> tokenUsers) {
        this.passwords = Map.copyOf(passwords);
        this.tokenUsers = Map.copyOf(tokenUsers);
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

    /**
     * The user a WebSocket {@code conn} runs as: the user of the connection's cloud token, whatever the
     * request names; otherwise {@code user} once its password is checked.
     *
     * @throws EngineException as {@link #authenticate(String, String)}
     */
    public String authenticate(Channel channel, String user, String password) {
        String tokenUser = channel.attr(TOKEN_USER).get();
        if (tokenUser != null) {
            return tokenUser;
        }
        authenticate(user, password);
        return user;
    }

    /** The user {@code token} stands for, or null when it is not a known token. */
    String userOfToken(String token) {
        return tokenUsers.get(token);
    }

    /** The Basic Authorization header of {@code user}, for requests a token let in. */
    String basicAuthorization(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + passwords.get(user)).getBytes(StandardCharsets.UTF_8));
    }
}
