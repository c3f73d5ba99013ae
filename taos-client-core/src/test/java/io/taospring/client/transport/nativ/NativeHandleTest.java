package io.taospring.client.transport.nativ;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NativeHandleTest {

    @RegisterExtension
    final TaosFake fake = new TaosFake();

    /** System.Logger goes to java.util.logging when no other backend is installed, as in these tests. */
    private final Logger logger = Logger.getLogger(NativeHandle.class.getName());
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureWarnings() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        logger.removeHandler(capture);
    }

    @Test
    void freesResultsAndConnectionsACallerForgotAndLogsTheLeak() throws InterruptedException {
        NativeTransport transport = TaosFake.transport();
        openAndForget(transport);
        assertThat(TaosFake.liveHandles()).isEqualTo(2);
        for (int attempt = 0; attempt < 200 && TaosFake.liveHandles() > 0; attempt++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(TaosFake.liveHandles()).isZero();
        assertThat(warnings).anyMatch(w -> w.startsWith("a native result was not closed"))
                .anyMatch(w -> w.startsWith("a native connection was not closed"));
        assertThat(TaosFake.calls()).contains("taos_close");
    }

    private static void openAndForget(NativeTransport transport) {
        TransportConnection connection = transport.connect(TaosFake.config());
        QueryResponse response = connection.query("select * from multi", 1);
        assertThat(response.nextBlock()).isNotNull();
    }

    @Test
    void freesAHandleOnceAndLogsNothingWhenClosed() {
        NativeTransport transport = TaosFake.transport();
        TransportConnection connection = transport.connect(TaosFake.config());
        QueryResponse response = connection.query("select * from multi", 2);
        response.close();
        response.close();
        connection.close();
        assertThat(TaosFake.liveHandles()).isZero();
        assertThat(warnings).isEmpty();
    }
}
