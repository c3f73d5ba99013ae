package io.taospring.embedded.engine.storage;

import io.taospring.embedded.engine.sql.Statement;

/**
 * A topic created with CREATE TOPIC.
 *
 * @param name       the topic name
 * @param database   the database it reads
 * @param definition the parsed statement (its kind, query, super table or database)
 * @param createTime creation time in milliseconds
 * @param uid        a unique id, increasing with creation
 */
public record Topic(String name, String database, Statement.CreateTopic definition, long createTime, long uid) {

    /** The text after {@code AS}, as {@code ins_topics.sql} shows it. */
    public String sql() {
        return "create topic " + name + " as " + definition.definition();
    }

    /** {@code ins_topics.type}: {@code column}, {@code stable} or {@code db}. */
    public String type() {
        return switch (definition.kind()) {
            case QUERY -> "column";
            case STABLE -> "stable";
            case DATABASE -> "db";
        };
    }
}
