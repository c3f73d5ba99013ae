package io.taospring.spring.core;

import io.taospring.client.TaosResult;

/**
 * Maps the current row of a session-API {@link TaosResult}, for the template's methods that go
 * through the session (those taking a {@code reqId}).
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface TaosRowMapper<T> {

    /** Maps the result's current row; {@code rowNum} counts from 0. Must not move the result. */
    T mapRow(TaosResult row, int rowNum);
}
