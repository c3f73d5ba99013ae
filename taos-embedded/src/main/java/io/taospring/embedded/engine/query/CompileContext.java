package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import java.time.ZoneId;

/**
 * What expression compilation needs besides the expression.
 *
 * @param sql        the normalised statement (for expression texts)
 * @param scope      the referencable names
 * @param now        the statement's NOW in the scope's precision
 * @param zone       the zone for timestamp strings without offset
 * @param database   the session's current database (for DATABASE()), or null
 * @param aggregates where aggregate calls are registered; null where they are not allowed
 */
record CompileContext(String sql, Scope scope, long now, ZoneId zone, String database, AggregateCalls aggregates) {

    Precision precision() {
        return scope.precision();
    }

    CompileContext withoutAggregates() {
        return new CompileContext(sql, scope, now, zone, database, null);
    }

    CompileContext withAggregates(AggregateCalls calls) {
        return new CompileContext(sql, scope, now, zone, database, calls);
    }
}
