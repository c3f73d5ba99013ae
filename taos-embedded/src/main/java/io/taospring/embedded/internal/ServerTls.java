package io.taospring.embedded.internal;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;

/**
 * The server side of TLS: a Netty {@link SslContext} on the JDK's provider (no native library, no
 * BouncyCastle) from a key store or from PEM files.
 */
public final class ServerTls {

    private ServerTls() {
    }

    /**
     * A context serving the key entry of {@code keyStore} (PKCS12 or JKS), whose store and key share
     * {@code password}.
     *
     * @throws IllegalArgumentException when the key store cannot be read (the message never holds the password)
     */
    public static SslContext fromKeyStore(Path keyStore, String type, char[] password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            return SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the key store " + keyStore + " (type " + type + "): " + e, e);
        }
    }

    /**
     * A context serving a PEM certificate chain and its unencrypted PKCS#8 PEM private key.
     *
     * @throws IllegalArgumentException when the files cannot be read
     */
    public static SslContext fromPem(Path certificateChain, Path privateKey) {
        try {
            return SslContextBuilder.forServer(certificateChain.toFile(), privateKey.toFile())
                    .sslProvider(SslProvider.JDK).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the certificate " + certificateChain + " or its key "
                    + privateKey + ": " + e, e);
        }
    }
}
