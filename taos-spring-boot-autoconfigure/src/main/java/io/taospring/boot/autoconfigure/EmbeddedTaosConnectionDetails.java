package io.taospring.boot.autoconfigure;

import io.taospring.embedded.EmbeddedTaosServer;

/**
 * {@link TaosConnectionDetails} of an embedded server: its WebSocket address on loopback.
 *
 * @param server   the started server
 * @param username the user, or null for root
 * @param password the password, or null for taosdata
 */
public record EmbeddedTaosConnectionDetails(EmbeddedTaosServer server, String username, String password)
        implements TaosConnectionDetails {

    /** Details for {@code server} as root. */
    public EmbeddedTaosConnectionDetails(EmbeddedTaosServer server) {
        this(server, null, null);
    }

    @Override
    public String getUrl() {
        return "ws://" + server.host() + ":" + server.port();
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }

    /** Never shows the password (a record's own {@code toString} would). */
    @Override
    public String toString() {
        return "EmbeddedTaosConnectionDetails[url=" + getUrl() + ", username=" + username + ", password="
                + (password == null ? null : TaosSecrets.MASK) + "]";
    }
}
