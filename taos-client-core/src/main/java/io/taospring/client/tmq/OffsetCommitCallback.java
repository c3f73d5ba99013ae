package io.taospring.client.tmq;

import io.taospring.client.error.TaosException;

/** Told the outcome of {@link TaosConsumer#commitAsync(OffsetCommitCallback)}, on the consumer's thread. */
@FunctionalInterface
public interface OffsetCommitCallback {

    /** The commit completed: {@code error} is null on success. */
    void onComplete(TaosException error);
}
