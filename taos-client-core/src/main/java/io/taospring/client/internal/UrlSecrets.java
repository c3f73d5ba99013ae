package io.taospring.client.internal;

import java.util.regex.Pattern;

/**
 * Masks what a DSN or JDBC URL may hold that must not be shown: the password before {@code @} and the values
 * of the secret query parameters (password, token, trust store password, in any spelling this client reads).
 */
public final class UrlSecrets {

    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^:/@?]*):[^@/?]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "([?&](?:password|token|trust_store_password|trustStorePassword)=)[^&]*", Pattern.CASE_INSENSITIVE);

    private UrlSecrets() {
    }

    /** {@code url} with every password and token replaced by {@code mask}. */
    public static String mask(String url, String mask) {
        String masked = USER_INFO_PASSWORD.matcher(url).replaceAll("$1:" + mask + "@");
        return SECRET_PARAMETER.matcher(masked).replaceAll("$1" + mask);
    }
}
