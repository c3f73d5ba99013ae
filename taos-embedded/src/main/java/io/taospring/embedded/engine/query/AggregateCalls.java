package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.sql.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The aggregate calls of one query, each compiled once and given a result slot. */
final class AggregateCalls {

    private final List<AggregateCall> calls = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();

    Compiled register(Expr.Call call, Compiler compiler) {
        String key = compiler.text(call);
        Integer slot = slots.get(key);
        AggregateCall bound;
        if (slot == null) {
            bound = AggregateFunctions.bind(call, compiler);
            slot = calls.size();
            calls.add(bound);
            slots.put(key, slot);
        } else {
            bound = calls.get(slot);
        }
        int index = slot;
        return Compiled.of(row -> row.aggregates[index], bound.type(), Compiled.AGGREGATE);
    }

    List<AggregateCall> calls() {
        return calls;
    }

    boolean isEmpty() {
        return calls.isEmpty();
    }

    boolean hasCountLike() {
        return calls.stream().anyMatch(AggregateCall::isCountLike);
    }

    /** The single selector whose row supplies plain columns, or -1 when there is not exactly one. */
    int soleSelector() {
        int found = -1;
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).isSelector()) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    Accumulator[] newAccumulators() {
        Accumulator[] accumulators = new Accumulator[calls.size()];
        for (int i = 0; i < accumulators.length; i++) {
            accumulators[i] = AggregateFunctions.accumulator(calls.get(i));
        }
        return accumulators;
    }
}
