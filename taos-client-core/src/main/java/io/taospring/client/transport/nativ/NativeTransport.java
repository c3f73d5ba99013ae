package io.taospring.client.transport.nativ;

import com.sun.jna.Pointer;
import io.taospring.client.Endpoint;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.Operation;
import io.taospring.client.error.TaosException;
import io.taospring.client.transport.Transport;
import io.taospring.client.transport.TransportConnection;
import java.lang.ref.Cleaner;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The native transport ({@code taos://}): libtaos, the TDengine client library, called through JNA
 * ({@code protocol/native-c-api.md}). Results are read as raw blocks with {@code taos_fetch_raw_block}
 * and decoded by the same codec as the WebSocket transport.
 *
 * <p>The library is found by {@link LibraryDiscovery}: the system property {@code taos.native.library-path}
 * (directory or file), {@code jna.library.path}, then the installers' locations. Thread-safety follows
 * libtaos: the transport and its connections may be used from several threads, one result from one
 * thread at a time. Every native handle is freed on close, and by a cleaner (with a logged warning) when
 * its owner is dropped unclosed. {@link #close()} does not call {@code taos_cleanup()}: the library is
 * shared by the whole process.
 */
public final class NativeTransport implements Transport {

    private static final System.Logger LOG = System.getLogger(NativeTransport.class.getName());

    private final LoadedLibrary library;
    private final Cleaner cleaner;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Loads libtaos for this configuration.
     *
     * @throws InterfaceError naming every location searched when no usable libtaos is found
     */
    public NativeTransport(TaosConfig config) {
        this(LibraryDiscovery.fromSystem().load());
    }

    NativeTransport(LoadedLibrary library) {
        this.library = library;
        this.cleaner = Cleaner.create(runnable -> {
            Thread thread = new Thread(runnable, "taos-native-cleaner");
            thread.setDaemon(true);
            return thread;
        });
        LOG.log(System.Logger.Level.INFO, "libtaos {0} loaded from {1}", library.version(), library.location());
    }

    /** The version of the loaded libtaos, as {@code taos_get_client_info()} reports it. */
    public String clientVersion() {
        return library.version();
    }

    @Override
    public TransportConnection connect(TaosConfig config) {
        if (closed.get()) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "the native transport is closed");
        }
        if (config.token().isPresent()) {
            throw new InterfaceError(ErrorCodes.UNSUPPORTED, "the native connection does not take a token; "
                    + "use ws:// or wss:// for a cloud token");
        }
        TaosException last = null;
        for (Endpoint endpoint : config.endpoints()) {
            Pointer taos = library.api().taos_connect(endpoint.host(), config.user(), config.password(),
                    config.database().orElse(null), (short) endpoint.port());
            if (taos != null) {
                return new NativeConnection(library, cleaner, taos);
            }
            // the error of a failed connect is thread-local: read it now, on this thread
            last = ErrorCodes.exception(Operation.CONNECT, library.api().taos_errno(null),
                    library.api().taos_errstr(null) + " (" + endpoint + ")");
            if (last.errno() != ErrorCodes.UNABLE_TO_CONNECT) {
                break; // wrong credentials or database: another endpoint will answer the same
            }
        }
        throw last;
    }

    /** Applies process-global libtaos options ({@code taos_options}); call before the first connection. */
    void setGlobalOptions(Map<Integer, String> options) {
        options.forEach((option, value) -> {
            int code = library.api().taos_options(option, value);
            if (code != 0) {
                throw new InterfaceError(ErrorCodes.INVALID_CONFIG, "taos_options(" + option + ", " + value
                        + ") failed with code " + code);
            }
        });
    }

    /** A TMQ consumer with the given configuration ({@code group.id}, {@code td.connect.user}, ...). */
    NativeConsumer consumer(Map<String, String> consumerConfig) {
        return new NativeConsumer(library, cleaner, consumerConfig);
    }

    LoadedLibrary library() {
        return library;
    }

    Cleaner cleaner() {
        return cleaner;
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
