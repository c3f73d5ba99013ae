package io.taospring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to connect to TDengine. Backed by {@code taos.*} by default; the embedded server and
 * {@link io.taospring.boot.test.EmbeddedTaos} contribute their own.
 */
public interface TaosConnectionDetails extends ConnectionDetails {

    /** The DSN ({@code ws://host:6041/db}, {@code http://...}) or JDBC URL of the server. */
    String getUrl();

    /** The login user, or null to use the URL's (default root). */
    default String getUsername() {
        return null;
    }

    /** The login password, or null to use the URL's (default taosdata). */
    default String getPassword() {
        return null;
    }
}
