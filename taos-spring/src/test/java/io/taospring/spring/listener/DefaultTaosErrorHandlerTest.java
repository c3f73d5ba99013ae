package io.taospring.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.FixedBackOff;

class DefaultTaosErrorHandlerTest {

    private final TaosRecord record = new TaosRecord("t", "db", 2, 0, "d0", Map.of("id", 1));
    private final List<String> recovered = new ArrayList<>();
    private final DefaultTaosErrorHandler handler = new DefaultTaosErrorHandler(new FixedBackOff(0, 2),
            (r, e) -> recovered.add(r.get("id") + ":" + e.getMessage()));

    @Test
    void retriesAsTheBackOffAllowsThenRecoversWithTheLastFailure() throws Exception {
        AtomicInteger retries = new AtomicInteger();

        handler.handle(List.of(record), new IllegalStateException("first"), () -> {
            throw new IllegalStateException("retry " + retries.incrementAndGet());
        });

        assertThat(retries).hasValue(2);
        assertThat(recovered).containsExactly("1:retry 2");
    }

    @Test
    void aSuccessfulRetryRecoversNothing() throws Exception {
        AtomicInteger retries = new AtomicInteger();

        handler.handle(List.of(record), new IllegalStateException("first"), retries::incrementAndGet);

        assertThat(retries).hasValue(1);
        assertThat(recovered).isEmpty();
    }
}
