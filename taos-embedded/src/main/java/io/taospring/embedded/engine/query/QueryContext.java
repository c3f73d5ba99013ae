package io.taospring.embedded.engine.query;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The per-statement inputs of query execution.
 *
 * @param sql      the normalised statement
 * @param database the session's current database, or null
 * @param now      the statement's NOW
 * @param zone     the zone of timestamp strings without offset
 */
public record QueryContext(String sql, String database, Instant now, ZoneId zone) {
}
