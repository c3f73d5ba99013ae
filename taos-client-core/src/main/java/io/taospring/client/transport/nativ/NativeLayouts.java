package io.taospring.client.transport.nativ;

/**
 * Byte offsets and sizes of the libtaos structs this binding reads and writes, for 64-bit platforms
 * ({@code protocol/native-c-api.md} section 4). Kept as constants rather than JNA {@code Structure}s so
 * that no JNA type has to be public; the C test double asserts the same sizes with {@code _Static_assert}.
 */
final class NativeLayouts {

    /** {@code TAOS_FIELD} and {@code TAOS_FIELD_E}: 72 bytes each. */
    static final int FIELD_SIZE = 72;
    /** {@code char name[65]}, NUL-terminated. */
    static final int FIELD_NAME = 0;
    static final int FIELD_NAME_LENGTH = 65;
    /** {@code int8_t type}. */
    static final int FIELD_TYPE = 65;
    /** {@code uint8_t precision} ({@code TAOS_FIELD_E} only). */
    static final int FIELD_E_PRECISION = 66;
    /** {@code uint8_t scale} ({@code TAOS_FIELD_E} only). */
    static final int FIELD_E_SCALE = 67;
    /** {@code int32_t bytes}: the declared length. */
    static final int FIELD_BYTES = 68;

    /** {@code TAOS_STMT2_BIND}: 40 bytes. */
    static final int BIND_SIZE = 40;
    static final int BIND_BUFFER_TYPE = 0;
    static final int BIND_BUFFER = 8;
    static final int BIND_LENGTH = 16;
    static final int BIND_IS_NULL = 24;
    static final int BIND_NUM = 32;

    /** {@code TAOS_STMT2_BINDV}: 32 bytes. */
    static final int BINDV_SIZE = 32;
    static final int BINDV_COUNT = 0;
    static final int BINDV_TBNAMES = 8;
    static final int BINDV_TAGS = 16;
    static final int BINDV_BIND_COLS = 24;

    /** {@code TAOS_STMT2_OPTION}: 32 bytes. */
    static final int OPTION_SIZE = 32;
    static final int OPTION_REQID = 0;
    static final int OPTION_SINGLE_STB_INSERT = 8;
    static final int OPTION_SINGLE_TABLE_BIND_ONCE = 9;
    static final int OPTION_ASYNC_EXEC_FN = 16;
    static final int OPTION_USERDATA = 24;

    /** {@code tmq_topic_assignment}: 32 bytes. */
    static final int ASSIGNMENT_SIZE = 32;
    static final int ASSIGNMENT_VG_ID = 0;
    static final int ASSIGNMENT_CURRENT_OFFSET = 8;
    static final int ASSIGNMENT_BEGIN = 16;
    static final int ASSIGNMENT_END = 24;

    /** Offset of the total length in a raw block header ({@code protocol/raw-block.md} section 1.1). */
    static final int BLOCK_TOTAL_LENGTH = 4;
    /** Size of a raw block header. */
    static final int BLOCK_HEADER_SIZE = 28;

    private NativeLayouts() {
    }
}
