package cat.teixit.logic.sync;

import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.gui.casefile.PersonFormViewModel;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.common.Edit;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.DemandChain;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.common.StaleRecordException;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Mirror;
import cat.teixit.testing.Station;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workstations and the real central server, as the README runs them: logins, offline edits on both,
 * syncs, the merge and the one real conflict, its resolution; offline login; stale editors; scope
 * revocation; attachments.
 */
class TwoWorkstationsSyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private Station station(String name) throws Exception {
        return Station.open(dir.resolve(name), server.url());
    }

    /** Laia on A and Jordi on B, with a person A created and both have synced. */
    private static PersonService.Created onBoth(Station a, Station b, String given, String surname) throws Exception {
        a.login("laia");
        b.login("jordi");
        PersonService.Created p = a.newPerson(given, surname);
        a.syncOk();
        b.syncOk();
        return p;
    }

    private static URI nobodyListening() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
    }

    @Test
    void offlineEditsOnTwoWorkstationsMergeAndTheOneRealConflictIsResolvedOnce() throws Exception {
        Path dirA = dir.resolve("a");
        Path dirB = dir.resolve("b");
        PersonService.Created nuria;
        PersonService.Created omar;
        // Both log in online once.
        try (Station a = Station.open(dirA, server.url()); Station b = Station.open(dirB, server.url())) {
            a.login("laia");
            b.login("jordi");
            nuria = a.newPerson("Núria", "Pagès");
            omar = a.newPerson("Omar", "El Amrani");
            a.syncOk();
            b.syncOk();
            assertThat(b.person(nuria.personId()).getGivenName()).isEqualTo("Núria");
        }
        // Offline on both (no server): logins against the cache; different fields of one person, the same
        // field of another, a new person on each.
        URI offline = nobodyListening();
        PersonService.Created fromA;
        PersonService.Created fromB;
        try (Station a = Station.open(dirA, offline); Station b = Station.open(dirB, offline)) {
            a.login("laia");
            b.login("jordi");
            a.edit(nuria.personId(), f -> Station.withPhone(f, "611111111"));
            b.edit(nuria.personId(), f -> Station.withEmail(f, "nuria@example.cat"));
            a.edit(omar.personId(), f -> Station.withPhone(f, "622222222"));
            b.edit(omar.personId(), f -> Station.withPhone(f, "633333333"));
            fromA = a.newPerson("Aina", "Soler");
            fromB = b.newPerson("Biel", "Puig");
            assertThat(a.sync().outcome()).isEqualTo(SyncService.Outcome.OFFLINE);
        }
        // Back online: sync A, B, A.
        try (Station a = Station.open(dirA, server.url()); Station b = Station.open(dirB, server.url())) {
            a.login("laia");
            b.login("jordi");
            assertThat(a.syncOk().conflicts()).isZero();
            assertThat(b.syncOk().conflicts()).isEqualTo(1);
            assertThat(a.syncOk().conflicts()).isZero();

            assertThat(a.w.conflicts().open(a.user)).isEmpty();
            List<ConflictService.Summary> open = b.w.conflicts().open(b.user);
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.entityId()).isEqualTo(omar.personId());
                assertThat(c.fields()).containsExactly("phone");
                assertThat(c.label()).isEqualTo("Omar El Amrani");
                assertThat(c.theirsBy()).as("a colleague who never logged in here is named from the session's directory")
                        .isEqualTo("Laia Puig Ferrer");
            });
            ConflictService.Detail detail = b.w.conflicts().detail(b.user, open.getFirst().id());
            assertThat(detail.fields()).singleElement().satisfies(f -> {
                assertThat(f.mine()).isEqualTo("633333333");
                assertThat(f.theirs()).isEqualTo("622222222");
                assertThat(f.baseKnown()).isTrue();
                assertThat(f.base()).isNull();
            });
            // A merged value goes through the person form's checks: two numbers in one field are refused.
            long conflictId = open.getFirst().id();
            String shownMeanwhile = b.person(omar.personId()).getPhone();
            assertThatThrownBy(() -> b.w.conflicts().resolveFields(b.user, conflictId,
                    Map.of("phone", ConflictService.Decision.merged("633333333 / 622222222"))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("phone").key()).isEqualTo("person.error.phone"));
            assertThat(b.w.conflicts().open(b.user)).hasSize(1);
            assertThat(b.person(omar.personId()).getPhone()).as("nothing saved").isEqualTo(shownMeanwhile);
            // Merged: his number as he gave it last.
            b.w.conflicts().resolveFields(b.user, conflictId,
                    Map.of("phone", ConflictService.Decision.merged("+34 633 33 33 33")));
            assertThat(b.w.conflicts().open(b.user)).isEmpty();
            assertThat(b.w.conflicts().history(b.user, 10)).singleElement()
                    .satisfies(c -> assertThat(c.state()).isEqualTo(ConflictService.State.RESOLVED));

            b.syncOk();
            a.syncOk();
            Person merged = a.person(nuria.personId());
            assertThat(merged.getPhone()).isEqualTo("611111111");
            assertThat(merged.getEmail()).isEqualTo("nuria@example.cat");
            assertThat(a.person(omar.personId()).getPhone()).isEqualTo("+34 633 33 33 33");
            assertThat(a.person(fromB.personId()).getGivenName()).isEqualTo("Biel");
            assertThat(b.person(fromA.personId()).getGivenName()).isEqualTo("Aina");
            assertThat(a.w.conflicts().open(a.user)).isEmpty();
            Mirror.assertEqualToServer(server, "GIR-N", a, b);
            assertThat(Mirror.local(a, "GIR-N")).isEqualTo(Mirror.local(b, "GIR-N"));
        }
    }

    @Test
    void afterAFirstOnlineLoginTheUserLogsInOfflineAgainstTheCache() throws Exception {
        URI unreachable = nobodyListening();
        try (Station s = Station.open(dir.resolve("off"), unreachable)) {
            assertThat(s.tryLogin("laia", CentralServer.PASSWORD))
                    .isEqualTo(new LoginResult.Refused(LoginResult.Reason.SERVER_UNREACHABLE));
        }
        try (Station s = Station.open(dir.resolve("off"), server.url())) {
            assertThat(s.tryLogin("laia", "not-her-password"))
                    .isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
            s.login("laia");
            assertThat(s.user.displayName()).isEqualTo("Laia Puig Ferrer");
            assertThat(s.user.scope()).isEqualTo("GIR-N");
            assertThat(s.user.teamName()).isEqualTo("EBASP Girona Nord");
            assertThat(s.user.areaName()).isEqualTo("ABSS Girona");
            s.w.auth().logout();
        }
        try (Station s = Station.open(dir.resolve("off"), unreachable)) {
            assertThat(s.tryLogin("laia", "not-her-password"))
                    .isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
            s.login("laia");
            assertThat(s.user.displayName()).isEqualTo("Laia Puig Ferrer");
            assertThat(s.tryLogin("jordi", CentralServer.PASSWORD))
                    .isEqualTo(new LoginResult.Refused(LoginResult.Reason.SERVER_UNREACHABLE));
            // Offline, the work goes on and a sync says so.
            s.login("laia");
            s.newPerson("Pol", "Vidal");
            assertThat(s.sync().outcome()).isEqualTo(SyncService.Outcome.OFFLINE);
            assertThat(s.w.sync().status().connection()).isEqualTo(SyncService.Connection.OFFLINE);
            assertThat(s.w.sync().status().pendingChanges()).isPositive();
        }
    }

    @Test
    void onePhoneEditAndOneCivilStatusEditMadeInThePersonFormOnTwoWorkstationsEndWithBoth() throws Exception {
        try (Station a = station("a"); Station b = station("b")) {
            a.login("laia");
            b.login("jordi");
            UUID id = a.w.people().createWithNewHousehold(a.user, new PersonForm("Fàtima", "El Amrani", null,
                    IdDocumentType.NIE, "X1234567L", LocalDate.of(1979, 6, 2), Sex.F, "52", "19", "600 100 200", null,
                    null, "387", null, null, null, null, "2", "6", "2", null), null).personId();
            a.syncOk();
            b.syncOk();

            // Offline, each professional changes one field through the form, as in the window.
            PersonFormViewModel onA = form(a, id);
            onA.fields().phone.set("612 345 678");
            onA.save();
            PersonFormViewModel onB = form(b, id);
            onB.fields().civilStatus.set("3");
            onB.save();
            a.syncOk();
            b.syncOk();
            a.syncOk();

            for (Station s : List.of(a, b)) {
                PersonForm p = s.w.people().form(s.user, id);
                assertThat(p.phone()).as("phone on %s", s).isEqualTo("612 345 678");
                assertThat(p.civilStatus()).as("civil status on %s", s).isEqualTo("3");
                assertThat(List.of(p.motherTongue(), p.educationLevel(), p.employment(), p.nationality()))
                        .as("the fields neither changed, on %s", s).containsExactly("19", "6", "2", "52");
            }
            assertThat(a.w.conflicts().open(a.user)).isEmpty();
            assertThat(b.w.conflicts().open(b.user)).isEmpty();
        }
    }

    private static PersonFormViewModel form(Station s, UUID personId) {
        PersonFormViewModel vm = new PersonFormViewModel(s.user, new SameThreadUiExecutor(), s.w.people(),
                () -> Language.CATALAN, personId, c -> { });
        vm.load();
        return vm;
    }

    @Test
    void aPulledChangeMakesAnOpenEditorsSaveStale() throws Exception {
        try (Station a = station("a"); Station b = station("b")) {
            UUID id = onBoth(a, b, "Marta", "Roig").personId();
            Person open = b.person(id);

            a.edit(id, f -> Station.withPhone(f, "644444444"));
            a.syncOk();
            b.syncOk();
            PersonForm shown = PersonService.formOf(open);
            assertThatThrownBy(() -> b.w.people().update(b.user, id, Edit.of(shown, Station.withPhone(shown, "655555555"))))
                    .isInstanceOf(StaleRecordException.class);
            assertThat(b.person(id).getPhone()).isEqualTo("644444444");
        }
    }

    @Test
    void aRevokedScopeIsPurgedAndItsPendingEditsAreShownRefused() throws Exception {
        try (Station a = station("a"); Station m = station("m")) {
            a.login("laia");
            m.login("montse");
            UUID id = a.newPerson("Jana", "Ferrer").personId();
            a.syncOk();
            m.syncOk();
            m.edit(id, f -> Station.withPhone(f, "677777777"));
            server.revoke("montse", "GIR-N");
            try {
                SyncService.Result r = m.syncOk();
                assertThat(r.purgedScopes()).isEqualTo(1);
                assertThat(r.lostChanges()).isEqualTo(1);
                assertThat(r.rejected()).isEqualTo(1);
            } finally {
                server.grant("montse", "GIR-N", true);
            }
            assertThat(m.w.syncStore().row("person", id)).isEmpty();
            assertThat(m.w.syncNotices().purges(m.user)).singleElement().satisfies(p -> {
                assertThat(p.scope()).isEqualTo("GIR-N");
                assertThat(p.pendingChanges()).isEqualTo(1);
            });
            assertThat(m.w.syncNotices().rejections(m.user)).singleElement().satisfies(x -> {
                assertThat(x.entityId()).isEqualTo(id);
                assertThat(x.reason()).isEqualTo("forbidden_scope");
                assertThat(x.changes()).contains("677777777");
            });
            assertThat(m.w.sync().status().pendingChanges()).isZero();
            m.w.syncNotices().dismissRejection(m.user, m.w.syncNotices().rejections(m.user).getFirst().opId());
            assertThat(m.w.syncNotices().rejections(m.user)).isEmpty();
            assertThat(a.person(id).getPhone()).as("the server never took it").isNull();
        }
    }

    @Test
    void theSocialHistoryNamesColleaguesWhoNeverLoggedInHere() throws Exception {
        try (Station a = station("a"); Station b = station("b")) {
            PersonService.Created p = onBoth(a, b, "Aleix", "Puigdemont");
            a.w.interventions().add(a.user, p.caseFileId(), new InterventionForm(InterventionKind.PHONE_CALL,
                    LocalDate.now().minusDays(1), java.time.LocalTime.of(10, 30), 10, null, List.of(),
                    "Trucada de seguiment.", false));
            a.syncOk();
            b.syncOk();
            // Laia never logged in on B, yet B says she wrote it.
            assertThat(b.w.timeline().entries(b.user, p.caseFileId(), TimelineService.Filter.ALL))
                    .filteredOn(e -> e.kind() == TimelineEntry.Kind.INTERVENTION).singleElement()
                    .satisfies(e -> assertThat(e.authorName()).isEqualTo("Laia Puig Ferrer"));
            b.w.auth().logout();
            // Known by name is not a login: offline, Laia still needs a first online login on B.
            try (Station off = Station.open(dir.resolve("b2"), nobodyListening())) {
                assertThat(off.tryLogin("laia", CentralServer.PASSWORD))
                        .isEqualTo(new LoginResult.Refused(LoginResult.Reason.SERVER_UNREACHABLE));
            }
        }
        try (Station offB = Station.open(dir.resolve("b"), nobodyListening())) {
            assertThat(offB.tryLogin("laia", CentralServer.PASSWORD))
                    .isEqualTo(new LoginResult.Refused(LoginResult.Reason.SERVER_UNREACHABLE));
            offB.login("jordi");
        }
    }

    @Test
    void aMergedDateIsReadAsTheFormsReadItAndCheckedAndACodeIsChosenNotTyped() throws Exception {
        try (Station a = station("a"); Station b = station("b")) {
            UUID id = onBoth(a, b, "Pol", "Muñoz").personId();
            a.edit(id, f -> withBirthDate(f, LocalDate.of(1980, 5, 18), "1"));
            b.edit(id, f -> withBirthDate(f, LocalDate.of(1980, 5, 19), "2"));
            b.syncOk();
            assertThat(a.syncOk().conflicts()).isEqualTo(1);
            long conflictId = a.w.conflicts().open(a.user).getFirst().id();
            assertThat(a.w.conflicts().detail(a.user, conflictId).fields()).extracting(ConflictService.Field::name)
                    .containsExactlyInAnyOrder("birth_date", "nationality");

            assertThatThrownBy(() -> a.w.conflicts().resolveFields(a.user, conflictId, Map.of(
                    "birth_date", ConflictService.Decision.mine(), "nationality", ConflictService.Decision.merged("ZZ"))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("nationality").key()).isEqualTo("syncArea.conflict.error.pickSide"));
            for (String[] bad : new String[][] {{"31/02/1980", "syncArea.conflict.error.date"},
                    {"ahir", "syncArea.conflict.error.date"}, {"17/05/2090", "validation.date.future"}}) {
                assertThatThrownBy(() -> a.w.conflicts().resolveFields(a.user, conflictId, Map.of(
                        "birth_date", ConflictService.Decision.merged(bad[0]), "nationality", ConflictService.Decision.theirs())))
                        .as(bad[0]).isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.errors().get("birth_date").key()).isEqualTo(bad[1]));
            }
            assertThat(a.w.conflicts().open(a.user)).hasSize(1);
            a.w.conflicts().resolveFields(a.user, conflictId, Map.of(
                    "birth_date", ConflictService.Decision.merged("20/5/1980"), "nationality", ConflictService.Decision.theirs()));
            assertThat(a.person(id).getBirthDate()).isEqualTo(LocalDate.of(1980, 5, 20));
            assertThat(a.person(id).getNationality()).isEqualTo("2");
            a.syncOk();
            b.syncOk();
            assertThat(b.person(id).getBirthDate()).isEqualTo(LocalDate.of(1980, 5, 20));
        }
    }

    @Test
    void aMergedCostIsTypedInEurosAndAMomentIsChosenNotTyped() throws Exception {
        try (Station a = station("a"); Station b = station("b")) {
            PersonService.Created p = onBoth(a, b, "Laia", "Cortès");
            UUID resource = a.w.resources().propose(a.user, p.caseFileId(), p.personId(), null, null, "1.1", 1000L, null);
            a.syncOk();
            b.syncOk();
            a.w.resources().changeStatus(a.user, resource, rowVersion(a, p, resource), ResourceStatus.REQUESTED, 1200L);
            b.w.resources().changeStatus(b.user, resource, rowVersion(b, p, resource), ResourceStatus.REQUESTED, 1500L);
            b.syncOk();
            assertThat(a.syncOk().conflicts()).isEqualTo(1);
            long conflictId = a.w.conflicts().open(a.user).getFirst().id();
            assertThat(a.w.conflicts().detail(a.user, conflictId).fields()).extracting(ConflictService.Field::name)
                    .contains("cost_cents", "status_at");

            assertThatThrownBy(() -> a.w.conflicts().resolveFields(a.user, conflictId, Map.of(
                    "cost_cents", ConflictService.Decision.merged("12,5"),
                    "status_at", ConflictService.Decision.merged("ahir"))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("status_at").key()).isEqualTo("syncArea.conflict.error.pickSide"));
            assertThatThrownBy(() -> a.w.conflicts().resolveFields(a.user, conflictId, Map.of(
                    "cost_cents", ConflictService.Decision.merged("dotze"), "status_at", ConflictService.Decision.mine())))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get("cost_cents").key()).isEqualTo("syncArea.conflict.error.amount"));
            a.w.conflicts().resolveFields(a.user, conflictId, Map.of(
                    "cost_cents", ConflictService.Decision.merged("13,75 €"), "status_at", ConflictService.Decision.mine()));
            assertThat(a.w.resources().resources(a.user, p.caseFileId())).singleElement()
                    .satisfies(r -> assertThat(r.getCostCents()).isEqualTo(1375L));

            // Granted, with who funds it: the new column travels like any other.
            a.w.resources().changeStatus(a.user, resource, rowVersion(a, p, resource), ResourceStatus.GRANTED, null,
                    cat.teixit.model.casefile.Funding.GENERALITAT);
            a.syncOk();
            b.syncOk();
            assertThat(b.w.resources().resources(b.user, p.caseFileId())).singleElement().satisfies(r -> {
                assertThat(r.getStatus()).isEqualTo(ResourceStatus.GRANTED);
                assertThat(r.getFunding()).isEqualTo(cat.teixit.model.casefile.Funding.GENERALITAT);
                assertThat(r.getCostCents()).isEqualTo(1375L);
            });
        }
    }

    @Test
    void aResourceProposedFromAnAssessmentStaysUnderItOnTheOtherWorkstation() throws Exception {
        try (Station a = station("a"); Station b = station("b")) {
            PersonService.Created p = onBoth(a, b, "Pol", "Riera");
            UUID demand = a.w.resources().addDemand(a.user, p.caseFileId(), p.personId(), "1", "Ajut per al lloguer");
            UUID assessment = a.w.resources().addAssessment(a.user, p.caseFileId(), null, demand, List.of("P01"), null,
                    null);
            UUID resource = a.w.resources().propose(a.user, p.caseFileId(), null, null, assessment, "1.1", 1000L, null);
            a.syncOk();
            b.syncOk();
            DemandChain chain = b.w.resources().chain(b.user, p.caseFileId());
            assertThat(chain.resourcesWithoutDemand()).isEmpty();
            assertThat(chain.demands()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(demand);
                assertThat(d.assessments()).singleElement().satisfies(x -> assertThat(x.resources())
                        .extracting(DemandChain.ResourceEntry::id, DemandChain.ResourceEntry::assessmentId,
                                DemandChain.ResourceEntry::demandId)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(resource, assessment, demand)));
            });
        }
    }

    private static long rowVersion(Station s, PersonService.Created p, UUID resource) {
        return s.w.resources().resources(s.user, p.caseFileId()).stream().filter(r -> r.getId().equals(resource))
                .findFirst().orElseThrow().getRowVersion();
    }

    private static PersonForm withBirthDate(PersonForm f, LocalDate d, String nationality) {
        return new PersonForm(f.givenName(), f.surname1(), f.surname2(), f.docType(), f.docNumber(), d, f.sex(),
                nationality, f.motherTongue(), f.phone(), f.email(), f.address(), f.municipality(), f.district(),
                f.healthCard(), f.disabilityDegree(), f.dependencyGrade(), f.civilStatus(), f.educationLevel(),
                f.employment(), f.incomeNotes());
    }

    @Test
    void aScopeGrantedReadOnlyIsFoundAndOpenedButNotChanged() throws Exception {
        server.grant("pau", "GIR-N", false);
        UUID id;
        try (Station a = station("a"); Station p = station("p")) {
            a.login("laia");
            id = a.newPerson("Núria", "Pagès").personId();
            a.syncOk();
            // Pau (EBASP Salt) may read Girona Nord's case files (a team lead's view, say).
            p.login("pau");
            assertThat(p.user.visibleScopes()).containsExactly("DIRECTORI", "GIR-N", "SALT");
            assertThat(p.user.mayWrite("GIR-N")).isFalse();
            p.syncOk();
            assertThat(p.w.search().search(p.user, "nuria pages", 10, Language.CATALAN))
                    .extracting(PersonHit::personId).contains(id);
            assertThat(p.person(id).getGivenName()).isEqualTo("Núria");
            UUID caseFile = a.w.search().search(a.user, "nuria pages", 10, Language.CATALAN).stream()
                    .filter(h -> h.personId().equals(id)).findFirst().orElseThrow().caseFileId();
            assertThat(p.w.caseFiles().load(p.user, caseFile).alerts()).contains(CaseFileDetails.Alert.READ_ONLY);
            assertThat(a.w.caseFiles().load(a.user, caseFile).alerts()).doesNotContain(CaseFileDetails.Alert.READ_ONLY);

            assertThatThrownBy(() -> p.edit(id, f -> Station.withPhone(f, "600000000")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(p.person(id).getPhone()).as("nothing saved").isNull();
            assertThat(p.w.sync().status().pendingChanges()).isZero();
            // His own team's records he still writes.
            p.newPerson("Pere", "Soler");
            assertThat(p.syncOk().pushed()).isPositive();
            p.w.auth().logout();
        } finally {
            server.revoke("pau", "GIR-N");
        }
        // The grant is cached with the account: offline, the same view and the same limits.
        try (Station off = Station.open(dir.resolve("p"), nobodyListening())) {
            off.login("pau");
            assertThat(off.user.mayWrite("GIR-N")).isFalse();
            assertThat(off.person(id).getGivenName()).isEqualTo("Núria");
        }
    }

    @Test
    void aUserOfAnotherTeamCannotWipeUnsentChangesLeftOnASharedWorkstation() throws Exception {
        try (Station shared = station("shared"); Station other = station("other")) {
            shared.login("laia");
            UUID id = shared.newPerson("Núria", "Pagès").personId();
            shared.syncOk();
            shared.edit(id, f -> Station.withPhone(f, "611111111"));
            shared.w.auth().logout();

            // Pau (EBASP Salt) may not hold Girona Nord's records: his sync would purge Laia's unsent change.
            assertThat(shared.tryLogin("pau", CentralServer.PASSWORD))
                    .isEqualTo(new LoginResult.Refused(LoginResult.Reason.OTHER_TEAM_UNSENT));
            assertThat(shared.w.auth().currentUser()).isEmpty();
            assertThat(shared.w.sync().status().pendingChanges()).isPositive();
            assertThat(shared.person(id).getPhone()).isEqualTo("611111111");

            // Laia sends it; then Pau may log in, and his sync swaps the team's data for his own: nothing is lost.
            shared.login("laia");
            shared.syncOk();
            shared.w.auth().logout();
            shared.login("pau");
            SyncService.Result r = shared.syncOk();
            assertThat(r.purgedScopes()).isEqualTo(1);
            assertThat(r.lostChanges()).isZero();
            assertThat(shared.w.syncStore().row("person", id)).isEmpty();
            other.login("jordi");
            other.syncOk();
            assertThat(other.person(id).getPhone()).isEqualTo("611111111");
        }
    }

    @Test
    void anAttachmentGoesUpBeforeTheChangeThatAddsItAndComesDownWhereItIsOpened() throws Exception {
        try (Station a = station("a"); Station b = station("b")) {
            a.login("laia");
            b.login("jordi");
            PersonService.Created p = a.newPerson("Laura", "Mas");
            byte[] bytes = new byte[1024 * 1024 + 4321];
            new Random(7).nextBytes(bytes);
            Path file = Files.write(dir.resolve("informe.pdf"), bytes);
            UUID attachment = a.w.attachments().add(a.user, p.caseFileId(), p.personId(), file, "Informe");
            String sha = Hashing.sha256Hex(file);
            a.syncOk();
            assertThat(server.number("SELECT count(*) FROM blob WHERE sha256 = ? AND committed", sha)).isEqualTo(1);
            assertThat(server.number("""
                    SELECT count(*) FROM blob b, applied_op o WHERE b.sha256 = ? AND o.entity_id = ?
                    AND b.committed_at <= o.applied_at""", sha, attachment)).as("uploaded first").isEqualTo(1);

            b.syncOk();
            Path copy = b.w.attachments().copyForViewing(b.user, attachment);
            assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
            assertThat(copy.getFileName().toString()).isEqualTo("informe.pdf");
            // On both workstations the content is kept encrypted (the wire names it by its hash in clear), and the
            // download's work file is gone.
            byte[] piece = java.util.Arrays.copyOfRange(bytes, 5000, 5032);
            for (Station s : List.of(a, b)) {
                try (var files = Files.walk(s.dir.resolve("attachments"))) {
                    assertThat(files.filter(Files::isRegularFile).toList()).singleElement().satisfies(f -> {
                        assertThat(f.toString()).endsWith(".enc").doesNotContain(sha);
                        assertThat(cat.teixit.testing.Bytes.indexOf(Files.readAllBytes(f), piece)).isEqualTo(-1);
                    });
                }
            }
            assertThat(b.dir.resolve("tmp/download")).isEmptyDirectory();
        }
    }
}
