package io.taospring.client.transport.rest;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.transport.QueryResponse;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * A result streamed from the {@code data} array of a REST answer: rows are parsed from the HTTP body as
 * blocks are asked for, at most {@link #MAX_BLOCK_ROWS} at a time, so no result needs its whole body in
 * memory. The first block is read when the response opens, because REST sends no timestamp precision
 * and the first timestamp reveals it.
 */
final class RestQueryResponse implements QueryResponse {

    /** The most rows one block holds. */
    static final int MAX_BLOCK_ROWS = 4096;

    private final RequestContext context;
    private final JsonParser parser;
    private final List<TaosField> fields;
    private final RestValueDecoder values;
    private final RawBlockBuilder builder;
    private Precision precision;
    private RawBlock prefetched;
    private long rowsRead;
    private boolean dataEnded;
    private boolean closed;

    private RestQueryResponse(RequestContext context, JsonParser parser, JsonFactory json, List<TaosField> fields) {
        this.context = context;
        this.parser = parser;
        this.fields = fields;
        this.values = new RestValueDecoder(json, fields);
        this.builder = new RawBlockBuilder(fields);
    }

    /**
     * Starts reading rows; the parser stands on the start of the {@code data} array. Closes the parser
     * when that fails.
     */
    static RestQueryResponse open(RequestContext context, JsonParser parser, JsonFactory json,
            List<TaosField> fields) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("\"data\" is not an array");
        }
        RestQueryResponse response = new RestQueryResponse(context, parser, json, fields);
        response.prefetched = response.readBlock();
        response.precision = response.values.fixPrecision();
        return response;
    }

    /**
     * Whether this answer is the result of a statement without a result set. Decided as the official
     * JDBC driver decides it (one column named {@code affected_rows}, exactly one row), and in addition
     * the column must be an INT, as the server always sends it: so {@code select count(*) as affected_rows}
     * (a BIGINT) stays a query.
     */
    boolean isUpdateAnswer() {
        return fields.size() == 1 && fields.get(0).name().equals("affected_rows")
                && fields.get(0).type() == TaosType.INT && dataEnded && rowsRead == 1 && !prefetched.isNull(0, 0);
    }

    /** The update this answer carries; only when {@link #isUpdateAnswer()}. */
    RestUpdateResponse toUpdate() {
        return new RestUpdateResponse(context.reqId(), prefetched.getLong(0, 0));
    }

    @Override
    public long reqId() {
        return context.reqId();
    }

    @Override
    public boolean isUpdate() {
        return false;
    }

    @Override
    public long affectedRows() {
        return 0;
    }

    @Override
    public List<TaosField> fields() {
        return fields;
    }

    @Override
    public Precision precision() {
        return precision;
    }

    @Override
    public RawBlock nextBlock() {
        if (prefetched != null) {
            RawBlock block = prefetched;
            prefetched = null;
            return block;
        }
        if (closed) {
            return null;
        }
        return RestFailures.guard(context, this::close, this::readBlock);
    }

    private RawBlock readBlock() {
        if (dataEnded) {
            return null;
        }
        builder.reset();
        while (builder.rowCount() < MAX_BLOCK_ROWS) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finish();
                break;
            }
            readRow(token);
        }
        return builder.rowCount() == 0 ? null : RawBlockCodec.decode(builder.encode());
    }

    private void readRow(JsonToken start) {
        if (start != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("row " + rowsRead + " is not an array but " + start);
        }
        for (int column = 0; column < fields.size(); column++) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                throw new IllegalArgumentException("row " + rowsRead + " has " + column + " values for "
                        + fields.size() + " columns");
            }
            try {
                values.append(parser, token, column, builder);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new IllegalArgumentException("row " + rowsRead + ", column " + fields.get(column).name()
                        + ": " + e.getMessage(), e);
            }
        }
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("row " + rowsRead + " has more than " + fields.size() + " values");
        }
        rowsRead++;
    }

    /** Reads the members after {@code data}, checks {@code rows}, and releases the body. */
    private void finish() {
        dataEnded = true;
        String name;
        while ((name = parser.nextName()) != null) {
            JsonToken value = parser.nextToken();
            if (name.equals("rows") && (value != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() != rowsRead)) {
                throw new IllegalArgumentException("\"rows\" is " + parser.getString() + " but " + rowsRead
                        + " rows were sent");
            }
            parser.skipChildren();
        }
        if (parser.nextToken() != null) {
            throw new IllegalArgumentException("content after the end of the JSON object");
        }
        close();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            parser.close();
        }
    }
}
