package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.InterfaceError;
import org.junit.jupiter.api.Test;

class ServerVersionTest {

    @Test
    void comparesPartsNumerically() {
        assertThat(ServerVersion.compare("3.3.10.0", "3.3.6.13")).isPositive();
        assertThat(ServerVersion.compare("3.3.6.0", "3.3.6.0")).isZero();
        assertThat(ServerVersion.compare("3.3.6", "3.3.6.0")).isZero();
        assertThat(ServerVersion.compare("3.3.1.9", "3.3.2.0")).isNegative();
    }

    @Test
    void sortsANonNumericPartBelowANumericOne() {
        assertThat(ServerVersion.compare("3.3.7.0.alpha", "3.3.7.0.1")).isNegative();
    }

    @Test
    void acceptsCurrentServersAndRefusesOldOnes() {
        assertThat(ServerVersion.requireSupported("3.3.6.0")).isEqualTo("3.3.6.0");
        assertThatThrownBy(() -> ServerVersion.requireSupported("3.3.1.0")).isInstanceOf(InterfaceError.class);
        assertThatThrownBy(() -> ServerVersion.requireSupported(null)).isInstanceOf(InterfaceError.class);
    }
}
