package io.taospring.client.tmq;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The consumer operations the end-to-end tests use, over this client's consumer or the official one. */
interface ConsumerUnderTest extends AutoCloseable {

    /**
     * One received row: where it came from, and its {@code id} column (unique per row in these tests).
     *
     * @param vgroup the vgroup
     * @param offset the message offset
     * @param id     the row's id column
     */
    record Row(int vgroup, long offset, int id) {
    }

    void subscribe(String topic) throws Exception;

    List<Row> poll(Duration timeout) throws Exception;

    void commitSync() throws Exception;

    Set<Integer> assignment() throws Exception;

    void seek(int vgroup, long offset) throws Exception;

    long position(int vgroup) throws Exception;

    @Override
    void close() throws java.sql.SQLException;
}
