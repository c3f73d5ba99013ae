package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.EngineException;

/** The TMQ error codes the broker raises ({@code protocol/errors.md}, ws-tmq.md 6). */
final class TmqErrors {

    /** −2147467247: what {@code committed}/{@code position} report when there is no offset. */
    static final long OFFSET_INVALID = 0x80004011; // an int literal, sign-extended

    private TmqErrors() {
    }

    static EngineException topicNotExist() {
        return new EngineException(0x03E1, "Topic not exist");
    }

    static EngineException topicNotSubscribed() {
        return new EngineException(0x4009, "Topic does not belong to this consumer");
    }

    static EngineException vgroupNotAssigned() {
        return new EngineException(0x4008, "VgId does not belong to this consumer");
    }

    static EngineException offsetOutOfRange() {
        return new EngineException(0x4007, "Offset out of range");
    }

    static EngineException sameCommittedValue() {
        return new EngineException(0x4012, "Same committed value");
    }

    static EngineException noCommittedOffset() {
        return new EngineException(0x0A0D, "TQ no committed offset");
    }
}
