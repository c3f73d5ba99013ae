package io.taospring.boot.autoconfigure;

import io.taospring.client.internal.UrlSecrets;

/** Masks the secrets a TDengine URL may carry, with the actuator's mask. */
final class TaosSecrets {

    /** What a secret is replaced with: the actuator's own mask. */
    static final String MASK = "******";

    private TaosSecrets() {
    }

    /** {@code url} with every password and token replaced by {@link #MASK}. */
    static String maskUrl(String url) {
        return UrlSecrets.mask(url, MASK);
    }
}
