package io.taospring.client.schemaless;

/** What a {@link BufferedWriter} does with a write that does not fit in its buffer. */
public enum OverflowPolicy {
    /** Wait for room, up to the writer's block timeout, then fail. */
    BLOCK,
    /** Fail at once. */
    FAIL
}
