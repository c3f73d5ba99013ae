package io.taospring.client.transport.nativ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.InterfaceError;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LibraryDiscoveryTest {

    @RegisterExtension
    final TaosFake fake = new TaosFake();

    @TempDir
    Path temp;

    @Test
    void searchesThePropertyThenJnaLibraryPathThenTheStandardLinuxLocations() {
        LibraryDiscovery discovery = LibraryDiscovery.forPlatform(Map.of(LibraryDiscovery.PATH_PROPERTY, "/opt/taos/libtaos.so",
                LibraryDiscovery.JNA_PATH_PROPERTY, "/a" + File.pathSeparator + "/b")::get, "Linux", false);
        assertThat(discovery.candidates()).containsExactly(Path.of("/opt/taos/libtaos.so"), Path.of("/a/libtaos.so"),
                Path.of("/b/libtaos.so"), Path.of("/usr/local/taos/driver/libtaos.so"), Path.of("/usr/lib/libtaos.so"),
                Path.of("/usr/lib64/libtaos.so"), Path.of("/usr/local/lib/libtaos.so"));
    }

    @Test
    void looksForTheLibraryFileInADirectoryNamedByTheProperty() {
        LibraryDiscovery discovery = LibraryDiscovery.forPlatform(
                Map.of(LibraryDiscovery.PATH_PROPERTY, temp.toString())::get, "Linux", false);
        assertThat(discovery.candidates()).first().isEqualTo(temp.resolve("libtaos.so"));
    }

    @Test
    void usesEachOperatingSystemsFileNameAndInstallLocations() {
        assertThat(LibraryDiscovery.forPlatform(name -> null, "Mac OS X", false).candidates())
                .startsWith(Path.of("/usr/local/lib/libtaos.dylib"), Path.of("/usr/local/taos/driver/libtaos.dylib"));
        assertThat(LibraryDiscovery.forPlatform(name -> null, "Windows 11", false).candidates())
                .extracting(Path::toString)
                .first().asString().startsWith("C:\\TDengine\\driver").endsWith("taos.dll");
    }

    @Test
    void namesEveryLocationSearchedWhenTheLibraryIsMissing() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path alsoEmpty = Files.createDirectory(temp.resolve("also-empty"));
        LibraryDiscovery discovery = LibraryDiscovery.forPlatform(Map.of(LibraryDiscovery.PATH_PROPERTY, empty.toString(),
                LibraryDiscovery.JNA_PATH_PROPERTY, alsoEmpty.toString())::get, "Linux", true);
        assertThatThrownBy(discovery::load)
                .isInstanceOf(InterfaceError.class)
                .hasMessageContaining("taos.native.library-path")
                .hasMessageContaining(empty.resolve("libtaos.so") + " (not found)")
                .hasMessageContaining(alsoEmpty.resolve("libtaos.so") + " (not found)")
                .hasMessageContaining("/usr/local/taos/driver/libtaos.so")
                .hasMessageContaining("/usr/lib/libtaos.so");
    }

    @Test
    void loadsTheLibraryFromADirectoryOnJnaLibraryPath() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("driver"));
        Files.createSymbolicLink(dir.resolve("libtaos.so"), Path.of(TaosFake.LIBRARY).toAbsolutePath());
        LoadedLibrary library = LibraryDiscovery.forPlatform(
                Map.of(LibraryDiscovery.JNA_PATH_PROPERTY, dir.toString())::get, "Linux", false).load();
        assertThat(library.location()).isEqualTo(dir.resolve("libtaos.so").toString());
        assertThat(library.version()).isEqualTo("3.3.6.0");
        assertThat(library.hasFieldsE()).isTrue();
    }

    @Test
    void refusesALibraryThatIsTooOldAndSaysWhichVersionItFound() {
        TaosFake.CONTROL.taosfake_set_client_info("2.6.0.4");
        assertThatThrownBy(TaosFake::library)
                .isInstanceOf(InterfaceError.class)
                .hasMessageContaining(Path.of(TaosFake.LIBRARY).toAbsolutePath() + " (version 2.6.0.4 is too old)")
                .hasMessageContaining("3.0.0.0 or newer");
    }

    @Test
    void comparesVersionsByTheirNumbers() {
        assertThat(LibraryVersion.isSupported("3.3.6.0")).isTrue();
        assertThat(LibraryVersion.isSupported("3.0.0.0-beta")).isTrue();
        assertThat(LibraryVersion.isSupported("10.0")).isTrue();
        assertThat(LibraryVersion.isSupported("2.6.0.99")).isFalse();
        assertThat(LibraryVersion.isSupported("unknown")).isFalse();
        assertThat(LibraryVersion.isSupported(null)).isFalse();
    }
}
