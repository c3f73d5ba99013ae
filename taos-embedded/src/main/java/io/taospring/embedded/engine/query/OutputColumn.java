package io.taospring.embedded.engine.query;

import io.taospring.client.TaosField;

/**
 * One computed result column; hidden columns (ORDER BY keys, HAVING) are dropped before returning.
 *
 * @param label    the result column name
 * @param compiled the expression
 * @param hidden   whether the column only serves sorting or filtering
 */
record OutputColumn(String label, Compiled compiled, boolean hidden) {

    TaosField field() {
        return new TaosField(label, compiled.type().type(), Math.max(0, compiled.type().length()),
                compiled.type().scale());
    }
}
