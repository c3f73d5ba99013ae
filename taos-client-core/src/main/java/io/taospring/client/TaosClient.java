package io.taospring.client;

import io.taospring.client.internal.DefaultTaosClient;
import io.taospring.client.internal.PooledSchemalessWriter;
import io.taospring.client.schemaless.SchemalessWriter;

/**
 * The entry point: a configured client that opens sessions to TDengine.
 *
 * <pre>{@code
 * try (TaosClient client = TaosClient.create("http://root:taosdata@localhost:6041/power");
 *      TaosSession session = client.openSession();
 *      TaosResult result = session.query("select ts, current from meters limit 10")) {
 *     while (result.next()) {
 *         System.out.println(result.getInstant(0) + " " + result.getFloat(1));
 *     }
 * }
 * }</pre>
 *
 * A client is thread-safe and owns its transport resources until {@link #close()}.
 */
public interface TaosClient extends AutoCloseable {

    /** A client for the given settings. */
    static TaosClient create(TaosConfig config) {
        return DefaultTaosClient.create(config);
    }

    /** A client for the given DSN; see {@link TaosConfig#fromDsn(String)}. */
    static TaosClient create(String dsn) {
        return create(TaosConfig.fromDsn(dsn));
    }

    /** The settings this client was created with. */
    TaosConfig config();

    /**
     * Opens a session: a connection with its own current database.
     *
     * @throws io.taospring.client.error.ConnectionError when the server cannot be reached or refuses
     *         the credentials
     */
    TaosSession openSession();

    /**
     * A thread-safe schemaless writer: each write runs on a session borrowed from this client for the call.
     */
    default SchemalessWriter schemaless() {
        return new PooledSchemalessWriter(this);
    }

    /** Releases the client's resources. Sessions opened from it fail afterwards. */
    @Override
    void close();
}
