package io.taospring.spring.listener;

/** Disposes of a record whose processing failed for good, so that the rest flow on. */
@FunctionalInterface
public interface TaosRecordRecoverer {

    /** Recovers {@code record}, which failed with {@code failure}. */
    void recover(TaosRecord record, Exception failure);
}
