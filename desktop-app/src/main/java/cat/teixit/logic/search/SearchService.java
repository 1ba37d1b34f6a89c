package cat.teixit.logic.search;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.SqlQueries;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One search box over people: given name, both surnames, identity document, phone and case
 * number; accent-, case- and order-insensitive, prefixes as you type. Thread-safe.
 */
public final class SearchService {

    public static final int DEFAULT_LIMIT = 30;
    private static final int MAX_QUERY = 200;
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d][\\d\\s\\-.]{5,}");
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)[a-z]{2,5}-\\d[\\w\\-]*");

    private final CaseDeps deps;

    public SearchService(CaseDeps deps) {
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
        List<SqlQueries.PersonRow> rows;
        if (CASE_NUMBER.matcher(q).matches()) {
            String prefix = q.toUpperCase(Locale.ROOT);
            rows = deps.store().read(tx -> tx.jdbc(c -> SqlQueries.peopleByCaseNumber(c, prefix, deps.scopesOf(user), limit)));
        } else {
            String fts = ftsQuery(q);
            if (fts.isEmpty()) {
                return List.of();
            }
            rows = deps.store().read(tx -> tx.jdbc(c -> SqlQueries.searchPeople(c, fts, deps.scopesOf(user), limit)));
        }
        return hits(rows, language);
    }

    /** Turns typed text into an FTS5 query: every word must match, the last ones as prefixes. */
    static String ftsQuery(String text) {
        String t = text.replace("·", "").replace("ŀ", "l");
        if (PHONE_LIKE.matcher(t).matches()) {
            t = t.replaceAll("[\\s\\-.+]", "");
        }
        List<String> terms = new ArrayList<>();
        for (String token : TOKEN_SPLIT.split(t)) {
            if (token.isEmpty()) {
                continue;
            }
            // Quoted, so no token is read as an FTS operator; a one-letter token is not a prefix (too broad).
            terms.add("\"" + token.toLowerCase(Locale.ROOT) + "\"" + (token.length() > 1 ? "*" : ""));
            if (terms.size() == 8) {
                break;
            }
        }
        return String.join(" ", terms);
    }

    /** The given people as search hits (for duplicate warnings and recent lists). */
    public List<PersonHit> byIds(CurrentUser user, java.util.Collection<java.util.UUID> ids, Language language) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        if (ids.isEmpty()) {
            return List.of();
        }
        return hits(deps.store().read(tx -> tx.jdbc(c -> SqlQueries.peopleById(c, ids, deps.scopesOf(user)))), language);
    }

    private List<PersonHit> hits(List<SqlQueries.PersonRow> rows, Language language) {
        LocalDate today = deps.today();
        List<PersonHit> hits = new ArrayList<>(rows.size());
        for (SqlQueries.PersonRow r : rows) {
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
