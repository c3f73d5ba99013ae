package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.storage.ColumnVector;
import io.taospring.embedded.engine.storage.Values;

/** Reads an aggregate's argument for a row: straight from the column when it is one, else evaluated. */
final class Arg {

    private final Eval eval;
    private final int column;
    private final boolean numeric;
    private Object object;
    private ColumnVector vector;
    private int index;
    double d;
    long l;

    Arg(Compiled compiled) {
        this.eval = compiled.eval();
        this.column = compiled.column();
        TaosType type = compiled.type().type();
        this.numeric = type != TaosType.VARCHAR && type != TaosType.NCHAR && type != TaosType.JSON
                && !type.isBinary() && !type.isDecimal();
    }

    /** Loads the row's value; false when it is NULL. */
    boolean load(Row row) {
        if (column >= 0) {
            vector = row.slice.columns()[column];
            index = row.index;
            if (vector.isNull(index)) {
                return false;
            }
            if (numeric) {
                d = vector.doubleAt(index);
                l = vector.longAt(index);
            }
            object = null;
            return true;
        }
        vector = null;
        object = eval.eval(row);
        if (object == null) {
            return false;
        }
        if (numeric && Values.isNumeric(object)) {
            d = Values.toDouble(object);
            l = object instanceof Double ? (long) d : Values.toLong(object);
        }
        return true;
    }

    /** The loaded value in canonical form. */
    Object object() {
        if (object == null && vector != null) {
            object = vector.get(index);
        }
        return object;
    }

    boolean numeric() {
        return numeric;
    }
}
