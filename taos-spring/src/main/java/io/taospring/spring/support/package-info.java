/** Support classes for the Spring integration: translation of TDengine errors into Spring's {@code DataAccessException} hierarchy. */
package io.taospring.spring.support;
