/**
 * Mapping POJOs and records to TDengine super tables: annotations for the super table, the child table
 * name, tags, the timestamp and column names; the metadata read from them; columnar writes through
 * parameter binding and a {@link org.springframework.jdbc.core.RowMapper} for reads.
 */
package io.taospring.spring.mapping;
