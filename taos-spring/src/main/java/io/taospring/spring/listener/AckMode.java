package io.taospring.spring.listener;

/**
 * When a container commits. TMQ offsets address messages (a poll's rows from one vgroup), not rows: a commit
 * moves a vgroup past a whole message, so a record's processing becomes committable with the last record of
 * its message.
 */
public enum AckMode {

    /** After each record that completes its message. */
    RECORD,
    /** After the records of each poll (the default). */
    BATCH,
    /** What the listener acknowledged, after the records of each poll. */
    MANUAL,
    /** What the listener acknowledged, at once (on the consumer thread; else before the next poll). */
    MANUAL_IMMEDIATE;

    /** Whether the listener decides what is committed. */
    public boolean isManual() {
        return this == MANUAL || this == MANUAL_IMMEDIATE;
    }
}
