package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The socket channel against a loopback server that upgrades and then stops reading. */
class SocketWsChannelTest {

    private static final Pattern KEY = Pattern.compile("(?i)Sec-WebSocket-Key:\\s*(\\S+)");

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private ServerSocket server;
    private Socket accepted;

    @AfterEach
    void stop() throws IOException {
        threads.shutdownNow();
        timers.shutdownNow();
        if (accepted != null) {
            accepted.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Timeout(20)
    void givesUpASendTheServerDoesNotReadAndReportsTheLoss() {
        URI uri = upgradingServerThatNeverReads();
        CompletableFuture<String> lost = new CompletableFuture<>();
        SocketWsChannel channel = SocketWsChannel.open(uri, Duration.ofSeconds(5), Duration.ofMillis(300), threads,
                timers, sink(lost));
        ByteBuffer large = ByteBuffer.allocate(64 * 1024 * 1024);

        assertThatThrownBy(() -> channel.sendBinary(large)).isInstanceOfSatisfying(ConnectionError.class, e -> {
            assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED);
            assertThat(e.getMessage()).contains("not completed within PT0.3S");
        });
        assertThat(lost.join()).contains("not completed within");
        assertThatThrownBy(() -> channel.sendText("after")).isInstanceOf(ConnectionError.class)
                .hasMessageContaining("closed");
    }

    @Test
    @Timeout(20)
    void closesWithoutWaitingForAStuckWriter() throws Exception {
        URI uri = upgradingServerThatNeverReads();
        SocketWsChannel channel = SocketWsChannel.open(uri, Duration.ofSeconds(5), Duration.ofSeconds(60), threads,
                timers, sink(new CompletableFuture<>()));
        CompletableFuture<Throwable> writer = CompletableFuture.supplyAsync(() -> {
            try {
                channel.sendBinary(ByteBuffer.allocate(64 * 1024 * 1024));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }, threads);
        Thread.sleep(200);
        assertThat(writer).as("a 64 MiB send is far more than loopback buffers hold").isNotDone();

        channel.close();

        assertThat(writer.get(10, TimeUnit.SECONDS)).isInstanceOf(ConnectionError.class);
    }

    private static MessageSink sink(CompletableFuture<String> lost) {
        return new MessageSink() {
            @Override
            public void onText(String text) {
            }

            @Override
            public void onBinary(byte[] frame) {
            }

            @Override
            public void onClosed(String reason, Throwable cause) {
                lost.complete(reason);
            }
        };
    }

    private URI upgradingServerThatNeverReads() {
        try {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            server.setReceiveBufferSize(64 * 1024);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        threads.execute(() -> {
            try {
                accepted = server.accept();
                String key = key(accepted.getInputStream());
                String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                        .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
                accepted.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                // and from now on reads nothing
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ws");
    }

    private static String key(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            head.write(in.read());
        }
        Matcher m = KEY.matcher(head.toString(StandardCharsets.US_ASCII));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
