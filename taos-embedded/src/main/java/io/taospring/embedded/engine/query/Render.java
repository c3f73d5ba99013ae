package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.sql.Expr;
import java.util.stream.Collectors;

/** Text for expressions the engine synthesised (star expansions), which have no statement span. */
final class Render {

    private Render() {
    }

    static String text(Expr expr) {
        if (expr instanceof Expr.Column column) {
            return column.name();
        }
        if (expr instanceof Expr.Call call) {
            return call.name() + "(" + call.args().stream().map(Render::text).collect(Collectors.joining(",")) + ")";
        }
        return expr instanceof Expr.Star ? "*" : expr.toString();
    }
}
