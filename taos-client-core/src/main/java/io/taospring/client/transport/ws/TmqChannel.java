package io.taospring.client.transport.ws;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.protocol.tmq.FetchRawDataReply;
import io.taospring.client.protocol.tmq.TmqJson;
import io.taospring.client.protocol.tmq.TmqReply;
import io.taospring.client.protocol.tmq.TmqRequest;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLSocketFactory;

/**
 * One socket on {@code /rest/tmq} (ws-tmq.md 2): sends JSON requests and hands back their replies, matched by
 * req_id (the caller keeps req_ids unique on the socket); binary {@code fetch_raw_data} replies are routed by
 * the req_id inside the frame. Closing the socket closes the consumer on the server.
 */
public final class TmqChannel implements AutoCloseable {

    private final TmqJson json = new TmqJson();
    private final ReplyDispatcher<TmqReply> dispatcher;

    private TmqChannel(String endpoint) {
        this.dispatcher = new ReplyDispatcher<>(endpoint, json::parse, TmqReply::reqId,
                frame -> FetchRawDataReply.isFetchRawData(frame) ? FetchRawDataReply.peekReqId(frame) : -1);
    }

    /**
     * Opens a socket to {@code uri}; a send not finished within {@code sendTimeout} closes it (checked on
     * {@code timers}, which the caller owns).
     *
     * @throws ConnectionError when the socket cannot be opened within {@code connectTimeout}
     */
    public static TmqChannel open(URI uri, Duration connectTimeout, Duration sendTimeout,
            ScheduledExecutorService timers) {
        return open(uri, connectTimeout, sendTimeout, (SSLSocketFactory) SSLSocketFactory.getDefault(), timers);
    }

    /**
     * As {@link #open(URI, Duration, Duration, ScheduledExecutorService)}, with {@code wss://} sockets from
     * {@code tlsSockets}. A {@code token} query parameter of {@code uri} is never shown in messages.
     */
    public static TmqChannel open(URI uri, Duration connectTimeout, Duration sendTimeout, SSLSocketFactory tlsSockets,
            ScheduledExecutorService timers) {
        TmqChannel tmq = new TmqChannel(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
        // one reader thread per consumer socket; it ends when the socket closes
        tmq.dispatcher.attach(SocketWsChannel.open(uri, connectTimeout, sendTimeout, tlsSockets, TmqChannel::startReader,
                timers, tmq.dispatcher));
        return tmq;
    }

    private static void startReader(Runnable readLoop) {
        Thread reader = new Thread(readLoop, "taos-tmq-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends {@code request}; the future completes with its {@link TmqReply} or {@link FetchRawDataReply}. */
    public CompletableFuture<Object> send(TmqRequest request) {
        return dispatcher.sendText(request.reqId(), json.render(request));
    }

    /**
     * Sends {@code request} and waits for its JSON reply (a failure code is left to the caller).
     *
     * @throws io.taospring.client.error.OperationalError when no reply arrives within {@code timeout}
     * @throws ConnectionError when the socket fails meanwhile
     */
    public TmqReply exchange(TmqRequest request, Duration timeout) {
        return expectJson(await(request, send(request), timeout), request);
    }

    /** Waits for the reply of a request sent with {@link #send}. */
    public Object await(TmqRequest request, CompletableFuture<Object> reply, Duration timeout) {
        return dispatcher.await(request.reqId(), reply, timeout, null);
    }

    /** Sends {@code fetch_raw_data} and waits for its binary reply. */
    public FetchRawDataReply fetchRawData(TmqRequest.FetchRawData request, Duration timeout) {
        Object reply = await(request, send(request), timeout);
        if (reply instanceof byte[] frame) {
            return FetchRawDataReply.decode(frame);
        }
        throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "expected a binary fetch_raw_data reply, got "
                + reply, request.reqId(), null, null);
    }

    /** The reply as JSON of {@code request}'s action. */
    public static TmqReply expectJson(Object reply, TmqRequest request) {
        if (reply instanceof TmqReply tmq && tmq.action().equals(request.action())) {
            return tmq;
        }
        throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "expected a '" + request.action() + "' reply, got "
                + reply, request.reqId(), null, null);
    }

    /** Whether the socket is gone. */
    public boolean isClosed() {
        return dispatcher.isClosed();
    }

    /** Closes the socket; idempotent. */
    @Override
    public void close() {
        dispatcher.close(new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "consumer is closed"));
    }
}
