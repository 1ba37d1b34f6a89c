package cat.teixit.logic.casefile;

import static cat.teixit.logic.casefile.SimilarityReason.DAY_MONTH_SWAPPED;
import static cat.teixit.logic.casefile.SimilarityReason.DOCUMENT_TYPO;
import static cat.teixit.logic.casefile.SimilarityReason.NO_BIRTH_DATE;
import static cat.teixit.logic.casefile.SimilarityReason.SAME_BIRTH_DATE;
import static cat.teixit.logic.casefile.SimilarityReason.SAME_BIRTH_YEAR;
import static cat.teixit.logic.casefile.SimilarityReason.SAME_NAME;
import static cat.teixit.logic.casefile.SimilarityReason.SURNAMES_SWAPPED;
import static cat.teixit.logic.casefile.SimilarityReason.SURNAME_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicate warning through {@link PersonService#checkDuplicates} on a real store: who is listed, why, in what order. */
class DuplicateCheckTest {

    @TempDir
    Path dir;
    @AutoClose
    CaseFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir);
    }

    private static PersonForm person(String given, String s1, String s2, LocalDate born) {
        return PersonForm.basic(given, s1, s2, IdDocumentType.NONE, null, born, Sex.F);
    }

    private static PersonForm withDocument(String given, String s1, String s2, LocalDate born, IdDocumentType type,
            String doc) {
        return PersonForm.basic(given, s1, s2, type, doc, born, Sex.F);
    }

    private UUID create(CurrentUser user, PersonForm form) {
        return f.people.createWithNewHousehold(user, form, null).personId();
    }

    private List<SimilarPerson> similar(PersonForm typed) {
        PersonService.DuplicateCheck check = f.people.checkDuplicates(f.laia, typed, null, Language.CATALAN);
        assertThat(check.blocks()).isFalse();
        return check.similar();
    }

    /** With only {@code existing} in the store, {@code typed} lists it, for {@code reasons}. */
    private void listsTheOnlyOne(PersonForm existing, PersonForm typed, SimilarityReason... reasons) {
        listedOnce(typed, create(f.laia, existing), reasons);
    }

    /** The only similar person listed for {@code typed}: it must be {@code expected}, for {@code reasons}. */
    private void listedOnce(PersonForm typed, UUID expected, SimilarityReason... reasons) {
        assertThat(similar(typed)).singleElement().satisfies(s -> {
            assertThat(s.person().personId()).isEqualTo(expected);
            assertThat(s.reasons()).containsExactly(reasons);
        });
    }

    @Test
    void theSameNameBornTheSameYearIsListedAsTheNewUserExpected() {
        listsTheOnlyOne(person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)),
                person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 2)), SAME_NAME, SAME_BIRTH_YEAR);
    }

    @Test
    void theSameNameIsListedWhenTheExistingPersonHasNoBirthDate() {
        listsTheOnlyOne(person("Núria", "Pagès", "Muñoz", null),
                person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 2)), SAME_NAME, NO_BIRTH_DATE);
    }

    @Test
    void theSameNameIsListedWhenTheTypedPersonHasNoBirthDate() {
        listsTheOnlyOne(person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)),
                person("Núria", "Pagès", "Muñoz", null), SAME_NAME, NO_BIRTH_DATE);
    }

    @Test
    void dayAndMonthSwappedAreListed() {
        listsTheOnlyOne(person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 2, 3)),
                person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 2)), SAME_NAME, DAY_MONTH_SWAPPED);
    }

    @Test
    void surnamesInTheOtherOrderAreListed() {
        listsTheOnlyOne(person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)),
                person("Núria", "Muñoz", "Pagès", LocalDate.of(1980, 3, 14)), SURNAMES_SWAPPED, SAME_BIRTH_DATE);
    }

    @Test
    void aSurnameMissingFromWhatIsTypedIsListed() {
        UUID both = create(f.laia, person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)));

        listedOnce(person("Núria", "Pagès", null, LocalDate.of(1980, 3, 14)), both, SURNAME_MISSING, SAME_BIRTH_DATE);
        listedOnce(person("Núria", null, "Muñoz", LocalDate.of(1980, 3, 14)), both, SURNAME_MISSING, SAME_BIRTH_DATE);
    }

    @Test
    void aSurnameMissingFromTheExistingPersonIsListed() {
        listsTheOnlyOne(person("Núria", "Pagès", null, LocalDate.of(1980, 3, 14)),
                person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)), SURNAME_MISSING, SAME_BIRTH_DATE);
    }

    @Test
    void namesCompareWithoutAccentsCaseOrMiddleDots() {
        UUID existing = create(f.laia, person("Mercè", "Col·lell", "Gonçalves Ibáñez", LocalDate.of(1975, 6, 1)));

        listedOnce(person("MERCE", "collell", "goncalves  ibanez", LocalDate.of(1975, 6, 1)), existing, SAME_NAME,
                SAME_BIRTH_DATE);
        listedOnce(person("merce", "Coŀlell", "GONÇALVES-IBÁÑEZ", LocalDate.of(1975, 9, 30)), existing, SAME_NAME,
                SAME_BIRTH_YEAR);
    }

    @Test
    void aDocumentOneTypoAwayIsListedEvenUnderAnotherNameAndNormalisedFirst() {
        UUID existing = create(f.laia, withDocument("Marta", "Vidal", "Roca", LocalDate.of(1955, 7, 7),
                IdDocumentType.PASSPORT, "AB123456"));

        for (String typo : List.of("ab-123.457", "AB1234567", "AB12346", "AB124356", "XAB123456")) {
            listedOnce(withDocument("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 2), IdDocumentType.PASSPORT, typo),
                    existing, DOCUMENT_TYPO);
        }
        assertThat(similar(withDocument("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 2), IdDocumentType.PASSPORT,
                "AB124365"))).as("two typos").isEmpty();
    }

    @Test
    void aDocumentOfAnotherTypeOneTypoAwayCountsOnlyBesideASimilarName() {
        UUID existing = create(f.laia, withDocument("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14),
                IdDocumentType.PASSPORT, "12345678"));

        assertThat(similar(withDocument("Marta", "Vidal", "Roca", LocalDate.of(1955, 7, 7), IdDocumentType.DNI,
                "12345678Z"))).isEmpty();
        listedOnce(withDocument("Núria", "Pagès", null, LocalDate.of(1993, 1, 1), IdDocumentType.DNI, "12345678Z"),
                existing, DOCUMENT_TYPO, SURNAME_MISSING);
    }

    @Test
    void similarPeopleComeMostLikelyFirstWithTheirScores() {
        LocalDate born = LocalDate.of(1980, 3, 4);
        UUID missingSurname = create(f.laia, person("Núria", "Pagès", null, born));
        UUID sameYear = create(f.laia, person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 11, 20)));
        UUID swappedSurnames = create(f.laia, person("Núria", "Muñoz", "Pagès", born));
        UUID swappedDayMonth = create(f.laia, person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 4, 3)));
        UUID documentTypo = create(f.laia, withDocument("Marta", "Vidal", "Roca", LocalDate.of(1955, 7, 7),
                IdDocumentType.PASSPORT, "AB123465"));
        UUID exact = create(f.laia, person("Núria", "Pagès", "Muñoz", born));

        List<SimilarPerson> listed = similar(withDocument("Núria", "Pagès", "Muñoz", born, IdDocumentType.PASSPORT,
                "AB123456"));

        assertThat(listed).extracting(s -> s.person().personId())
                .containsExactly(exact, documentTypo, swappedDayMonth, swappedSurnames, sameYear, missingSurname);
        assertThat(listed).extracting(SimilarPerson::score).containsExactly(100, 90, 85, 75, 70, 65);
    }

    @Test
    void theListIsCappedAtTheMostLikely() {
        UUID exact = create(f.laia, person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)));
        for (int month = 1; month <= 12; month++) {
            create(f.laia, person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, month, 28)));
        }

        List<SimilarPerson> listed = similar(person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)));

        assertThat(listed).hasSize(DuplicateFinder.MAX_SIMILAR);
        assertThat(listed.getFirst().person().personId()).isEqualTo(exact);
    }

    @Test
    void anotherTeamsPeopleAreNotListed() {
        create(f.pau, person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)));
        create(f.pau, withDocument("Marta", "Vidal", "Roca", null, IdDocumentType.PASSPORT, "AB123456"));

        PersonService.DuplicateCheck check = f.people.checkDuplicates(f.laia, withDocument("Núria", "Pagès", "Muñoz",
                LocalDate.of(1980, 3, 14), IdDocumentType.PASSPORT, "AB123457"), null, Language.CATALAN);

        assertThat(check.isEmpty()).isTrue();
    }

    @Test
    void thePersonBeingEditedIsNotListedAsItsOwnDuplicate() {
        PersonForm nuria = withDocument("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14), IdDocumentType.PASSPORT,
                "AB123456");
        UUID self = create(f.laia, nuria);

        PersonService.DuplicateCheck check = f.people.checkDuplicates(f.laia, nuria.withPhone("600 000 000"), self,
                Language.CATALAN);

        assertThat(check.isEmpty()).isTrue();
    }

    @Test
    void theSameGivenNameWithOtherSurnamesOrAFarBirthDateIsNotListed() {
        create(f.laia, person("Núria", "Soler", "Vidal", LocalDate.of(1950, 1, 9)));
        create(f.laia, person("Núria", "Pagès", "Garcia", LocalDate.of(1980, 3, 14)));
        create(f.laia, person("Núria", "Pagès", "Muñoz", LocalDate.of(1990, 3, 14)));
        create(f.laia, person("Núria", "Pagès", null, LocalDate.of(2001, 1, 1)));

        assertThat(similar(person("Núria", "Pagès", "Muñoz", LocalDate.of(1980, 3, 14)))).isEmpty();
    }
}
