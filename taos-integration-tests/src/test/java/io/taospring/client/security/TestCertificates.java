package io.taospring.client.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate made at test time by the running JDK's {@code keytool} (nothing is
 * committed), valid for the host name {@code localhost} only, and a trust store that holds it.
 *
 * @param keyStore  the server's PKCS12 key store (key and certificate)
 * @param trustStore a PKCS12 trust store holding the certificate
 */
record TestCertificates(Path keyStore, Path trustStore) {

    /** The password of both stores. */
    static final String PASSWORD = "test-store-secret";
    /** The only host name the certificate names. */
    static final String HOST = "localhost";

    /** Generates the stores in {@code directory}. */
    static TestCertificates generate(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Path keyStore = directory.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=taos-spring test server",
                "-ext", "SAN=dns:" + HOST, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        Path trustStore = directory.resolve("trust.p12");
        writeTrustStore(readCertificate(keyStore), trustStore);
        return new TestCertificates(keyStore, trustStore);
    }

    /**
     * Writes the certificate and its private key as PEM files ({@code chain.pem}, unencrypted PKCS#8
     * {@code key.pem}) into {@code directory}; returns them in that order.
     */
    Path[] writePem(Path directory) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        Path chain = directory.resolve("chain.pem");
        Path key = directory.resolve("key.pem");
        Files.writeString(chain, pem("CERTIFICATE", store.getCertificate("server").getEncoded()));
        Files.writeString(key, pem("PRIVATE KEY", store.getKey("server", PASSWORD.toCharArray()).getEncoded()));
        return new Path[] {chain, key};
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static Certificate readCertificate(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store.getCertificate("server");
    }

    private static void writeTrustStore(Certificate certificate, Path path) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("taos-test", certificate);
        try (OutputStream out = Files.newOutputStream(path)) {
            trust.store(out, PASSWORD.toCharArray());
        }
    }
}
