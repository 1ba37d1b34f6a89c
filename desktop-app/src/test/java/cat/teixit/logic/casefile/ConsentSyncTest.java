package cat.teixit.logic.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.ConsentService.ConsentItem;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.sync.SyncService;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consent travels between two workstations through the real central server, in the person's scope: recorded on
 * one, it lets a colleague on the other refer the person to an external service; a withdrawal made there stops the
 * next referral on the first; two different withdrawal dates made offline are a conflict, never a silent overwrite.
 */
class ConsentSyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private static ConsentItem only(Station s, UUID personId) {
        return s.w.consents().consents(s.user, personId).getFirst();
    }

    @Test
    void aConsentRecordedOnOneWorkstationIsCheckedOnTheOtherAndItsWithdrawalSyncs() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("laia");
            b.login("jordi");
            PersonService.Created c = a.newPerson("Núria", "Pagès");
            LocalDate today = a.w.agenda().today();
            UUID id = a.w.consents().record(a.user, c.personId(), ConsentPurpose.SHARING, today.minusDays(1), null,
                    "Signat a l’oficina");
            a.syncOk();
            assertThat(server.number("SELECT count(*) FROM record WHERE id = ? AND entity_type = 'consent' AND scope = 'GIR-N'",
                    id)).isEqualTo(1);
            b.syncOk();

            ConsentItem onB = only(b, c.personId());
            assertThat(onB.id()).isEqualTo(id);
            assertThat(onB.notes()).isEqualTo("Signat a l’oficina");
            assertThat(onB.active()).isTrue();
            b.w.referrals().refer(b.user, c.caseFileId(), null, ReferralTargetKind.SERVICE, "CAP Girona 2",
                    "Valoració de salut");

            b.w.consents().withdraw(b.user, id, onB.rowVersion(), today);
            b.syncOk();
            a.syncOk();
            assertThat(only(a, c.personId()).withdrawnOn()).isEqualTo(today);
            assertThat(a.w.referrals().referrals(a.user, c.caseFileId())).hasSize(1);
            assertThatThrownBy(() -> a.w.referrals().refer(a.user, c.caseFileId(), null, ReferralTargetKind.MUNICIPALITY,
                    "Figueres", "Canvi de domicili")).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void twoWithdrawalDatesMadeOfflineAreAConflict() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("laia");
            b.login("jordi");
            PersonService.Created c = a.newPerson("Pol", "Vidal");
            LocalDate today = a.w.agenda().today();
            UUID id = a.w.consents().record(a.user, c.personId(), ConsentPurpose.IMAGE, today.minusDays(10), null, null);
            a.syncOk();
            b.syncOk();
            a.w.consents().withdraw(a.user, id, only(a, c.personId()).rowVersion(), today.minusDays(2));
            b.w.consents().withdraw(b.user, id, only(b, c.personId()).rowVersion(), today.minusDays(1));
            a.syncOk();
            SyncService.Result r = b.syncOk();
            assertThat(r.conflicts()).isEqualTo(1);
            assertThat(server.number("SELECT version FROM record WHERE id = ?", id)).isEqualTo(2);
        }
    }
}
