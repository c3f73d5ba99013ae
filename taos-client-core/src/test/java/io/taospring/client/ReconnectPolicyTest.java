package io.taospring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    @Test
    void triesAtOnceThenDoublesThePauseUpToTheLongest() {
        ReconnectPolicy policy = new ReconnectPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500));

        assertThat(policy.pauseBefore(1)).isZero();
        assertThat(policy.pauseBefore(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.pauseBefore(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.pauseBefore(4)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.pauseBefore(5)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.pauseBefore(60)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void defaultsToTheOfficialDriversCountAndInterval() {
        assertThat(ReconnectPolicy.DEFAULT.retries()).isEqualTo(3);
        assertThat(ReconnectPolicy.DEFAULT.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(TaosConfig.builder().build().reconnect()).isEqualTo(ReconnectPolicy.DEFAULT);
        assertThat(ReconnectPolicy.DISABLED.enabled()).isFalse();
    }

    @Test
    void rejectsNegativeCountsAndAShorterLongestPause() {
        assertThatThrownBy(() -> new ReconnectPolicy(-1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
