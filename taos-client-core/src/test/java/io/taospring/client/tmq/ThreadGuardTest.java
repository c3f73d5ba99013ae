package io.taospring.client.tmq;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ConcurrentModificationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ThreadGuardTest {

    private final ThreadGuard guard = new ThreadGuard();

    @Test
    void rejectsASecondThreadWhileTheFirstIsInside() {
        guard.enter();

        CompletableFuture<Void> other = CompletableFuture.runAsync(guard::enter);

        assertThatThrownBy(other::join).hasCauseInstanceOf(ConcurrentModificationException.class);
        guard.leave();
    }

    @Test
    void letsTheOwnerReenterAndAnotherThreadInAfterItLeft() {
        guard.enter();
        guard.enter();
        guard.leave();
        guard.leave();

        assertThatCode(() -> CompletableFuture.runAsync(() -> {
            guard.enter();
            guard.leave();
        }).join()).doesNotThrowAnyException();
    }
}
