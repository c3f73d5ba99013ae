package io.taospring.embedded.engine.sql;

/**
 * A possibly qualified table (or database object) name.
 *
 * @param database the qualifier, or null for the session's current database
 * @param name     the table name
 */
public record TableName(String database, String name) {

    @Override
    public String toString() {
        return database == null ? name : database + "." + name;
    }
}
