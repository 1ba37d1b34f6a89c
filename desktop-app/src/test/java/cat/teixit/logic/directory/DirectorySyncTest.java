package cat.teixit.logic.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.model.directory.EntryRow;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource directory travels from the centre through the real central server: an entry the administrator adds,
 * changes and deactivates at the centre reaches a social worker's workstation (searchable offline there), which may
 * not change it.
 */
class DirectorySyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private static List<EntryRow> search(Station s, String text) {
        return s.w.directory().search(s.user, text, null);
    }

    @Test
    void anEntryEditedAtTheCentreArrivesAtAWorkstation() throws Exception {
        try (Station centre = Station.open(dir.resolve("centre"), server.url());
                Station office = Station.open(dir.resolve("office"), server.url())) {
            centre.login("admin");
            office.login("laia");
            UUID id = centre.w.directory().add(centre.user, new EntryForm("Punt d’Informació Juvenil de Salt",
                    "Ajuntament de Salt", "EDUCATION", "Joves de 12 a 30 anys", null, "Carrer Major, 5", "Salt",
                    "Dl-dv 10-14", "972 000 300", null, null, 41.9750, 2.7930));
            centre.syncOk();
            office.syncOk();
            assertThat(search(office, "informacio juvenil")).extracting(EntryRow::id).containsExactly(id);

            EntryRow seen = centre.w.directory().entry(centre.user, id).orElseThrow();
            EntryForm before = DirectoryServiceTest.form(seen);
            EntryForm after = new EntryForm(before.name(), before.administration(), before.category(),
                    before.audience(), before.requirements(), before.address(), before.municipality(),
                    "Dl-dv 10-14 i 16-20", before.phone(), before.email(), before.web(), before.latitude(),
                    before.longitude());
            centre.w.directory().edit(centre.user, id, seen.rowVersion(), before, after);
            centre.syncOk();
            office.syncOk();
            EntryRow there = office.w.directory().entry(office.user, id).orElseThrow();
            assertThat(there.openingHours()).isEqualTo("Dl-dv 10-14 i 16-20");
            assertThat(there.latitude()).isEqualTo(41.9750);
            assertThat(there.longitude()).isEqualTo(2.7930);
            assertThat(server.number("SELECT version FROM record WHERE id = ?", id)).isEqualTo(2);

            // The social worker may not change it on the workstation.
            assertThatThrownBy(() -> office.w.directory().setActive(office.user, id, there.rowVersion(), false))
                    .isInstanceOf(AccessDeniedException.class);

            centre.w.directory().setActive(centre.user, id,
                    centre.w.directory().entry(centre.user, id).orElseThrow().rowVersion(), false);
            centre.syncOk();
            office.syncOk();
            assertThat(search(office, "juvenil")).isEmpty();
        }
    }
}
