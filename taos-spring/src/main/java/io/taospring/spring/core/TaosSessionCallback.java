package io.taospring.spring.core;

import io.taospring.client.TaosSession;

/**
 * Work on the TDengine session behind a template's current connection, for features JDBC does not
 * reach. Errors it raises are translated like the template's own.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TaosSessionCallback<T> {

    /** Does the work; the session must not be closed or kept beyond the call. */
    T doInSession(TaosSession session);
}
