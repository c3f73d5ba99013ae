package io.taospring.embedded.rest;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.embedded.engine.QueryResult;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes {@code /rest/sql} responses (rest.md 5, 6). Query results are streamed: one HTTP chunk per raw
 * block, waiting for the socket to drain between chunks, so a large result never sits in memory as JSON.
 */
final class RestResponder {

    /** Rows per encoded block while streaming a result. */
    static final int ROWS_PER_BLOCK = 4096;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final Channel channel;
    private final boolean keepAlive;
    private final long startNanos;

    RestResponder(Channel channel, boolean keepAlive, long startNanos) {
        this.channel = channel;
        this.keepAlive = keepAlive;
        this.startNanos = startNanos;
    }

    /** An error body {@code {"code":..,"desc":..,"timing":..}} with the given HTTP status. */
    void sendError(HttpResponseStatus status, int code, String desc) {
        ChunkOutput out = new ChunkOutput(channel.alloc());
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeNumberProperty("code", code);
            json.writeStringProperty("desc", desc == null ? "" : desc);
            json.writeNumberProperty("timing", elapsed());
            json.writeEndObject();
        }
        sendFull(status, out.take());
    }

    /** The body of a statement without a result set: one {@code affected_rows} INT column (rest.md 5.1). */
    void sendUpdate(long affectedRows, RestParams params) {
        ChunkOutput out = new ChunkOutput(channel.alloc());
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeNumberProperty("code", 0);
            json.writeName("column_meta");
            json.writeStartArray();
            writeMeta(json, "affected_rows", "INT", 4);
            json.writeEndArray();
            json.writeName("data");
            json.writeStartArray();
            if (params.rowWithMeta()) {
                json.writeStartObject().writeNumberProperty("affected_rows", affectedRows).writeEndObject();
            } else {
                json.writeStartArray().writeNumber(affectedRows).writeEndArray();
            }
            json.writeEndArray();
            writeTail(json, 1, params);
        }
        sendFull(HttpResponseStatus.OK, out.take());
    }

    /** Streams a result set as {@code column_meta}, then {@code data} block by block (rest.md 5.2). */
    void streamQuery(QueryResult result, RestParams params) {
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE);
        HttpUtil.setTransferEncodingChunked(head, true);
        HttpUtil.setKeepAlive(head, keepAlive);
        channel.write(head);
        ChunkOutput out = new ChunkOutput(channel.alloc());
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            writeResult(json, out, result, params);
        } catch (RuntimeException e) {
            out.discard();
            channel.close();
            throw e;
        }
        finish(channel.writeAndFlush(new DefaultLastHttpContent(out.take())));
    }

    private void writeResult(JsonGenerator json, ChunkOutput out, QueryResult result, RestParams params) {
        List<TaosField> fields = result.fields();
        int rows = result.rowCount();
        RawBlock first = rows == 0 ? null : decode(result, 0, Math.min(rows, ROWS_PER_BLOCK));
        json.writeStartObject();
        json.writeNumberProperty("code", 0);
        json.writeName("column_meta");
        json.writeStartArray();
        for (int c = 0; c < fields.size(); c++) {
            TaosField field = fields.get(c);
            writeMeta(json, field.name(), ColumnMeta.typeName(field, first, c), field.length());
        }
        json.writeEndArray();
        json.writeName("data");
        json.writeStartArray();
        int written = writeRows(json, out, result, first, params);
        json.writeEndArray();
        writeTail(json, written, params);
    }

    /** Writes every row; stops early (closing the JSON normally) when the client has gone. */
    private int writeRows(JsonGenerator json, ChunkOutput out, QueryResult result, RawBlock first, RestParams params) {
        RowWriter rows = new RowWriter(result.fields(), new TimestampText(params.zone(), result.precision()),
                params.rowWithMeta());
        int total = result.rowCount();
        int written = 0;
        RawBlock block = first;
        while (block != null && channel.isActive()) {
            rows.writeBlock(json, block);
            written += block.rowCount();
            json.flush();
            sendChunk(out.take());
            block = written < total ? decode(result, written, Math.min(total, written + ROWS_PER_BLOCK)) : null;
        }
        return written;
    }

    private static RawBlock decode(QueryResult result, int from, int to) {
        return RawBlockCodec.decode(result.encodeBlock(from, to));
    }

    private void writeTail(JsonGenerator json, int rows, RestParams params) {
        json.writeNumberProperty("rows", rows);
        if (params.timing()) {
            json.writeNumberProperty("timing", elapsed());
        }
        json.writeEndObject();
    }

    private static void writeMeta(JsonGenerator json, String name, String type, int length) {
        json.writeStartArray().writeString(name).writeString(type).writeNumber(length).writeEndArray();
    }

    /** Sends a chunk; when the socket's buffer is full, waits for it to drain (we are on an engine worker). */
    private void sendChunk(ByteBuf chunk) {
        ChannelFuture written = channel.writeAndFlush(new DefaultHttpContent(chunk));
        if (!channel.isWritable()) {
            written.awaitUninterruptibly();
        }
    }

    private void sendFull(HttpResponseStatus status, ByteBuf body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE);
        HttpUtil.setContentLength(response, body.readableBytes());
        HttpUtil.setKeepAlive(response, keepAlive);
        finish(channel.writeAndFlush(response));
    }

    private void finish(ChannelFuture written) {
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private long elapsed() {
        return System.nanoTime() - startNanos;
    }

    /** The plain-text body a router gives for an unknown path, like gin's default 404. */
    static FullHttpResponse notFound(Channel channel) {
        ByteBuf body = channel.alloc().buffer().writeBytes("404 page not found".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND, body);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.TEXT_PLAIN);
        HttpUtil.setContentLength(response, body.readableBytes());
        // the caller closes the connection after this answer; say so, or a client reuses a dead connection
        HttpUtil.setKeepAlive(response, false);
        return response;
    }
}
