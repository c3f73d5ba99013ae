package io.taospring.client.transport.rest;

import io.taospring.client.TaosConfig;
import io.taospring.client.transport.Transport;
import io.taospring.client.transport.TransportConnection;

/** The REST transport: one SQL statement per {@code POST /rest/sql} ({@code protocol/rest.md}). */
public final class RestTransport implements Transport {

    /** A transport with its own HTTP client. */
    public RestTransport(TaosConfig config) {
        throw new UnsupportedOperationException("TODO: REST transport");
    }

    @Override
    public TransportConnection connect(TaosConfig config) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
    }
}
