package io.taospring.client.internal;

import io.taospring.client.TaosConfig;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context a configuration asks for: the application's own {@link SSLContext}, one trusting the
 * configured trust store, or the JVM's default (the system trust store). Host names are verified by the
 * transports, not here.
 */
public final class TlsContexts {

    private TlsContexts() {
    }

    /**
     * The context for {@code config}'s TLS connections.
     *
     * @throws InterfaceError when the trust store cannot be read (the message never holds its password)
     */
    public static SSLContext of(TaosConfig config) {
        if (config.sslContext().isPresent()) {
            return config.sslContext().get();
        }
        return of(config.trustStore().orElse(null), config.trustStoreType().orElse(null),
                config.trustStorePassword().orElse(null));
    }

    /**
     * A context trusting {@code trustStore} (of {@code type}, the JVM's default type when null), or the JVM's
     * default context when {@code trustStore} is null.
     *
     * @throws InterfaceError when the trust store cannot be read (the message never holds its password)
     */
    public static SSLContext of(Path trustStore, String type, String password) {
        if (trustStore == null) {
            try {
                return SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw new InterfaceError(ErrorCodes.INVALID_CONFIG, "the JVM's default TLS context is unavailable: "
                        + e.getMessage(), e);
            }
        }
        String storeType = type != null ? type : KeyStore.getDefaultType();
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance(storeType);
            store.load(in, password == null ? null : password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new InterfaceError(ErrorCodes.INVALID_CONFIG, "invalid configuration: cannot read the trust store "
                    + trustStore + " (type " + storeType + "): " + e, e);
        }
    }

    /**
     * Why a TLS handshake failed, in words that point at the fix: an untrusted certificate, a certificate
     * for another host name, or the JDK's own message.
     */
    public static String explain(Throwable failure, String host) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
                return "the server's certificate is not trusted (configure a trust store that holds it or its CA: "
                        + "trust_store, trust_store_type, trust_store_password)";
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof CertificateException && (message.contains("no name matching")
                    || message.contains("no subject alternative"))) {
                return "the server's certificate does not match the host name " + host + " (" + t.getMessage() + ")";
            }
        }
        return String.valueOf(failure.getMessage());
    }
}
