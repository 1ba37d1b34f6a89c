package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import cat.teixit.persistence.ManagedSettingsFile;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.testing.ManagedSettingsOverride;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --managed-settings FILE}: a server address the IT department locks cannot be changed from the command line. */
class ManagedSettingsCommandTest {

    @TempDir
    Path dir;
    private final ManagedSettingsOverride managedFile = new ManagedSettingsOverride();

    @AfterEach
    void restore() {
        managedFile.close();
    }

    @Test
    void aLockedServerAddressIsNotChangedBySync() throws Exception {
        Path managed = dir.resolve("teixit.properties");
        Files.writeString(managed, "sync.serverUrl=https://teixit.salt.example\nlocked=sync.serverUrl\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        int code = RootCommand.execute("--managed-settings", managed.toString(), "--data-dir", data.toString(), "sync",
                "--user", "laia", "--server", "https://elsewhere.example");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(System.getProperty(ManagedSettingsFile.OVERRIDE)).isEqualTo(managed.toAbsolutePath().toString());
        assertThat(Files.exists(data.resolve(SettingsFile.FILE_NAME))).isFalse();
    }
}
