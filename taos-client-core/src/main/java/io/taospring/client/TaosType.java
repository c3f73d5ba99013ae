package io.taospring.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Types;
import java.time.Instant;
import java.util.Locale;

/**
 * Every TDengine 3 data type, with its wire id, storage width and Java mapping.
 *
 * <p>This enum is the single registry of type knowledge (see {@code protocol/types.md}): the raw-block
 * codec, the REST decoder, the JDBC layer and the embedded server all ask it rather than switching on
 * type ids themselves.
 */
public enum TaosType {
    /** Literal NULL expressions only; never a column type. */
    NULL(0, 1, "NULL", Object.class, Types.NULL),
    /** BOOL: one byte, 0 or 1. */
    BOOL(1, 1, "BOOL", Boolean.class, Types.BOOLEAN),
    /** TINYINT: signed 8-bit. */
    TINYINT(2, 1, "TINYINT", Byte.class, Types.TINYINT),
    /** SMALLINT: signed 16-bit. */
    SMALLINT(3, 2, "SMALLINT", Short.class, Types.SMALLINT),
    /** INT: signed 32-bit. */
    INT(4, 4, "INT", Integer.class, Types.INTEGER),
    /** BIGINT: signed 64-bit. */
    BIGINT(5, 8, "BIGINT", Long.class, Types.BIGINT),
    /** FLOAT: IEEE-754 binary32. */
    FLOAT(6, 4, "FLOAT", Float.class, Types.FLOAT),
    /** DOUBLE: IEEE-754 binary64. */
    DOUBLE(7, 8, "DOUBLE", Double.class, Types.DOUBLE),
    /** VARCHAR (alias BINARY): bytes, read as UTF-8 text. */
    VARCHAR(8, -1, "VARCHAR", String.class, Types.VARCHAR),
    /** TIMESTAMP: signed 64-bit count of the database precision's unit since the epoch. */
    TIMESTAMP(9, 8, "TIMESTAMP", Instant.class, Types.TIMESTAMP),
    /** NCHAR: Unicode text (UCS-4LE in raw blocks, UTF-8 elsewhere). */
    NCHAR(10, -1, "NCHAR", String.class, Types.NCHAR),
    /** TINYINT UNSIGNED, widened to {@link Short}. */
    UTINYINT(11, 1, "TINYINT UNSIGNED", Short.class, Types.SMALLINT),
    /** SMALLINT UNSIGNED, widened to {@link Integer}. */
    USMALLINT(12, 2, "SMALLINT UNSIGNED", Integer.class, Types.INTEGER),
    /** INT UNSIGNED, widened to {@link Long}. */
    UINT(13, 4, "INT UNSIGNED", Long.class, Types.BIGINT),
    /** BIGINT UNSIGNED, widened to {@link BigInteger}. */
    UBIGINT(14, 8, "BIGINT UNSIGNED", BigInteger.class, Types.NUMERIC),
    /** JSON: a tag-only type; the document as text. */
    JSON(15, -1, "JSON", String.class, Types.OTHER),
    /** VARBINARY: arbitrary bytes. */
    VARBINARY(16, -1, "VARBINARY", byte[].class, Types.VARBINARY),
    /** DECIMAL with precision above 18: 128-bit unscaled two's complement. */
    DECIMAL(17, 16, "DECIMAL", BigDecimal.class, Types.DECIMAL),
    /** BLOB: large binary, uint32 length prefix in raw blocks. */
    BLOB(18, -1, "BLOB", byte[].class, Types.BLOB),
    /** GEOMETRY: OGC WKB bytes. */
    GEOMETRY(20, -1, "GEOMETRY", byte[].class, Types.BINARY),
    /** DECIMAL with precision up to 18: 64-bit unscaled. */
    DECIMAL64(21, 8, "DECIMAL", BigDecimal.class, Types.DECIMAL);

    /** The internal width of every JSON tag: {@code TSDB_MAX_JSON_TAG_LEN}, declared as 4095 characters. */
    private static final int JSON_INTERNAL_WIDTH = 16384;
    private static final int DECIMAL64_MAX_PRECISION = 18;
    private static final int DECIMAL_DEFAULT_PRECISION = 10;
    private static final TaosType[] BY_CODE = new TaosType[22];

    static {
        for (TaosType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;
    private final int fixedSize;
    private final String sqlName;
    private final Class<?> javaType;
    private final int jdbcType;

    TaosType(int code, int fixedSize, String sqlName, Class<?> javaType, int jdbcType) {
        this.code = code;
        this.fixedSize = fixedSize;
        this.sqlName = sqlName;
        this.javaType = javaType;
        this.jdbcType = jdbcType;
    }

    /** The type id used on every wire (WebSocket fields, raw blocks, binds, TMQ). */
    public int code() {
        return code;
    }

    /** Whether values are stored with an offset array and a length prefix rather than in fixed slots. */
    public boolean isVariable() {
        return fixedSize < 0;
    }

    /** The width of one value slot in bytes; -1 for variable-length types. */
    public int fixedSize() {
        return fixedSize;
    }

    /** Whether values are unsigned integers (widened to the next Java type). */
    public boolean isUnsigned() {
        return this == UTINYINT || this == USMALLINT || this == UINT || this == UBIGINT;
    }

    /** Whether this is one of the two DECIMAL storage forms. */
    public boolean isDecimal() {
        return this == DECIMAL || this == DECIMAL64;
    }

    /** Whether values are text ({@link String}) in Java. */
    public boolean isText() {
        return javaType == String.class;
    }

    /** Whether values are raw bytes ({@code byte[]}) in Java. */
    public boolean isBinary() {
        return javaType == byte[].class;
    }

    /** The size of the length prefix of a variable-length value: 4 for BLOB, 2 otherwise, 0 for fixed types. */
    public int lengthPrefixSize() {
        if (!isVariable()) {
            return 0;
        }
        return this == BLOB ? 4 : 2;
    }

    /** The type name as the server reports it over REST ({@code column_meta}) and in DESCRIBE. */
    public String sqlName() {
        return sqlName;
    }

    /** The Java class of values of this type as returned by {@code getObject}. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The {@link java.sql.Types} constant reported through JDBC. */
    public int jdbcType() {
        return jdbcType;
    }

    /**
     * The internal storage width for a column declared with {@code declaredLength}
     * ({@code VARCHAR(n)} is n + 2, {@code NCHAR(n)} is 4n + 2, JSON always 16384, fixed types their size).
     */
    public int internalWidth(int declaredLength) {
        return switch (this) {
            case JSON -> JSON_INTERNAL_WIDTH;
            case NCHAR -> declaredLength * 4 + 2;
            case BLOB -> declaredLength + 4;
            case VARCHAR, VARBINARY, GEOMETRY -> declaredLength + 2;
            default -> fixedSize;
        };
    }

    /** The user-visible declared length for a column stored {@code internalWidth} bytes wide. */
    public int declaredLength(int internalWidth) {
        return switch (this) {
            case NCHAR, JSON -> (internalWidth - 2) / 4;
            case BLOB -> internalWidth - 4;
            case VARCHAR, VARBINARY, GEOMETRY -> internalWidth - 2;
            default -> fixedSize;
        };
    }

    /** Whether {@code code} names a known type. */
    public static boolean isKnownCode(int code) {
        return code >= 0 && code < BY_CODE.length && BY_CODE[code] != null;
    }

    /**
     * The type with the given wire id.
     *
     * @throws IllegalArgumentException for an unknown id (a decoder must not guess sizes)
     */
    public static TaosType fromCode(int code) {
        if (!isKnownCode(code)) {
            throw new IllegalArgumentException("unknown TDengine type id " + code);
        }
        return BY_CODE[code];
    }

    /**
     * The type with the given server name, as REST's {@code column_meta} and DESCRIBE report it.
     * Accepts {@code BINARY} for VARCHAR and {@code DECIMAL(p,s)}; {@code DECIMAL(p,s)} with p above 18
     * is {@link #DECIMAL}, otherwise {@link #DECIMAL64}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static TaosType fromName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("DECIMAL") || upper.startsWith("DECIMAL(")) {
            return decimalPrecision(upper) > DECIMAL64_MAX_PRECISION ? DECIMAL : DECIMAL64;
        }
        if (upper.equals("BINARY")) {
            return VARCHAR;
        }
        for (TaosType type : values()) {
            if (type.sqlName.equals(upper)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown TDengine type name '" + name + "'");
    }

    /** The precision of {@code DECIMAL}, {@code DECIMAL(p)} or {@code DECIMAL(p,s)}; bare DECIMAL is DECIMAL(10,0). */
    private static int decimalPrecision(String upper) {
        if (upper.equals("DECIMAL")) {
            return DECIMAL_DEFAULT_PRECISION;
        }
        int comma = upper.indexOf(',');
        int end = comma >= 0 ? comma : upper.length() - 1;
        if (!upper.endsWith(")")) {
            throw new IllegalArgumentException("malformed DECIMAL type name '" + upper + "'");
        }
        try {
            return Integer.parseInt(upper.substring("DECIMAL(".length(), end).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed DECIMAL type name '" + upper + "'", e);
        }
    }
}
