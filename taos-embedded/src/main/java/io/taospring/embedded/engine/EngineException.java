package io.taospring.embedded.engine;

import java.util.Locale;

/** A statement failed with a TDengine error code ({@code protocol/errors.md}) and the server's message. */
public class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    /**
     * @param code    the TDengine error code's low 16 bits, e.g. {@code 0x2600}
     * @param message the message as TDengine words it, e.g. {@code syntax error near "selec * from t"}
     */
    public EngineException(int code, String message) {
        super(message);
        this.code = code & 0xFFFF;
    }

    /** The error code's low 16 bits, as REST and WebSocket report it. */
    public int code() {
        return code;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EngineException[0x%04X]: %s", code, getMessage());
    }
}
