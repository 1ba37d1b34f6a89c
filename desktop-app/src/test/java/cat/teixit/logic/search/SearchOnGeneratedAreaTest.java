package cat.teixit.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.demo.GeneratedStore;
import cat.teixit.logic.demo.SyntheticArea;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.Person;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search quality on a generated area of two teams, as Laia (GIR-N) and Pau (SALT) see it. */
class SearchOnGeneratedAreaTest {

    @TempDir
    static Path dir;
    static Workstation w;
    static CurrentUser laia;
    static CurrentUser pau;

    @BeforeAll
    static void generate() throws Exception {
        w = GeneratedStore.generate(dir, new SyntheticArea.Options(4_000, 3, GeneratedStore.AS_OF,
                List.of("GIR-N", "SALT"), true, true));
        laia = GeneratedStore.login(w, "laia");
        pau = GeneratedStore.login(w, "pau");
    }

    @AfterAll
    static void close() {
        w.close();
    }

    private static List<PersonHit> search(CurrentUser user, String text) {
        return w.search().search(user, text, SearchService.DEFAULT_LIMIT, Language.CATALAN);
    }

    private static Set<UUID> ids(List<PersonHit> hits) {
        Set<UUID> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.personId()));
        return ids;
    }

    @Test
    void accentsCaseAndWordOrderDoNotMatter() {
        List<PersonHit> plain = search(laia, "nuria pages");
        assertThat(plain).isNotEmpty().allSatisfy(h -> assertThat(Texts.fold(h.givenName() + " " + h.surname1() + " "
                + h.surname2())).contains("nuria").contains("pages"));
        assertThat(ids(search(laia, "pages nuria"))).isEqualTo(ids(plain));
        assertThat(ids(search(laia, "Núria Pagès"))).isEqualTo(ids(plain));
        assertThat(ids(search(laia, "NÚRIA pagès"))).isEqualTo(ids(plain));
        assertThat(search(laia, "collell pages")).extracting(PersonHit::surname1).contains("Col·lell");
    }

    @Test
    void homonymsAreToldApartByAgePlaceDocumentOrCaseFile() {
        List<PersonHit> nurias = search(laia, "nuria pages munoz");
        assertThat(nurias).filteredOn(h -> "Muñoz".equals(h.surname2())).hasSize(2);
        for (String name : List.of("nuria pages munoz", "fatima el amrani", "mohamed el amrani", "maria garcia",
                "jordi puig", "mamadou diallo")) {
            List<PersonHit> hits = search(laia, name);
            for (PersonHit a : hits) {
                for (PersonHit b : hits) {
                    if (a != b && a.sortName().equals(b.sortName())) {
                        assertThat(List.of(Objects.toString(a.age()), Objects.toString(a.place()),
                                Objects.toString(a.docTail()), Objects.toString(a.caseNumber())))
                                .as("%s twice", a.sortName())
                                .isNotEqualTo(List.of(Objects.toString(b.age()), Objects.toString(b.place()),
                                        Objects.toString(b.docTail()), Objects.toString(b.caseNumber())));
                    }
                }
            }
        }
    }

    @Test
    void wholeWordMatchesRankBeforeLongerNamesThatStartTheSame() {
        for (String word : List.of("pau", "jan", "marc")) {
            List<PersonHit> hits = search(laia, word);
            assertThat(hits).as(word).isNotEmpty();
            boolean seenPrefixOnly = false;
            for (PersonHit h : hits) {
                boolean whole = Arrays.asList(Texts.fold(h.givenName() + " " + h.surname1() + " " + h.surname2())
                        .split("[^a-z0-9]+")).contains(word);
                assertThat(whole && seenPrefixOnly).as("%s: %s after a longer name", word, h.sortName()).isFalse();
                seenPrefixOnly |= !whole;
            }
        }
    }

    @Test
    void aDocumentAPhoneOrACaseNumberFindsItsPeople() {
        PersonHit nuria = search(laia, "99104372V").getFirst();
        assertThat(nuria.sortName()).isEqualTo("Pagès Muñoz, Núria");
        assertThat(search(laia, "99104372v").getFirst().personId()).isEqualTo(nuria.personId());
        Person p = w.people().load(laia, nuria.personId());
        assertThat(p.getPhone()).isNotNull();
        assertThat(ids(search(laia, p.getPhone()))).contains(nuria.personId());
        assertThat(ids(search(laia, p.getPhone().replace(" ", "")))).contains(nuria.personId());
        List<PersonHit> household = search(laia, nuria.caseNumber());
        assertThat(household).hasSize(6).allMatch(h -> h.caseNumber().equals(nuria.caseNumber()));
        assertThat(household.getFirst().personId()).isEqualTo(nuria.personId());
        String year = nuria.caseNumber().substring(0, 8);
        List<PersonHit> ofTheYear = search(laia, year.toLowerCase());
        assertThat(ofTheYear).hasSize(SearchService.DEFAULT_LIMIT).allMatch(h -> h.caseNumber().startsWith(year));
        // By case number, whole households (the page is cut only in its last case file).
        assertThat(ofTheYear).extracting(PersonHit::caseNumber).isSorted();
        List<String> numbers = ofTheYear.stream().map(PersonHit::caseNumber).distinct().toList();
        for (String n : numbers.subList(0, numbers.size() - 1)) {
            assertThat(ofTheYear.stream().filter(h -> h.caseNumber().equals(n)).count()).as(n)
                    .isEqualTo(search(laia, n).size());
        }
    }

    @Test
    void everyoneSearchesOnlyTheirOwnTeamsPeopleAndBroadPrefixesStillFillAPage() {
        Set<UUID> laiasNurias = ids(search(laia, "nuria pages munoz"));
        assertThat(ids(search(pau, "nuria pages munoz"))).doesNotContainAnyElementsOf(laiasNurias);
        assertThat(search(pau, "99104372V")).isEmpty();
        assertThat(search(laia, "mar")).hasSize(SearchService.DEFAULT_LIMIT);
        assertThat(search(pau, "mar")).hasSize(SearchService.DEFAULT_LIMIT)
                .doesNotContainAnyElementsOf(search(laia, "mar"));
    }
}
