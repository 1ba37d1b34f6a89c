package cat.teixit.logic.search;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.search.PeopleIndex;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One search box over people: given name, both surnames, identity document, phone and case
 * number; accent-, case- and order-insensitive, prefixes as you type (the person index, {@link PeopleIndex},
 * does the matching). Thread-safe.
 */
public final class SearchService {

    public static final int DEFAULT_LIMIT = 30;
    private static final int MAX_QUERY = 200;
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)[a-z]{2,5}-\\d[\\w\\-]*");

    private final SearchDeps deps;

    public SearchService(SearchDeps deps) {
        this.deps = deps;
    }

    /** People matching {@code text}, best first; empty for a blank query. */
    public List<PersonHit> search(CurrentUser user, String text, int limit, Language language) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        String q = text == null ? "" : text.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (q.isEmpty()) {
            return List.of();
        }
        String typed = q;
        boolean caseNumber = looksLikeCaseNumber(typed);
        return hits(deps.store().read(tx -> caseNumber
                ? tx.people().byCaseNumber(typed.toUpperCase(Locale.ROOT), deps.scopesOf(user), limit)
                : tx.people().search(typed, deps.scopesOf(user), limit)), language);
    }

    /** True when the typed text is (the start of) a case number, such as "EXP-2021". */
    public static boolean looksLikeCaseNumber(String text) {
        return CASE_NUMBER.matcher(text.strip()).matches();
    }


    /** The given people as search hits (for duplicate warnings and recent lists). */
    public List<PersonHit> byIds(CurrentUser user, Collection<UUID> ids, Language language) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        if (ids.isEmpty()) {
            return List.of();
        }
        return hits(deps.store().read(tx -> tx.people().byIds(ids, deps.scopesOf(user))), language);
    }

    private List<PersonHit> hits(List<PeopleIndex.PersonRow> rows, Language language) {
        LocalDate today = deps.today();
        List<PersonHit> hits = new ArrayList<>(rows.size());
        for (PeopleIndex.PersonRow r : rows) {
            LocalDate birth = r.birthDate() == null ? null : LocalDate.parse(r.birthDate());
            Integer age = birth == null ? null : Period.between(birth, today).getYears();
            String place = r.district() != null ? r.district()
                    : r.municipality() == null ? null : deps.catalogues().label(Catalogue.MUNICIPALITY, r.municipality(), language);
            String doc = r.idDocNumber();
            String tail = doc == null ? null : "···" + doc.substring(Math.max(0, doc.length() - 4));
            hits.add(new PersonHit(r.id(), r.givenName(), r.surname1(), r.surname2(), birth, age, place, tail,
                    r.householdName(), r.caseFileId(), r.caseNumber(), r.caseStatus(), r.referenceProfessional()));
        }
        return hits;
    }
}
