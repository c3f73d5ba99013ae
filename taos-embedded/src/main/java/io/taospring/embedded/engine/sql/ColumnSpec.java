package io.taospring.embedded.engine.sql;

/** A column or tag declaration in CREATE/ALTER. */
public record ColumnSpec(String name, TypeSpec type, boolean primaryKey) {
}
