package cat.teixit.logic.search;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.SqlQueries;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
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
        if (looksLikeCaseNumber(q)) {
            String prefix = q.toUpperCase(Locale.ROOT);
            rows = deps.store().read(tx -> tx.jdbc(c -> SqlQueries.peopleByCaseNumber(c, prefix, deps.scopesOf(user), limit)));
        } else {
            String fts = ftsQuery(q, deps.scopesOf(user));
            if (fts.isEmpty()) {
                return List.of();
            }
            rows = deps.store().read(tx -> tx.jdbc(c -> SqlQueries.searchPeople(c, fts, deps.scopesOf(user), limit)));
        }
        return hits(rows, language);
    }

    /** True when the typed text is (the start of) a case number, such as "EXP-2021". */
    public static boolean looksLikeCaseNumber(String text) {
        return CASE_NUMBER.matcher(text.strip()).matches();
    }

    /**
     * Turns typed text into an FTS5 query over the people of {@code scopes}: every word must match a
     * name, the document or the phone, as a whole word or as the start of one; whole-word matches
     * rank first ("pau" puts Pau before Paula). Empty when the text has no word.
     */
    public static String ftsQuery(String text, Collection<String> scopes) {
        String t = text.replace("·", "").replace("ŀ", "l");
        if (PHONE_LIKE.matcher(t).matches()) {
            t = t.replaceAll("[\\s\\-.+]", "");
        }
        List<String> terms = new ArrayList<>();
        for (String word : indexWords(t)) {
            // A one-letter token is not a prefix (too broad).
            terms.add(word.length() > 3 ? "(" + word + " OR " + word + "*)" : word);
            if (terms.size() == 8) {
                break;
            }
        }
        if (terms.isEmpty() || scopes.isEmpty()) {
            return "";
        }
        return "{names doc phone} : (" + String.join(" AND ", terms) + ") AND " + scopeFilter(scopes);
    }

    /**
     * The words of {@code text} as FTS5 strings for the person index: lower case, quoted (so no word
     * is read as an FTS operator), "l·l" as "ll"; the index folds accents the same way on both sides.
     */
    public static List<String> indexWords(String text) {
        String t = text.replace("·", "").replace("ŀ", "l").replace("Ŀ", "L");
        List<String> words = new ArrayList<>();
        for (String token : TOKEN_SPLIT.split(t)) {
            if (!token.isEmpty()) {
                words.add("\"" + token.toLowerCase(Locale.ROOT) + "\"");
            }
        }
        return words;
    }

    /** The FTS5 filter that keeps the people of {@code scopes} (see migration V3); never empty scopes. */
    public static String scopeFilter(Collection<String> scopes) {
        List<String> scopeTokens = scopes.stream().sorted().map(SearchService::scopeToken).toList();
        return "scope : (" + String.join(" OR ", scopeTokens) + ")";
    }

    /** The token the person index holds for a scope (see migration V3): "zs" and the hex of its UTF-8 bytes. */
    static String scopeToken(String scope) {
        return "\"zs" + HexFormat.of().formatHex(scope.getBytes(StandardCharsets.UTF_8)) + "\"";
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
