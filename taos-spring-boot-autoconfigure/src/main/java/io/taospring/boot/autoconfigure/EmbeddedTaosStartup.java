package io.taospring.boot.autoconfigure;

import io.taospring.embedded.EmbeddedTaosServer;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * An embedded server starting on a background thread while the context refreshes, so that its start
 * (class loading, threads, bind) overlaps the application's own start-up instead of adding to it.
 * {@link TaosEmbeddedAutoConfiguration} takes it over when it applies; it is closed with the context's beans
 * either way.
 */
final class EmbeddedTaosStartup {

    static final String BEAN_NAME = "io.taospring.boot.autoconfigure.embeddedTaosStartup";

    private static final Log logger = LogFactory.getLog(EmbeddedTaosStartup.class);

    private final CompletableFuture<EmbeddedTaosServer> server;
    private final AtomicLong startCpuNanos;
    private final long begun = System.nanoTime();

    private EmbeddedTaosStartup(CompletableFuture<EmbeddedTaosServer> server, AtomicLong startCpuNanos) {
        this.server = server;
        this.startCpuNanos = startCpuNanos;
    }

    /** Starts a server in the background and closes it when {@code context} closes. */
    static EmbeddedTaosStartup begin(EmbeddedTaosSettings settings, ConfigurableApplicationContext context) {
        CompletableFuture<EmbeddedTaosServer> server = new CompletableFuture<>();
        AtomicLong startCpuNanos = new AtomicLong(-1);
        Thread starter = new Thread(() -> {
            try {
                EmbeddedTaosServer started = settings.start();
                if (logger.isDebugEnabled()) {
                    // only then: the management beans cost class loading of their own
                    startCpuNanos.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }
                server.complete(started);
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "taos-embedded-start");
        starter.setDaemon(true);
        starter.start();
        closeWithBeans(context, BEAN_NAME + ".close", () -> server.thenAccept(EmbeddedTaosServer::close));
        return new EmbeddedTaosStartup(server, startCpuNanos);
    }

    /**
     * Runs {@code close} when {@code context} destroys its beans: after every lifecycle bean has stopped (a buffered
     * schemaless writer writes what it holds then), which the {@code ContextClosedEvent} precedes. Registered first,
     * it runs last. Outside a {@link DefaultSingletonBeanRegistry}, it runs on that event.
     */
    static void closeWithBeans(ConfigurableApplicationContext context, String name, Runnable close) {
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(name, close::run);
            return;
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                close.run();
            }
        });
    }

    /** The started server, waiting for the start to finish; a failed start is rethrown. */
    EmbeddedTaosServer server() {
        long start = System.nanoTime();
        try {
            EmbeddedTaosServer started = server.join();
            if (logger.isDebugEnabled()) {
                logger.debug("Waited " + (System.nanoTime() - start) / 1_000_000 + " ms for the embedded server's start ("
                        + (System.nanoTime() - begun) / 1_000_000 + " ms after it began; the start took "
                        + startCpuNanos.get() / 1_000_000 + " ms of CPU)");
            }
            return started;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
