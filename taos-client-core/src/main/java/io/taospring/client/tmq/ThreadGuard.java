package io.taospring.client.tmq;

import java.util.ConcurrentModificationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Detects use of a consumer by two threads at once (the consumer is single-threaded by contract, as Kafka's
 * is): the first thread in owns it until it leaves; nested calls from the owner are allowed.
 */
final class ThreadGuard {

    private static final long NO_OWNER = -1;

    private final AtomicLong owner = new AtomicLong(NO_OWNER);
    private int depth;

    void enter() {
        long me = Thread.currentThread().getId();
        if (owner.get() != me && !owner.compareAndSet(NO_OWNER, me)) {
            throw new ConcurrentModificationException("TaosConsumer is not safe for multi-threaded access: thread "
                    + Thread.currentThread().getName() + " called it while thread id " + owner.get() + " is using it");
        }
        depth++;
    }

    void leave() {
        if (--depth == 0) {
            owner.set(NO_OWNER);
        }
    }
}
