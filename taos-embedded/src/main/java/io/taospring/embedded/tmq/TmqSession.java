package io.taospring.embedded.tmq;

import java.util.concurrent.ScheduledFuture;

/** The state of one {@code /rest/tmq} socket; touched only on the socket's event loop. */
final class TmqSession {

    /** The message the socket currently holds, with its id. */
    record Held(long id, PolledMessage message) {
    }

    ConsumerState consumer;
    boolean subscribed;
    Held held;
    long nextMessageId = 1;
    ScheduledFuture<?> waitingPoll;

    void cancelWaitingPoll() {
        if (waitingPoll != null) {
            waitingPoll.cancel(false);
            waitingPoll = null;
        }
    }
}
