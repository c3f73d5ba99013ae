package io.taospring.embedded.engine.sql;

import java.util.Set;

/** Words that end a clause and so cannot be bare identifiers or aliases. */
final class Keywords {

    private static final Set<String> RESERVED = Set.of(
            "select", "from", "where", "partition", "group", "order", "by", "limit", "slimit",
            "interval", "sliding", "fill", "having", "and", "or", "not", "in", "like", "match",
            "nmatch", "between", "is", "null", "as", "using", "tags", "values", "asc", "desc", "union",
            "session", "state_window", "event_window", "count_window", "join", "on", "into", "true", "false",
            "distinct", "nulls", "create", "drop", "insert", "show", "describe", "use", "alter");

    private Keywords() {
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }
}
