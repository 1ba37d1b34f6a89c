package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.search.DuplicateQueries;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds who a person about to be saved may already be, within the scopes the user may see: the same
 * document (which blocks) and similar people ({@link PersonSimilarity}), ranked and capped. Candidates
 * come from indexes only: the person search index (given name and a surname) and the document index
 * (the numbers one typo away). Thread-safe.
 */
final class DuplicateFinder {

    /** At most this many similar people are listed. */
    static final int MAX_SIMILAR = 10;
    /** A guard on the name candidates of one check (a common name in a big team has a few dozen). */
    private static final int MAX_CANDIDATES = 2000;

    private final CaseDeps deps;
    private final SearchService search;

    DuplicateFinder(CaseDeps deps, SearchService search) {
        this.deps = deps;
        this.search = search;
    }

    PersonService.DuplicateCheck check(CurrentUser user, PersonForm form, UUID ignore, Language language) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        Set<String> scopes = deps.scopesOf(user);
        String docType = form.docType() == null ? IdDocumentType.NONE.name() : form.docType().name();
        PersonSimilarity.Profile typed = PersonSimilarity.Profile.of(form.givenName(), form.surname1(), form.surname2(),
                form.birthDate(), docType, form.docNumber());
        Set<String> docVariants = typed.doc() == null ? Set.of() : DocumentTypos.variants(typed.doc());
        LocalDate birth = form.birthDate();
        record Found(List<UUID> sameDocument, List<DuplicateQueries.Candidate> candidates) {
        }
        Found found = deps.store().read(tx -> {
            List<UUID> same = typed.doc() == null ? List.of() : tx.cases().personsByDocument(typed.doc()).stream()
                    .filter(p -> !p.getId().equals(ignore) && scopes.contains(p.getScope())).map(Person::getId).toList();
            List<DuplicateQueries.Candidate> candidates = new ArrayList<>(tx.duplicates().byNames(form.givenName(),
                    form.surname1(), form.surname2(), scopes, birth == null ? null : LocalDate.of(birth.getYear(), 1, 1),
                    birth == null ? null : LocalDate.of(birth.getYear(), 12, 31), MAX_CANDIDATES));
            candidates.addAll(tx.duplicates().byDocumentNumbers(docVariants, scopes));
            return new Found(same, candidates);
        });

        Set<UUID> skip = new HashSet<>(found.sameDocument());
        if (ignore != null) {
            skip.add(ignore);
        }
        Map<UUID, Ranked> ranked = new LinkedHashMap<>();
        for (DuplicateQueries.Candidate c : found.candidates()) {
            if (skip.contains(c.id()) || ranked.containsKey(c.id())) {
                continue;
            }
            Set<SimilarityReason> reasons = PersonSimilarity.reasons(typed, profile(c));
            if (!reasons.isEmpty()) {
                ranked.put(c.id(), new Ranked(c, PersonSimilarity.score(reasons), List.copyOf(reasons)));
            }
        }
        List<Ranked> best = ranked.values().stream().sorted(Ranked.ORDER).limit(MAX_SIMILAR).toList();

        List<UUID> ids = new ArrayList<>(found.sameDocument());
        best.forEach(r -> ids.add(r.candidate().id()));
        Map<UUID, PersonHit> hits = search.byIds(user, ids, language).stream()
                .collect(Collectors.toMap(PersonHit::personId, Function.identity()));
        List<PersonHit> sameDocument = found.sameDocument().stream().map(hits::get).filter(h -> h != null).toList();
        List<SimilarPerson> similar = best.stream().filter(r -> hits.containsKey(r.candidate().id()))
                .map(r -> new SimilarPerson(hits.get(r.candidate().id()), r.score(), r.reasons())).toList();
        return new PersonService.DuplicateCheck(sameDocument, similar);
    }

    /** A candidate with its score and reasons; ordered by score, then as files are sorted, then by id. */
    private record Ranked(DuplicateQueries.Candidate candidate, int score, List<SimilarityReason> reasons) {

        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::score).reversed()
                .thenComparing(r -> PersonSimilarity.key(r.candidate().surname1()))
                .thenComparing(r -> PersonSimilarity.key(r.candidate().surname2()))
                .thenComparing(r -> PersonSimilarity.key(r.candidate().givenName()))
                .thenComparing(r -> r.candidate().id());
    }

    private static PersonSimilarity.Profile profile(DuplicateQueries.Candidate c) {
        return PersonSimilarity.Profile.of(c.givenName(), c.surname1(), c.surname2(), date(c.birthDate()),
                c.idDocType(), c.idDocNumber());
    }

    private static LocalDate date(String stored) {
        try {
            return stored == null ? null : LocalDate.parse(stored);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
