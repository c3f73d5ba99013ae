package io.taospring.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded server from the command line:
 * {@code java -jar taos-embedded.jar --port 6041 [--bind 127.0.0.1] [--user root --password taosdata]}, and for
 * TLS either {@code --tls-key-store server.p12 [--tls-key-store-type PKCS12]} (the password read from the
 * environment variable {@value #KEY_STORE_PASSWORD_ENV}, never from the command line, where {@code ps} shows it)
 * or {@code --tls-cert chain.pem --tls-key key.pem}.
 * Prints one line with the listening address, then serves until the process is stopped (SIGTERM/Ctrl-C
 * close the server through a shutdown hook).
 */
public final class EmbeddedTaosLauncher {

    /** The environment variable holding the TLS key store's password. */
    static final String KEY_STORE_PASSWORD_ENV = "TAOS_TLS_KEY_STORE_PASSWORD";

    private static final String USAGE =
            "usage: java -jar taos-embedded.jar [--port 6041] [--bind 127.0.0.1] [--user root --password taosdata]"
            + " [--tls-key-store server.p12 [--tls-key-store-type PKCS12] | --tls-cert chain.pem --tls-key key.pem]"
            + " (key store password in $" + KEY_STORE_PASSWORD_ENV + ")";

    private EmbeddedTaosLauncher() {
    }

    /** Starts the server and blocks until the JVM shuts down. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedTaosServer server;
        try {
            server = parse(args, System.getenv(KEY_STORE_PASSWORD_ENV)).build().start();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "taos-embedded-shutdown"));
        announce(server, System.out);
        stopped.await();
    }

    /** Prints the one line that tells scripts where the server listens. */
    static void announce(EmbeddedTaosServer server, PrintStream out) {
        out.println("taos-embedded listening on " + server.host() + ":" + server.port()
                + " (REST " + server.restUrl() + ", WebSocket " + server.wsUrl() + ", DSN " + server.dsn() + ")");
        out.flush();
    }

    /** Reads the command-line options into a builder, without TLS key store password. */
    static EmbeddedTaosServer.Builder parse(String[] args) {
        return parse(args, null);
    }

    /** Reads the command-line options into a builder; {@code keyStorePassword} may be null. */
    static EmbeddedTaosServer.Builder parse(String[] args, String keyStorePassword) {
        EmbeddedTaosServer.Builder builder = EmbeddedTaosServer.builder().port(6041);
        String user = null;
        String password = null;
        Map<String, String> tls = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(required(args[i], value)));
                case "--bind" -> builder.bindAddress(required(args[i], value));
                case "--user" -> user = required(args[i], value);
                case "--password" -> password = required(args[i], value);
                case "--tls-key-store", "--tls-key-store-type", "--tls-cert", "--tls-key" ->
                        tls.put(args[i], required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (user != null || password != null) {
            builder.user(user == null ? "root" : user, required("--password", password));
        }
        tls(builder, tls, keyStorePassword);
        return builder;
    }

    private static void tls(EmbeddedTaosServer.Builder builder, Map<String, String> options, String keyStorePassword) {
        String keyStore = options.get("--tls-key-store");
        String cert = options.get("--tls-cert");
        String key = options.get("--tls-key");
        if (keyStore != null && (cert != null || key != null)) {
            throw new IllegalArgumentException("give --tls-key-store or --tls-cert with --tls-key, not both");
        }
        if (keyStore != null) {
            char[] password = keyStorePassword == null ? new char[0] : keyStorePassword.toCharArray();
            builder.tls(Path.of(keyStore), options.getOrDefault("--tls-key-store-type", "PKCS12"), password);
        } else if (cert != null || key != null) {
            builder.tls(Path.of(required("--tls-cert", cert)), Path.of(required("--tls-key", key)));
        } else if (options.containsKey("--tls-key-store-type")) {
            throw new IllegalArgumentException("--tls-key-store-type needs --tls-key-store");
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
