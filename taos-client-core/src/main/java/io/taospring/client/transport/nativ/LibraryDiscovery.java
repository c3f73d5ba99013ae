package io.taospring.client.transport.nativ;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds and loads libtaos. Looks, in this order, at the system property {@value #PATH_PROPERTY} (a
 * directory or the library file itself), each directory of {@code jna.library.path}, the places the
 * TDengine installers use on this OS, and finally the system loader's own search ({@code LD_LIBRARY_PATH},
 * {@code ldconfig}, {@code PATH} on Windows). The first file that loads and reports version
 * {@value LibraryVersion#MINIMUM} or newer wins; otherwise the {@link InterfaceError} names every location
 * searched and why each failed.
 */
final class LibraryDiscovery {

    /** The system property that names libtaos's directory or file. */
    static final String PATH_PROPERTY = "taos.native.library-path";
    /** JNA's own search path property. */
    static final String JNA_PATH_PROPERTY = "jna.library.path";

    private static final Map<String, Object> OPTIONS = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");

    private final List<Path> candidates;
    private final String systemName;

    LibraryDiscovery(List<Path> candidates, String systemName) {
        this.candidates = List.copyOf(candidates);
        this.systemName = systemName;
    }

    /** The discovery this JVM's system properties and OS ask for. */
    static LibraryDiscovery fromSystem() {
        return forPlatform(System::getProperty, System.getProperty("os.name", ""), true);
    }

    /**
     * The discovery for an OS and a set of properties.
     *
     * @param useSystemLoader whether to end with the system loader's search by bare library name
     */
    static LibraryDiscovery forPlatform(UnaryOperator<String> properties, String osName, boolean useSystemLoader) {
        Platform platform = Platform.of(osName);
        Set<Path> found = new LinkedHashSet<>();
        String explicit = properties.apply(PATH_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit.trim());
            found.add(Files.isDirectory(path) ? path.resolve(platform.fileName) : path);
        }
        String jnaPath = properties.apply(JNA_PATH_PROPERTY);
        if (jnaPath != null) {
            for (String dir : jnaPath.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    found.add(Path.of(dir.trim()).resolve(platform.fileName));
                }
            }
        }
        platform.standardDirectories.forEach(dir -> found.add(Path.of(dir).resolve(platform.fileName)));
        return new LibraryDiscovery(new ArrayList<>(found), useSystemLoader ? platform.bareName : null);
    }

    /** The files tried, in order (without the final system-loader attempt). */
    List<Path> candidates() {
        return candidates;
    }

    /**
     * Loads the first usable libtaos.
     *
     * @throws InterfaceError naming every location searched when none is usable
     */
    LoadedLibrary load() {
        List<String> attempts = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                attempts.add(candidate + " (not found)");
                continue;
            }
            LoadedLibrary loaded = tryLoad(candidate.toAbsolutePath().toString(), attempts);
            if (loaded != null) {
                return loaded;
            }
        }
        if (systemName != null) {
            LoadedLibrary loaded = tryLoad(systemName, attempts);
            if (loaded != null) {
                return loaded;
            }
        }
        throw new InterfaceError(ErrorCodes.UNSUPPORTED, "the native connection (taos://) needs libtaos "
                + LibraryVersion.MINIMUM + " or newer, the TDengine client library; install the TDengine client or "
                + "set the system property " + PATH_PROPERTY + " to its directory or file. Searched: "
                + String.join("; ", attempts));
    }

    private static LoadedLibrary tryLoad(String name, List<String> attempts) {
        TaosLibrary api;
        String version;
        try {
            api = Native.load(name, TaosLibrary.class, OPTIONS);
            version = api.taos_get_client_info();
        } catch (UnsatisfiedLinkError e) {
            attempts.add(name + " (" + e.getMessage() + ")");
            return null;
        }
        if (!LibraryVersion.isSupported(version)) {
            attempts.add(name + " (version " + version + " is too old)");
            return null;
        }
        return new LoadedLibrary(api, name, version, exports(name, "taos_fetch_fields_e"));
    }

    private static boolean exports(String name, String function) {
        try {
            NativeLibrary.getInstance(name, OPTIONS).getFunction(function);
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }

    /** Where the TDengine installers put the client library, per OS (native-c-api.md section 1). */
    private record Platform(String fileName, String bareName, List<String> standardDirectories) {

        static Platform of(String osName) {
            String os = osName.toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                return new Platform("taos.dll", "taos", List.of("C:\\TDengine\\driver", "C:\\Windows\\System32"));
            }
            if (os.startsWith("mac") || os.startsWith("darwin")) {
                return new Platform("libtaos.dylib", "taos",
                        List.of("/usr/local/lib", "/usr/local/taos/driver", "/opt/homebrew/lib"));
            }
            return new Platform("libtaos.so", "taos",
                    List.of("/usr/local/taos/driver", "/usr/lib", "/usr/lib64", "/usr/local/lib"));
        }
    }
}
