package io.taospring.client.transport.nativ;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Library;
import com.sun.jna.Native;
import io.taospring.client.TaosConfig;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The libtaos test double ({@code src/test/c/taosfake.c}, compiled by the build into {@code target/}).
 * As a JUnit extension it clears the fake's call log before each test and, after it, asserts that every
 * handle the fake handed out was freed, and none twice.
 */
final class TaosFake implements BeforeEachCallback, AfterEachCallback {

    /** The control functions the fake exports besides the libtaos API. */
    interface Control extends Library {
        int taosfake_live_handles();

        int taosfake_bad_frees();

        String taosfake_calls();

        void taosfake_reset();

        void taosfake_set_client_info(String version);
    }

    /** The version the fake reports unless a test changes it. */
    static final String CURRENT_VERSION = "3.3.6.0";
    static final String LIBRARY = System.getProperty("taosfake.library", "target/libtaosfake.so");
    static final Control CONTROL = Native.load(LIBRARY, Control.class);

    /** The fake, loaded through discovery by its file path. */
    static LoadedLibrary library() {
        return LibraryDiscovery.forPlatform(Map.of(LibraryDiscovery.PATH_PROPERTY, LIBRARY)::get, "Linux", false).load();
    }

    static NativeTransport transport() {
        return new NativeTransport(library());
    }

    static TaosConfig config() {
        return TaosConfig.fromDsn("taos://root:taosdata@localhost:6030/power");
    }

    static String calls() {
        return CONTROL.taosfake_calls();
    }

    static int liveHandles() {
        return CONTROL.taosfake_live_handles();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CONTROL.taosfake_reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CONTROL.taosfake_set_client_info(CURRENT_VERSION); // a test may have made it old
        assertThat(CONTROL.taosfake_live_handles()).as("native handles still open after the test").isZero();
        assertThat(CONTROL.taosfake_bad_frees()).as("frees of unknown or already freed handles").isZero();
    }
}
