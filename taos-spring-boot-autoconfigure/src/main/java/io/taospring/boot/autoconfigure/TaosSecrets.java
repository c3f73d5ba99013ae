package io.taospring.boot.autoconfigure;

import java.util.regex.Pattern;

/** Masks the secrets a TDengine URL may carry: the password before {@code @} and secret query parameters. */
final class TaosSecrets {

    /** What a secret is replaced with. */
    static final String MASK = "******";

    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^:/@?]*):[^@/?]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "([?&](?:password|token|trust_store_password|trustStorePassword)=)[^&]*", Pattern.CASE_INSENSITIVE);

    private TaosSecrets() {
    }

    /** {@code url} with every password and token replaced by {@link #MASK}. */
    static String maskUrl(String url) {
        String masked = USER_INFO_PASSWORD.matcher(url).replaceAll("$1:" + MASK + "@");
        return SECRET_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }
}
