package io.taospring.client.transport.nativ;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.TmqError;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A TMQ consumer over libtaos ({@code protocol/native-c-api.md} section 5.6). libtaos does not allow a
 * {@code tmq_t *} to be used by several threads at once, so every method is synchronized; poll, commit
 * and close from one thread for predictable offsets. Closing it (or the cleaner) closes the consumer.
 */
final class NativeConsumer implements AutoCloseable {

    private static final int ERROR_TEXT_SIZE = 512;

    private final LoadedLibrary library;
    private final TaosLibrary api;
    private final Cleaner cleaner;
    private final NativeHandle handle;

    /**
     * Creates a consumer with the configuration keys of {@code ws-tmq.md} section 4 ({@code group.id}, ...).
     *
     * @throws TmqError naming the key when the library rejects one, or the library's reason
     */
    NativeConsumer(LoadedLibrary library, Cleaner cleaner, Map<String, String> config) {
        this.library = library;
        this.api = library.api();
        this.cleaner = cleaner;
        Pointer conf = api.tmq_conf_new();
        Pointer tmq;
        try {
            config.forEach((key, value) -> set(conf, key, value));
            byte[] error = new byte[ERROR_TEXT_SIZE];
            tmq = api.tmq_consumer_new(conf, error, error.length);
            if (tmq == null) {
                throw new TmqError(ErrorCodes.INVALID_CONFIG, "cannot create the consumer: " + Native.toString(error, "UTF-8"));
            }
        } finally {
            api.tmq_conf_destroy(conf);
        }
        this.handle = new NativeHandle(cleaner, this, "TMQ consumer", tmq, api::tmq_consumer_close, null);
    }

    private void set(Pointer conf, String key, String value) {
        int result = api.tmq_conf_set(conf, key, value);
        if (result == TaosLibrary.TMQ_CONF_UNKNOWN) {
            throw new TmqError(ErrorCodes.INVALID_CONFIG, "unknown consumer option " + key);
        }
        if (result != TaosLibrary.TMQ_CONF_OK) {
            throw new TmqError(ErrorCodes.INVALID_CONFIG, "invalid value for consumer option " + key + ": " + value);
        }
    }

    LoadedLibrary library() {
        return library;
    }

    Cleaner cleaner() {
        return cleaner;
    }

    /** Subscribes to the topics, replacing any earlier subscription. */
    synchronized void subscribe(List<String> topics) {
        Pointer list = api.tmq_list_new();
        try {
            topics.forEach(topic -> api.tmq_list_append(list, topic));
            check(api.tmq_subscribe(handle.pointer(), list));
        } finally {
            api.tmq_list_destroy(list);
        }
    }

    synchronized void unsubscribe() {
        check(api.tmq_unsubscribe(handle.pointer()));
    }

    /** The next message, or null when none arrived within {@code timeout}. */
    synchronized NativeMessage poll(Duration timeout) {
        Pointer res = api.tmq_consumer_poll(handle.pointer(), timeout.toMillis());
        return res == null ? null : new NativeMessage(this, res);
    }

    /** Commits the offset of {@code message}, or of every position consumed when it is null. */
    synchronized void commitSync(NativeMessage message) {
        check(api.tmq_commit_sync(handle.pointer(), message == null ? null : message.pointer()));
    }

    /** The vgroups of {@code topic} assigned to this consumer. */
    synchronized List<TopicAssignment> assignment(String topic) {
        PointerByReference array = new PointerByReference();
        IntByReference count = new IntByReference();
        check(api.tmq_get_topic_assignment(handle.pointer(), topic, array, count));
        Pointer entries = array.getValue();
        if (entries == null) {
            return List.of();
        }
        try {
            List<TopicAssignment> assignments = new ArrayList<>(count.getValue());
            for (int i = 0; i < count.getValue(); i++) {
                assignments.add(assignment(entries, (long) i * NativeLayouts.ASSIGNMENT_SIZE));
            }
            return List.copyOf(assignments);
        } finally {
            api.tmq_free_assignment(entries);
        }
    }

    private static TopicAssignment assignment(Pointer entries, long at) {
        return new TopicAssignment(entries.getInt(at + NativeLayouts.ASSIGNMENT_VG_ID),
                entries.getLong(at + NativeLayouts.ASSIGNMENT_CURRENT_OFFSET),
                entries.getLong(at + NativeLayouts.ASSIGNMENT_BEGIN), entries.getLong(at + NativeLayouts.ASSIGNMENT_END));
    }

    synchronized void seek(String topic, int vgroupId, long offset) {
        check(api.tmq_offset_seek(handle.pointer(), topic, vgroupId, offset));
    }

    /** The next offset to consume in a vgroup. */
    synchronized long position(String topic, int vgroupId) {
        return checkOffset(api.tmq_position(handle.pointer(), topic, vgroupId));
    }

    /** The committed offset of a vgroup. */
    synchronized long committed(String topic, int vgroupId) {
        return checkOffset(api.tmq_committed(handle.pointer(), topic, vgroupId));
    }

    private long checkOffset(long offset) {
        if (offset < 0 && offset >= Integer.MIN_VALUE) {
            check((int) offset);
        }
        return offset;
    }

    private void check(int code) {
        if (code != 0) {
            throw ErrorCodes.exception(Operation.TMQ, code, api.tmq_err2str(code));
        }
    }

    @Override
    public synchronized void close() {
        handle.close();
    }
}
