/**
 * Spring Boot auto-configuration for TDengine: {@code taos.*} properties, connection details, the client,
 * DataSource and {@link io.taospring.spring.core.TaosTemplate}, the embedded-server default, health and
 * metrics.
 */
package io.taospring.boot.autoconfigure;
