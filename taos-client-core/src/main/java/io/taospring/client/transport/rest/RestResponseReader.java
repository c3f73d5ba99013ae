package io.taospring.client.transport.rest;

import io.taospring.client.transport.QueryResponse;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the JSON answer of {@code /rest/sql} ({@code protocol/rest.md} section 5 and 6): an error, an
 * update count, or the head of a result whose rows stream on.
 */
final class RestResponseReader {

    private final JsonFactory json;

    RestResponseReader(JsonFactory json) {
        this.json = json;
    }

    /**
     * Reads the answer in {@code body}, which this takes ownership of: it is closed unless a streaming
     * result is returned, whose {@link QueryResponse#close()} closes it.
     *
     * @throws io.taospring.client.error.TaosException the server's error, or a protocol violation
     */
    QueryResponse read(InputStream body, RequestContext context) {
        JsonParser parser = json.createParser(ObjectReadContext.empty(), body);
        return RestFailures.guard(context, parser::close, () -> answer(parser, context));
    }

    private QueryResponse answer(JsonParser parser, RequestContext context) {
        ResponseHead head = ResponseHead.read(parser);
        if (head.code() != 0) {
            throw context.error(head.code(), head.desc(), null);
        }
        if (!head.atData()) {
            throw new IllegalArgumentException("a success answer without \"data\"");
        }
        RestQueryResponse result = RestQueryResponse.open(context, parser, json, head.fields());
        if (result.isUpdateAnswer()) {
            result.close();
            return result.toUpdate();
        }
        return result;
    }
}
