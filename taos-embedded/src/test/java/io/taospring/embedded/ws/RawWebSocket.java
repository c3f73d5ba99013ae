package io.taospring.embedded.ws;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client over a bare socket that sends whatever frame a test asks for (masked or not, any
 * opcode, any claimed length), for fuzzing the server's frame handling. Closing resets the connection, so
 * that thousands of cases leave no sockets in TIME_WAIT.
 */
final class RawWebSocket implements AutoCloseable {

    /** One frame read from the server. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    }

    /** Connects to {@code path} on the server and completes the upgrade. */
    static RawWebSocket open(int port, String path) throws IOException {
        Socket socket = new Socket();
        socket.setSoLinger(true, 0);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(15_000);
        RawWebSocket ws = new RawWebSocket(socket);
        ws.out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        ws.out.flush();
        String head = ws.readHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            ws.close();
            throw new IOException("upgrade refused: " + head.lines().findFirst().orElse(""));
        }
        return ws;
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("closed during the upgrade");
            }
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** A final, masked frame with its true length. */
    void send(int opcode, byte[] payload) throws IOException {
        sendRaw(0x80 | opcode, true, payload.length, payload);
    }

    /**
     * A frame whose first byte is {@code first} (FIN, RSV bits, opcode), masked or not, whose header claims
     * {@code claimedLength} while only {@code payload} follows.
     */
    void sendRaw(int first, boolean masked, long claimedLength, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write(first);
        int maskBit = masked ? 0x80 : 0;
        if (claimedLength < 126) {
            frame.write(maskBit | (int) claimedLength);
        } else if (claimedLength < 65_536) {
            frame.write(maskBit | 126);
            frame.write((int) (claimedLength >>> 8));
            frame.write((int) claimedLength);
        } else {
            frame.write(maskBit | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) (claimedLength >>> shift));
            }
        }
        byte[] key = new byte[4];
        if (masked) {
            ThreadLocalRandom.current().nextBytes(key);
            frame.write(key, 0, 4);
        }
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ key[i & 3]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** The next frame from the server (unmasked, as servers send them); EOF when the socket closed. */
    Frame read() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        if (length < 0 || length > 256L << 20) {
            throw new IOException("server frame of " + length + " bytes");
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(first & 0x0F, payload);
    }

    /** Whether the server ends the connection: a close frame or the end of the stream, before any data frame. */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                Frame frame = read();
                if (frame.opcode() == 8) {
                    return true;
                }
                if (frame.opcode() != 9 && frame.opcode() != 10) {
                    return false;
                }
            }
        } catch (EOFException | java.net.SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
