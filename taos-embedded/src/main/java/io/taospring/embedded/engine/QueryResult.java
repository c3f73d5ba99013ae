package io.taospring.embedded.engine;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import java.util.List;

/**
 * A materialised result set: a consistent snapshot taken when the query ran, encoded into raw blocks
 * on demand so that the protocol layers can stream it in pieces.
 */
public non-sealed interface QueryResult extends StatementResult {

    /** The result columns with their declared lengths. */
    List<TaosField> fields();

    /** The precision of the result's TIMESTAMP columns (that of the queried database; ms otherwise). */
    Precision precision();

    /** The number of rows. */
    int rowCount();

    /** Encodes rows {@code [fromRow, toRow)} as one raw block ({@code protocol/raw-block.md}). */
    byte[] encodeBlock(int fromRow, int toRow);
}
