package io.taospring.spring.listener;

import java.util.List;

/**
 * Decides what happens when a listener throws: retry, recover (e.g. to a dead-letter table) and carry on, or
 * throw, which makes the container seek back and deliver the records again.
 */
@FunctionalInterface
public interface TaosErrorHandler {

    /**
     * Handles a failed invocation of the listener with {@code records}.
     *
     * @param records the records of the failed invocation (one for record listeners)
     * @param failure what the listener threw
     * @param retry   invokes the listener again with the same records
     * @throws Exception to have the records delivered again
     */
    void handle(List<TaosRecord> records, Exception failure, Invocation retry) throws Exception;

    /** One more invocation of the listener. */
    @FunctionalInterface
    interface Invocation {

        /** Invokes the listener; throws what it throws. */
        void invoke() throws Exception;
    }
}
