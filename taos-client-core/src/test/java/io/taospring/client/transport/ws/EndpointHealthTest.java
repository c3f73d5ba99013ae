package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EndpointHealthTest {

    private static final Endpoint A = new Endpoint("a", 6041);
    private static final Endpoint B = new Endpoint("b", 6041);
    private static final Endpoint C = new Endpoint("c", 6041);

    private final AtomicLong now = new AtomicLong(1_000);
    private final EndpointHealth health = new EndpointHealth(Duration.ofNanos(100), now::get);

    @Test
    void keepsTheConfiguredOrderWhileNothingFailed() {
        assertThat(health.order(List.of(A, B, C))).containsExactly(A, B, C);
    }

    @Test
    void triesRecentFailuresLastOldestFailureFirst() {
        health.failed(B);
        now.addAndGet(10);
        health.failed(A);

        assertThat(health.order(List.of(A, B, C))).containsExactly(C, B, A);
    }

    @Test
    void forgivesAFailureAfterTheQuarantineOrASuccess() {
        health.failed(A);
        health.failed(B);
        health.succeeded(B);
        assertThat(health.order(List.of(A, B))).containsExactly(B, A);

        now.addAndGet(100);

        assertThat(health.order(List.of(A, B))).containsExactly(A, B);
    }
}
