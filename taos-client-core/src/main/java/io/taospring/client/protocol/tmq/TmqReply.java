package io.taospring.client.protocol.tmq;

import java.util.List;

/**
 * A text reply on {@code /rest/tmq}: the common envelope plus the fields of every action's reply. Fields an
 * action does not send hold their defaults (0, false, empty).
 *
 * @param action      the echoed action
 * @param reqId       the echoed request id
 * @param code        0, or the error code's low 16 bits
 * @param message     the error text, empty on success
 * @param timing      server time in nanoseconds
 * @param version     the server version ({@code subscribe}), or null
 * @param haveMessage whether a poll returned a message
 * @param topic       the message's topic ({@code poll})
 * @param database    the message's database ({@code poll})
 * @param vgroupId    the message's vgroup ({@code poll})
 * @param messageType 1 data, 2 meta, 3 meta and data ({@code poll})
 * @param messageId   the message id ({@code poll}, {@code commit}, message errors)
 * @param offset      the message's offset ({@code poll}) or the committed offset ({@code commit_offset})
 * @param offsets     the answers of {@code committed} or {@code position}, in request order
 * @param assignment  the {@code assignment} entries
 * @param topics      the {@code list_topics} answer
 */
public record TmqReply(String action, long reqId, int code, String message, long timing, String version,
        boolean haveMessage, String topic, String database, int vgroupId, int messageType, long messageId,
        long offset, List<Long> offsets, List<VgroupAssignment> assignment, List<String> topics) {

    /** Copies the lists. */
    public TmqReply {
        offsets = List.copyOf(offsets);
        assignment = List.copyOf(assignment);
        topics = List.copyOf(topics);
    }

    /** Whether the reply reports success. */
    public boolean ok() {
        return code == 0;
    }
}
