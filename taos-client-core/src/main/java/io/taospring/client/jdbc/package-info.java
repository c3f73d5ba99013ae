/**
 * A JDBC driver and DataSource over the session API: {@link io.taospring.client.jdbc.TaosDriver} for
 * {@code jdbc:taos:<dsn>} and the official {@code jdbc:TAOS-WS://}, {@code jdbc:TAOS-RS://} URLs, and
 * {@link io.taospring.client.jdbc.TaosDataSource}. Everything else in this package is package-private.
 */
package io.taospring.client.jdbc;
