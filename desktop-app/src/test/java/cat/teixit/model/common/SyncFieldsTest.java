package cat.teixit.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.user.Role;
import cat.teixit.model.user.Team;
import cat.teixit.model.user.UserAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The synced fields derived from the mapping keep the store's representation, in declaration order (a base class's
 * fields first).
 */
class SyncFieldsTest {

    private static final UUID ID = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("0190a000-0000-7000-8000-000000000002");

    @Test
    void aPersonsFieldsAreTextNumbersOrNullInDeclarationOrder() {
        Person p = new Person(ID, "GIR-N");
        p.setGivenName("Núria");
        p.setSurname1("Pagès");
        p.setIdDocType(IdDocumentType.DNI);
        p.setIdDocNumber("99000001R");
        p.setBirthDate(LocalDate.of(1980, 2, 29));
        p.setSex(Sex.F);
        p.setDisabilityDegree(33);
        p.setMergedInto(OTHER);
        p.setCreatedAt(Instant.ofEpochMilli(1_700_000_000_123L));
        p.setCreatedBy(OTHER);

        Map<String, Object> f = p.syncFields();

        assertThat(f).containsExactly(entry("created_at", 1_700_000_000_123L), entry("given_name", "Núria"),
                entry("surname1", "Pagès"), entry("surname2", null), entry("id_doc_type", "DNI"),
                entry("id_doc_number", "99000001R"),
                entry("birth_date", "1980-02-29"), entry("sex", "F"), entry("nationality", null),
                entry("mother_tongue", null), entry("phone", null), entry("email", null), entry("address", null),
                entry("municipality", null), entry("district", null), entry("health_card", null),
                entry("disability_degree", 33), entry("dependency_grade", null), entry("civil_status", null),
                entry("education_level", null), entry("employment", null), entry("income_notes", null),
                entry("merged_into", OTHER.toString()), entry("created_by", OTHER.toString()));
    }

    @Test
    void booleansSyncAsOneOrZero() {
        HouseholdMember m = new HouseholdMember(ID, "GIR-N");
        m.setReference(true);
        assertThat(m.syncFields()).containsEntry("is_reference", 1);
        m.setReference(false);
        assertThat(m.syncFields()).containsEntry("is_reference", 0);
    }

    @Test
    void aUsersPasswordVerifierAndGrantsStayLocalAndTheTeamSyncsAsItsId() {
        Team team = new Team(OTHER, "GIR-N", "EBASP Girona Nord", "ABSS Girona");
        UserAccount u = new UserAccount(ID, "laia", "Laia Puig Ferrer", "$argon2id$secret", EnumSet.of(Role.SOCIAL_WORKER),
                team);
        u.setGrantedScopes(Map.of("SALT", false));

        assertThat(u.syncFields()).containsExactly(entry("username", "laia"), entry("display_name", "Laia Puig Ferrer"),
                entry("roles", "SOCIAL_WORKER"), entry("team_id", OTHER.toString()), entry("active", 1));
        assertThat(SyncedColumns.of(UserAccount.class).local())
                .containsExactly("password_hash", "granted_scopes", "must_change_password");
    }

    @Test
    void theSyncMetadataIsTheBaseClassesColumns() {
        assertThat(SyncedColumns.metadata()).containsExactly("id", "scope", "server_version", "updated_at",
                "deleted_at", "row_version");
    }
}
