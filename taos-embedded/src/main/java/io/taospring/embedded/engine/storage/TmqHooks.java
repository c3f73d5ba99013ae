package io.taospring.embedded.engine.storage;

import java.util.List;

/**
 * What the engine tells the data-subscription (TMQ) layer and asks it: rows as they are written, whether a
 * topic has consumers, and the rows of {@code SHOW CONSUMERS} / {@code SHOW SUBSCRIPTIONS}. Every method
 * does nothing by default, so an engine without a TMQ layer pays nothing.
 */
public interface TmqHooks {

    /** The hooks of an engine without a TMQ layer. */
    TmqHooks NONE = new TmqHooks() {
    };

    /**
     * Called once per table and INSERT statement, after the rows are stored, with the schema read lock held.
     *
     * @param database the database written
     * @param table    the table written
     * @param rows     the rows as written
     */
    default void rowsWritten(Database database, Table table, WrittenRows rows) {
    }

    /** Whether a live consumer subscribes to {@code topic} (DROP TOPIC then fails with 0x03EB). */
    default boolean topicSubscribed(String topic) {
        return false;
    }

    /** The rows of {@code performance_schema.perf_consumers}, in its column order. */
    default List<Object[]> consumerRows() {
        return List.of();
    }

    /** The rows of {@code information_schema.ins_subscriptions}, in its column order. */
    default List<Object[]> subscriptionRows() {
        return List.of();
    }
}
