package io.taospring.boot.autoconfigure;

import io.taospring.client.observation.RequestObserver;

/**
 * The resolved connection settings that the client and the DataSource share: the JDBC URL with every
 * {@code taos.*} setting applied, and the observer of their requests.
 *
 * @param jdbcUrl  the JDBC URL (its password, if any, is in it: never log it)
 * @param observer the observer of every request, {@link RequestObserver#NONE} when nothing observes
 */
public record TaosConnectionUrl(String jdbcUrl, RequestObserver observer) {

    @Override
    public String toString() {
        return "TaosConnectionUrl{" + TaosSecrets.maskUrl(jdbcUrl) + "}";
    }
}
