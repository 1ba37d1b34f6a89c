package cat.teixit.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.LockSettings;
import cat.teixit.model.user.Role;
import cat.teixit.persistence.ManagedSettingsFile;
import cat.teixit.persistence.SettingsFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The computer's managed settings under the data directory's, on real files: which value wins, and what is locked. */
class ManagedSettingsTest {

    @TempDir
    Path dir;

    private Path managedFile(String text) throws Exception {
        Path f = dir.resolve("etc").resolve("teixit.properties");
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private void userFile(String text) throws Exception {
        Files.writeString(dir.resolve(SettingsFile.FILE_NAME), text, StandardCharsets.UTF_8);
    }

    private Preferences prefs(Path managed) {
        return new Preferences(new SettingsFile(dir), new ManagedSettingsFile(managed));
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(UUID.randomUUID(), "laia", "Laia Puig", Set.of(role), UUID.randomUUID(), "EBASP", "ABSS",
                "GIR-N", Map.of());
    }

    @Test
    void lockedManagedBeatsUserWhichBeatsManagedDefaultWhichBeatsBuiltIn() throws Exception {
        Path managed = managedFile("""
                sync.serverUrl=https://teixit.ajuntament.cat
                council.name=Ajuntament de Salt
                ui.language=es
                locked=sync.serverUrl , security.idleLockMinutes
                """);
        userFile("""
                sync.serverUrl=https://elsewhere.example
                council.name=Un altre nom
                attachments.maxSizeMb=40
                """);
        Preferences p = prefs(managed);
        // managed and locked: the user's value is ignored
        assertThat(p.get("sync.serverUrl", null)).isEqualTo("https://teixit.ajuntament.cat");
        // managed default: the user's own value wins
        assertThat(p.get("council.name", null)).isEqualTo("Un altre nom");
        // managed default, no user value
        assertThat(p.language()).isEqualTo(Language.SPANISH);
        // only the user's
        assertThat(p.get("attachments.maxSizeMb", "25")).isEqualTo("40");
        // nobody's: built-in
        assertThat(p.get("council.town", "none")).isEqualTo("none");
        // locked without a value: the built-in default, not the user's
        userFile("security.idleLockMinutes=99\n");
        assertThat(new LockSettings(prefs(managed), new AccessPolicy()).idleMinutes()).isEqualTo(LockSettings.DEFAULT_MINUTES);
        assertThat(p.lock("sync.serverUrl")).isEqualTo(Preferences.Lock.SYSTEM);
        assertThat(p.managed("council.name")).isFalse();
    }

    @Test
    void aLockedKeyCannotBeChangedAndTheUsersFileStaysAsItWas() throws Exception {
        Path managed = managedFile("ui.language=en\nlocked=ui.language,sync.serverUrl\n");
        userFile("ui.theme=dark\n");
        String before = Files.readString(dir.resolve(SettingsFile.FILE_NAME));
        Preferences p = prefs(managed);
        assertThatThrownBy(() -> p.setLanguage(Language.CATALAN)).isInstanceOf(ManagedSettingException.class)
                .extracting(e -> ((ManagedSettingException) e).key()).isEqualTo(Preferences.LANGUAGE);
        assertThatThrownBy(() -> p.set("sync.serverUrl", "https://x.example")).isInstanceOf(ManagedSettingException.class);
        assertThatThrownBy(() -> p.setLocallyLocked("ui.language", false)).isInstanceOf(ManagedSettingException.class);
        assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME))).isEqualTo(before);
        assertThat(prefs(managed).language()).isEqualTo(Language.ENGLISH);
        // an unlocked key is the user's to change, over the managed default
        p.setTheme(Theme.LIGHT);
        assertThat(prefs(managed).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theIdleTimeLockedByTheManagedFileIsFixedEvenForALocalAdministrator() throws Exception {
        Path managed = managedFile("security.idleLockMinutes=3\nlocked=security.idleLockMinutes\n");
        LockSettings lock = new LockSettings(prefs(managed), new AccessPolicy());
        CurrentUser admin = user(Role.ADMINISTRATOR);
        assertThat(lock.idleMinutes()).isEqualTo(3);
        assertThat(lock.managed()).isTrue();
        assertThat(lock.managedBySystem()).isTrue();
        assertThat(lock.mayChange(admin)).isFalse();
        assertThatThrownBy(() -> lock.setIdleMinutes(admin, 20)).isInstanceOf(ManagedSettingException.class);
        assertThatThrownBy(() -> lock.setManaged(admin, false)).isInstanceOf(ManagedSettingException.class);
        assertThat(lock.idleMinutes()).isEqualTo(3);
        assertThat(Files.exists(dir.resolve(SettingsFile.FILE_NAME))).isFalse();
    }

    @Test
    void aLocalLockIsTheSameListInTheDataDirectorysFileAndTheOldKeyStillCounts() throws Exception {
        Path none = dir.resolve("no-such-file.properties");
        LockSettings lock = new LockSettings(prefs(none), new AccessPolicy());
        lock.setManaged(user(Role.ADMINISTRATOR), true);
        assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME))).contains("locked=security.idleLockMinutes");
        assertThat(prefs(none).lock(LockSettings.IDLE_MINUTES)).isEqualTo(Preferences.Lock.LOCAL);
        assertThat(lock.mayChange(user(Role.SOCIAL_WORKER))).isFalse();
        lock.setManaged(user(Role.ADMINISTRATOR), false);
        assertThat(prefs(none).lock(LockSettings.IDLE_MINUTES)).isEqualTo(Preferences.Lock.NONE);
        userFile("security.idleLockManaged=true\n");
        assertThat(prefs(none).lock(LockSettings.IDLE_MINUTES)).isEqualTo(Preferences.Lock.LOCAL);
    }

    @Test
    void theFileIsWhereEachSystemKeepsMachineWideSettings() {
        assertThat(ManagedSettingsFile.location("Linux", Map.of())).isEqualTo(Path.of("/etc/teixit/teixit.properties"));
        assertThat(ManagedSettingsFile.location("Mac OS X", Map.of()))
                .isEqualTo(Path.of("/Library/Application Support/Teixit/teixit.properties"));
        assertThat(ManagedSettingsFile.location("Windows 11", Map.of("ProgramData", "D:\\PD")).toString())
                .contains("D:\\PD").endsWith("teixit.properties").contains("Teixit");
        // the tests' own override (surefire) keeps them away from /etc
        assertThat(ManagedSettingsFile.system().path().toString()).doesNotStartWith("/etc");
    }

    @Test
    void noManagedFileManagesNothing() {
        Preferences p = prefs(dir.resolve("absent.properties"));
        assertThat(p.lock(Preferences.LANGUAGE)).isEqualTo(Preferences.Lock.NONE);
        p.setLanguage(Language.ENGLISH);
        assertThat(prefs(dir.resolve("absent.properties")).language()).isEqualTo(Language.ENGLISH);
    }
}
