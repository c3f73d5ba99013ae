package io.taospring.client.error;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The root of every error this client raises: the server's error number, its message, and where known
 * the request id and the SQL that failed.
 *
 * <p>The error number is TDengine's code masked to its low 16 bits ({@code 0x2603} for
 * {@code 0x80002603}), which is what every transport reports and what the official JDBC driver puts in
 * {@code SQLException.getErrorCode()}. Client-side failures use the client codes in {@link ErrorCodes}.
 * The subclasses are the connector's error categories; {@link ErrorCodes#exception} picks one.
 */
public class TaosException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SQL_IN_MESSAGE = 200;

    private final int errno;
    private final String serverMessage;
    private final long reqId;
    private final String sql;

    /** An error without request context. */
    public TaosException(int errno, String serverMessage) {
        this(errno, serverMessage, 0, null, null);
    }

    /** An error without request context, caused by {@code cause}. */
    public TaosException(int errno, String serverMessage, Throwable cause) {
        this(errno, serverMessage, 0, null, cause);
    }

    /**
     * A fully described error.
     *
     * @param errno         the error number (low 16 bits of the TDengine code), 0 when there is none
     * @param serverMessage the message as the server or the client reported it
     * @param reqId         the request id, 0 when unknown
     * @param sql           the statement that failed, or null
     * @param cause         the underlying failure, or null
     */
    public TaosException(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(render(errno & 0xFFFF, serverMessage, reqId, sql), cause);
        this.errno = errno & 0xFFFF;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.reqId = reqId;
        this.sql = sql;
    }

    /** The error number: TDengine's code masked to 16 bits ({@code 9731} for {@code 0x2603}). */
    public int errno() {
        return errno;
    }

    /** The error number in the {@code 0x2603} form used by TDengine's documentation. */
    public String code() {
        return hex(errno);
    }

    /** The full 32-bit TDengine code as the native library reports it ({@code 0x80002603}), 0 for none. */
    public int fullCode() {
        return errno == 0 ? 0 : 0x80000000 | errno;
    }

    /** The message as the server (or the client, for client-side errors) wrote it, without decoration. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The id of the failed request, when one was sent. */
    public OptionalLong reqId() {
        return reqId == 0 ? OptionalLong.empty() : OptionalLong.of(reqId);
    }

    /** The statement that failed, when there was one. */
    public Optional<String> sql() {
        return Optional.ofNullable(sql);
    }

    static String hex(int errno) {
        return String.format(Locale.ROOT, "0x%04X", errno);
    }

    private static String render(int errno, String message, long reqId, String sql) {
        StringBuilder text = new StringBuilder();
        text.append('[').append(hex(errno)).append("] ").append(message == null ? "" : message);
        if (reqId != 0) {
            text.append(" (reqId=").append(Long.toUnsignedString(reqId)).append(')');
        }
        if (sql != null) {
            String shown = sql.length() > MAX_SQL_IN_MESSAGE ? sql.substring(0, MAX_SQL_IN_MESSAGE) + "..." : sql;
            text.append(" [sql: ").append(shown).append(']');
        }
        return text.toString();
    }
}
