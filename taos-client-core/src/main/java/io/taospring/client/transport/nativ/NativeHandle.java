package io.taospring.client.transport.nativ;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One handle the library handed out (connection, result, statement, consumer), freed exactly once: by
 * {@link #close()}, or by the cleaner when its owner became unreachable without being closed. The
 * second case is a leak in the caller; it is logged as a warning, naming the kind of handle.
 *
 * <p>A child handle (a result) keeps its parent (the connection) reachable until the child is freed, so
 * the cleaner never frees a connection before the results read from it.
 */
final class NativeHandle {

    private static final System.Logger LOG = System.getLogger(NativeHandle.class.getName());

    private final Pointer pointer;
    private final Release release;
    private final Cleaner.Cleanable cleanable;

    /**
     * Registers {@code pointer} for release when {@code owner} is closed or unreachable.
     *
     * @param parent kept reachable until this handle is freed; may be null
     */
    NativeHandle(Cleaner cleaner, Object owner, String kind, Pointer pointer, Consumer<Pointer> free, Object parent) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.release = new Release(kind, pointer, free, parent);
        this.cleanable = cleaner.register(owner, release);
    }

    /** The native pointer; valid until {@link #close()}. */
    Pointer pointer() {
        return pointer;
    }

    /** Whether the handle has been freed. */
    boolean isFreed() {
        return release.done;
    }

    /** Frees the handle now; idempotent. */
    void close() {
        release.explicit = true;
        cleanable.clean();
    }

    /** The cleaning action; must not reference the owner, or the owner would never become unreachable. */
    private static final class Release implements Runnable {
        private final String kind;
        private final Pointer pointer;
        private final Consumer<Pointer> free;
        /** Held only to keep the parent reachable while this handle lives. */
        private final Object parent;
        private volatile boolean explicit;
        private volatile boolean done;

        Release(String kind, Pointer pointer, Consumer<Pointer> free, Object parent) {
            this.kind = kind;
            this.pointer = pointer;
            this.free = free;
            this.parent = parent;
        }

        @Override
        public void run() {
            done = true;
            if (!explicit) {
                LOG.log(System.Logger.Level.WARNING, "a native {0} was not closed; freeing it now. Close every "
                        + "result, statement, consumer and connection (try-with-resources) to free it promptly.", kind);
            }
            free.accept(pointer);
        }
    }
}
