package cat.teixit.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.LockSettings;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.settings.Theme;
import cat.teixit.model.user.Role;
import cat.teixit.persistence.ManagedSettingsFile;
import cat.teixit.persistence.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle time in Settings, on a real settings file, without the toolkit. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private static CurrentUser user(Role role) {
        return new CurrentUser(UUID.randomUUID(), "laia", "Laia Puig", Set.of(role), UUID.randomUUID(), "EBASP", "ABSS",
                "GIR-N", Map.of());
    }

    private SettingsViewModel vm(LockSettings lock, CurrentUser user) {
        return vm(lock, key -> false, user);
    }

    private SettingsViewModel vm(LockSettings lock, Predicate<String> managed, CurrentUser user) {
        return new SettingsViewModel(new SimpleObjectProperty<>(Language.CATALAN), new SimpleObjectProperty<>(Theme.LIGHT),
                dir, "test", lock, managed, user, new SameThreadUiExecutor());
    }

    @Test
    void aValidIdleTimeIsSavedToTheFile() {
        LockSettings lock = new LockSettings(new Preferences(new SettingsFile(dir)), new AccessPolicy());
        SettingsViewModel vm = vm(lock, user(Role.SOCIAL_WORKER));
        assertThat(vm.idleMinutes.get()).isEqualTo(LockSettings.DEFAULT_MINUTES);
        assertThat(vm.idleEditable.get()).isTrue();
        vm.setIdleMinutes(25);
        assertThat(vm.idleErrorKey.get()).isNull();
        assertThat(new Preferences(new SettingsFile(dir)).get(LockSettings.IDLE_MINUTES, "")).isEqualTo("25");
    }

    @Test
    void anOutOfRangeTimeIsRefusedAndTheFieldGoesBack() {
        LockSettings lock = new LockSettings(new Preferences(new SettingsFile(dir)), new AccessPolicy());
        SettingsViewModel vm = vm(lock, user(Role.SOCIAL_WORKER));
        vm.setIdleMinutes(LockSettings.MAX_MINUTES + 1);
        assertThat(vm.idleErrorKey.get()).isEqualTo("lock.error.range");
        assertThat(vm.idleMinutes.get()).isEqualTo(LockSettings.DEFAULT_MINUTES);
    }

    @Test
    void aManagedTimeIsReadOnlyForAWorkerAndChangeableByTheLocalAdmin() {
        Preferences prefs = new Preferences(new SettingsFile(dir));
        LockSettings lock = new LockSettings(prefs, new AccessPolicy());
        lock.setManaged(user(Role.ADMINISTRATOR), true);
        SettingsViewModel worker = vm(lock, user(Role.SOCIAL_WORKER));
        assertThat(worker.idleEditable.get()).isFalse();
        worker.setIdleMinutes(30);
        assertThat(worker.idleErrorKey.get()).isEqualTo("lock.error.managed");
        assertThat(lock.idleMinutes()).isEqualTo(LockSettings.DEFAULT_MINUTES);
        SettingsViewModel admin = vm(lock, user(Role.ADMINISTRATOR));
        assertThat(admin.idleEditable.get()).isTrue();
        admin.setIdleMinutes(30);
        assertThat(lock.idleMinutes()).isEqualTo(30);
    }

    @Test
    void keysTheManagedFileLocksAreReadOnlyWithTheManagedNoteEvenForAnAdministrator() throws Exception {
        Path managed = dir.resolve("teixit.properties");
        Files.writeString(managed, "security.idleLockMinutes=4\nui.language=ca\nlocked=security.idleLockMinutes,ui.language\n");
        Preferences prefs = new Preferences(new SettingsFile(dir), new ManagedSettingsFile(managed));
        LockSettings lock = new LockSettings(prefs, new AccessPolicy());
        SettingsViewModel admin = vm(lock, prefs::managed, user(Role.ADMINISTRATOR));
        assertThat(admin.idleMinutes.get()).isEqualTo(4);
        assertThat(admin.idleEditable.get()).isFalse();
        assertThat(admin.idleManagedBySystem.get()).isTrue();
        assertThat(admin.languageManaged.get()).isTrue();
        assertThat(admin.themeManaged.get()).isFalse();
        admin.setIdleMinutes(30);
        assertThat(admin.idleErrorKey.get()).isEqualTo(SettingsViewModel.MANAGED_NOTE);
        assertThat(admin.idleMinutes.get()).isEqualTo(4);
        assertThat(Files.exists(dir.resolve(SettingsFile.FILE_NAME))).isFalse();
    }
}
