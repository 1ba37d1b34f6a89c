package cat.teixit.logic.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.jdbc.Sql;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Break the glass end to end through the real central server (docs/decisions/0039-break-the-glass.md): a case file of
 * team SALT is out of sight of a professional of GIR-N until she opens it with a written reason; then it arrives by
 * the normal pull, alone, is audited and listed to the team lead; once the opening expires its records are purged
 * from her workstation, search index included.
 */
class BreakTheGlassTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    static final String REASON = "La persona és a l’oficina de Girona Nord i l’equip de Salt és tancat";

    private static List<PersonHit> search(Station s, CurrentUser user, String text) {
        return s.w.search().search(user, text, SearchService.DEFAULT_LIMIT, Language.CATALAN);
    }

    private static long local(Station s, String sql, Object... args) {
        return s.w.readForBenchmark(tx -> tx.jdbc(c -> Sql.first(c, sql, List.of(args), rs -> rs.getLong(1))));
    }

    @Test
    void aCaseFileOfAnotherTeamIsOpenedWithAReasonAloneUntilItExpires() throws Exception {
        try (Station salt = Station.open(dir.resolve("salt"), server.url());
                Station girona = Station.open(dir.resolve("girona"), server.url());
                Station lead = Station.open(dir.resolve("lead"), server.url())) {
            salt.login("pau");
            PersonService.Created opened = salt.newPerson("Roser", "Batlle");
            PersonService.Created other = salt.newPerson("Ona", "Batlle");
            salt.syncOk();

            CurrentUser laia = girona.login("laia");
            PersonService.Created own = girona.newPerson("Marta", "Riera");
            girona.syncOk();
            assertThat(search(girona, laia, "Batlle")).isEmpty();
            assertThat(local(girona, "SELECT count(*) FROM person WHERE scope = 'SALT'")).isZero();

            // Refused: no reason, a case file of her own, a case file that does not exist.
            assertThatThrownBy(() -> girona.w.emergency().open(laia, opened.caseFileId(), "urgent"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("reason").key()).isEqualTo("emergency.error.reason"));
            assertThatThrownBy(() -> girona.w.emergency().open(laia, own.caseFileId(), REASON))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("caseFile").key()).isEqualTo("emergency.error.inScope"));
            assertThatThrownBy(() -> girona.w.emergency().open(laia, java.util.UUID.randomUUID(), REASON))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("caseFile").key()).isEqualTo("emergency.error.notFound"));

            EmergencyAccess.Opening o = girona.w.emergency().open(laia, opened.caseFileId(), REASON);
            assertThat(o.scope()).isEqualTo("SALT");
            assertThat(Duration.between(o.openedAt(), o.expiresAt())).isEqualTo(Duration.ofHours(24));
            girona.syncOk();

            // Arrived by the normal pull: that case file's person, household and case file, nothing else of SALT.
            CurrentUser withOpening = girona.w.emergency().withOpenings(laia);
            assertThat(withOpening.visibleScopes()).contains("SALT");
            assertThat(withOpening.mayWrite("SALT")).isFalse();
            assertThat(search(girona, withOpening, "Batlle")).extracting(PersonHit::personId)
                    .containsExactly(opened.personId());
            assertThat(local(girona, "SELECT count(*) FROM person WHERE id = ?", other.personId().toString())).isZero();
            assertThat(local(girona, "SELECT count(*) FROM case_file WHERE scope = 'SALT'")).isOne();
            assertThat(girona.w.emergency().liveOpeningOf(opened.caseFileId())).isPresent();
            assertThat(search(girona, laia, "Batlle")).as("her own scopes alone do not show it").isEmpty();

            // Audited on the workstation's chain, which reached the server, and on the server's request audit.
            assertThat(server.number("SELECT count(*) FROM audit_trail_entry WHERE action = 'EMERGENCY_ACCESS'"
                    + " AND case_file_id = ? AND user_name = 'laia'", opened.caseFileId().toString())).isOne();
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE case_file_id = ? AND reason = ?",
                    opened.caseFileId(), REASON)).isOne();

            // Flagged to the team lead; not listed to her.
            lead.login("montse");
            lead.syncOk();
            assertThat(lead.w.emergency().flagged(lead.user).orElseThrow()).anySatisfy(f -> {
                assertThat(f.username()).isEqualTo("laia");
                assertThat(f.caseFileId()).isEqualTo(opened.caseFileId().toString());
                assertThat(f.reason()).isEqualTo(REASON);
            });
            assertThatThrownBy(() -> girona.w.emergency().flagged(laia)).isInstanceOf(AccessDeniedException.class);

            // Expired (on the server, and here a day later): purged, search index included; the next sync is clean.
            try (var c = server.connection(); var ps = c.prepareStatement("UPDATE emergency_opening"
                    + " SET opened_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'")) {
                ps.executeUpdate();
            }
            assertThat(girona.w.emergency().purgeExpired(laia.visibleScopes(), Instant.now().plus(Duration.ofHours(25))))
                    .containsExactly("SALT");
            assertThat(local(girona, "SELECT count(*) FROM person WHERE scope = 'SALT'")).isZero();
            assertThat(local(girona, "SELECT count(*) FROM case_file WHERE scope = 'SALT'")).isZero();
            assertThat(local(girona, "SELECT count(*) FROM person_fts WHERE person_fts MATCH 'Batlle'")).isZero();
            assertThat(search(girona, girona.w.emergency().withOpenings(laia), "Batlle")).isEmpty();
            girona.syncOk();
            assertThat(local(girona, "SELECT count(*) FROM person WHERE scope = 'SALT'")).isZero();
            assertThat(search(girona, laia, "Riera")).extracting(PersonHit::personId).containsExactly(own.personId());
        }
    }

    @Test
    void anOpeningWhoseAnswerNeverCameIsAskedForAgainAsTheSameRequest() throws Exception {
        try (Station salt = Station.open(dir.resolve("salt"), server.url());
                Station girona = Station.open(dir.resolve("girona"), server.url())) {
            salt.login("pau");
            PersonService.Created opened = salt.newPerson("Rita", "Cases");
            salt.syncOk();
            CurrentUser laia = girona.login("laia");

            // The server makes the opening, but its answer never reaches the workstation (every try of the transport
            // cut after the server had it); the professional presses again.
            List<String> requests = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean lose = new java.util.concurrent.atomic.AtomicBoolean(true);
            EmergencyAccess.Remote losing = new EmergencyAccess.Remote() {
                @Override
                public cat.teixit.sync.protocol.EmergencyWire.Opening open(String caseFile, String reason,
                        String requestId) {
                    requests.add(requestId);
                    var answer = girona.w.sync().openEmergency(caseFile, reason, requestId);
                    if (lose.getAndSet(false)) {
                        throw new cat.teixit.sync.client.SyncNetworkException("answer lost", null);
                    }
                    return answer;
                }

                @Override
                public cat.teixit.sync.protocol.EmergencyWire.Openings openings() {
                    return girona.w.sync().emergencyOpenings();
                }
            };
            EmergencyAccess access = new EmergencyAccess(cat.teixit.app.Stores.of(girona.w), girona.w.access(),
                    girona.w.audit(), girona.w.clock(), losing, scope -> { });
            assertThatThrownBy(() -> access.open(laia, opened.caseFileId(), REASON))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("caseFile").key()).isEqualTo("emergency.error.offline"));
            EmergencyAccess.Opening o = access.open(laia, opened.caseFileId(), REASON);

            assertThat(requests).hasSize(2).doesNotContainNull();
            assertThat(requests.get(1)).isEqualTo(requests.get(0));
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE case_file_id = ?",
                    opened.caseFileId())).isOne();
            assertThat(server.number("SELECT id FROM emergency_opening WHERE case_file_id = ?", opened.caseFileId()))
                    .isEqualTo(o.id());
            assertThat(local(girona, "SELECT count(*) FROM emergency_opening")).isOne();
            assertThat(local(girona, "SELECT count(*) FROM audit_entry WHERE action = 'EMERGENCY_ACCESS'")).isOne();

            // Answered: the next press is a new request (the server counts it as a new try).
            access.open(laia, opened.caseFileId(), REASON);
            assertThat(requests).hasSize(3);
            assertThat(requests.get(2)).isNotEqualTo(requests.get(0));
        } finally {
            // The other test of the class opens a case file of SALT as laia too: these openings end here.
            try (var c = server.connection(); var ps = c.prepareStatement("UPDATE emergency_opening"
                    + " SET opened_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'")) {
                ps.executeUpdate();
            }
        }
    }
}
