package io.taospring.client.transport.nativ;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The libtaos 3.x C API ({@code protocol/native-c-api.md} section 5) as a JNA interface. Handles are plain
 * {@link Pointer}s; structs are read and written through the offsets of {@link NativeLayouts}.
 *
 * <p>Thread rules of the C library: {@code taos_options} and {@code taos_init} are process-global; a
 * {@code TAOS *} may be shared by threads, a {@code TAOS_RES *} is read by one thread at a time; the error
 * of a failed connect or poll is thread-local ({@code taos_errno(NULL)}) and must be read on the calling
 * thread right away; a {@code tmq_t *} is used by one thread.
 */
interface TaosLibrary extends Library {

    /** {@code TSDB_OPTION_CONFIGDIR} of {@link #taos_options}. */
    int OPTION_CONFIGDIR = 3;
    /** {@code TSDB_OPTION_DRIVER} of {@link #taos_options}: "native" or "websocket", before any other call. */
    int OPTION_DRIVER = 6;
    /** {@code tmq_conf_res_t}: the key is accepted. */
    int TMQ_CONF_OK = 0;
    /** {@code tmq_conf_res_t}: the value is invalid. */
    int TMQ_CONF_INVALID = -1;
    /** {@code tmq_conf_res_t}: the key is unknown. */
    int TMQ_CONF_UNKNOWN = -2;

    // library and connection

    int taos_init();

    void taos_cleanup();

    /** C: {@code taos_options(option, const void *arg, ...)}: two fixed arguments, then varargs (Apple arm64 cares). */
    int taos_options(int option, String arg, Object... more);

    String taos_get_client_info();

    Pointer taos_connect(String ip, String user, String pass, String db, short port);

    void taos_close(Pointer taos);

    int taos_select_db(Pointer taos, String db);

    String taos_get_server_info(Pointer taos);

    void taos_kill_query(Pointer taos);

    // query and results

    Pointer taos_query(Pointer taos, String sql);

    Pointer taos_query_with_reqid(Pointer taos, String sql, long reqId);

    int taos_errno(Pointer res);

    String taos_errstr(Pointer res);

    void taos_free_result(Pointer res);

    int taos_field_count(Pointer res);

    int taos_num_fields(Pointer res);

    /** {@code TAOS_FIELD *}: {@link #taos_num_fields} entries, owned by the result. */
    Pointer taos_fetch_fields(Pointer res);

    /** {@code TAOS_FIELD_E *} (since 3.3.6.0): adds DECIMAL precision and scale. */
    Pointer taos_fetch_fields_e(Pointer res);

    /** C {@code bool}: one byte, so read as a byte. */
    byte taos_is_update_query(Pointer res);

    int taos_affected_rows(Pointer res);

    long taos_affected_rows64(Pointer res);

    int taos_result_precision(Pointer res);

    /** Returns an error code; {@code *numOfRows} 0 at the end; {@code *pData} valid until the next fetch. */
    int taos_fetch_raw_block(Pointer res, IntByReference numOfRows, PointerByReference pData);

    void taos_stop_query(Pointer res);

    // stmt2

    Pointer taos_stmt2_init(Pointer taos, Pointer option);

    int taos_stmt2_prepare(Pointer stmt, String sql, NativeLong length);

    int taos_stmt2_bind_param(Pointer stmt, Pointer bindv, int colIdx);

    int taos_stmt2_exec(Pointer stmt, IntByReference affectedRows);

    /** For queries; must not be passed to {@link #taos_free_result}. */
    Pointer taos_stmt2_result(Pointer stmt);

    int taos_stmt2_is_insert(Pointer stmt, IntByReference insert);

    String taos_stmt2_error(Pointer stmt);

    int taos_stmt2_close(Pointer stmt);

    // schemaless

    Pointer taos_schemaless_insert_ttl_with_reqid(Pointer taos, String[] lines, int numLines, int protocol,
            int precision, int ttl, long reqId);

    Pointer taos_schemaless_insert_raw_ttl_with_reqid(Pointer taos, Pointer lines, int len, IntByReference totalRows,
            int protocol, int precision, int ttl, long reqId);

    // TMQ

    Pointer tmq_conf_new();

    int tmq_conf_set(Pointer conf, String key, String value);

    void tmq_conf_destroy(Pointer conf);

    Pointer tmq_list_new();

    int tmq_list_append(Pointer list, String topic);

    void tmq_list_destroy(Pointer list);

    int tmq_list_get_size(Pointer list);

    Pointer tmq_consumer_new(Pointer conf, byte[] errstr, int errstrLen);

    int tmq_subscribe(Pointer tmq, Pointer topics);

    int tmq_unsubscribe(Pointer tmq);

    Pointer tmq_consumer_poll(Pointer tmq, long timeoutMillis);

    int tmq_consumer_close(Pointer tmq);

    int tmq_commit_sync(Pointer tmq, Pointer message);

    int tmq_commit_offset_sync(Pointer tmq, String topic, int vgId, long offset);

    int tmq_get_topic_assignment(Pointer tmq, String topic, PointerByReference assignment, IntByReference count);

    void tmq_free_assignment(Pointer assignment);

    int tmq_offset_seek(Pointer tmq, String topic, int vgId, long offset);

    long tmq_position(Pointer tmq, String topic, int vgId);

    long tmq_committed(Pointer tmq, String topic, int vgId);

    String tmq_get_table_name(Pointer res);

    int tmq_get_res_type(Pointer res);

    String tmq_get_topic_name(Pointer res);

    String tmq_get_db_name(Pointer res);

    int tmq_get_vgroup_id(Pointer res);

    long tmq_get_vgroup_offset(Pointer res);

    String tmq_err2str(int code);
}
